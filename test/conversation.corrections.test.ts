import { messageActivity, person, personalChat } from './support/activities';
import { Reply, RunningBot, startBot } from './support/botServer';

/**
 * A correction replaces the detail it names, and a statement typed while the bot waits for details answers the
 * open question. Figures from the article: on-premises Silver 15, Gold 20; Signature Cloud Support Silver 5 and
 * Gold 10 without a cloud competency, unlimited with one (Security and Cloud Platform are cloud competencies).
 */
const LOCALE = { en: 'en-US', ru: 'ru-RU', fr: 'fr-FR' } as const;
const n = (x: number) => new RegExp(`(^|[^0-9])${x}([^0-9]|$)`);
const UNLIMITED = { en: /unlimited/i, ru: /неогранич/i, fr: /illimit/i };

function lead(replies: Reply[]): string {
  const r = replies.find((x) => x.type === 'message');
  const card = r?.attachments?.[0]?.content as { fallbackText?: string } | undefined;
  return card?.fallbackText ?? r?.text ?? '';
}

describe('corrections and details given after the question', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());

  function chat(lang: keyof typeof LOCALE) {
    const who = person(`corr-${lang}-${Math.random().toString(36).slice(2, 8)}`);
    const where = personalChat();
    return (text: string) => bot.send(messageActivity(text, who, where, LOCALE[lang]));
  }

  it.each([
    ['en', 'cloud incidents for gold with data platform?', 'oops, my mistake — Silver', n(5), n(10)],
    ['ru', 'сколько локальных инцидентов у Gold?', 'ой, нет, Gold это у партнёров, у нас Silver', n(15), n(20)],
    ['fr', 'combien d’incidents sur site pour Silver ?', 'pardon, je voulais dire Gold', n(20), n(15)],
  ] as const)('%s: a correction answers with the corrected value alone', async (lang, question, correction, right, wrong) => {
    const say = chat(lang);
    await say(question);
    const answer = lead(await say(correction));
    expect(answer).toMatch(right);
    expect(answer).not.toMatch(wrong);
  });

  it.each([
    ['en', 'how many cloud incidents do we get?', "we're gold, competency is security", UNLIMITED.en, n(10)],
    ['ru', 'сколько облачных инцидентов нам положено?', 'у нас Gold, компетенция Data Analytics', n(10), UNLIMITED.ru],
    ['fr', 'combien d’incidents cloud avons-nous ?', 'nous sommes Silver avec Cloud Platform', UNLIMITED.fr, n(5)],
  ] as const)('%s: details stated after the question answer it', async (lang, question, details, right, wrong) => {
    const say = chat(lang);
    await say(question);
    const answer = lead(await say(details));
    expect(answer).toMatch(right);
    expect(answer).not.toMatch(wrong);
  });
});
