import { messageActivity, person, personalChat } from './support/activities';
import { Reply, RunningBot, startBot, visibleText } from './support/botServer';
import { buttonTitles } from './support/replies';

/**
 * People thinking aloud: a competency they may lose, a tier ruled out while the bot asks for it, a pause to check
 * with someone in the middle of a question. Figures from the article: Signature Cloud Support for Silver is
 * unlimited with a cloud competency and 5 incidents with any other; Gold 10 with any other.
 */
const LOCALE = { en: 'en-US', ru: 'ru-RU', fr: 'fr-FR' } as const;
type Lang = keyof typeof LOCALE;
const n = (x: number) => new RegExp(`(^|[^0-9])${x}([^0-9]|$)`);
const UNLIMITED = /unlimited|неогранич|illimit/i;
const NOT_CAUGHT = /did not catch|не понял|pas compris/i;

function lead(replies: Reply[]): string {
  const r = replies.find((x) => x.type === 'message');
  const card = r?.attachments?.[0]?.content as { fallbackText?: string } | undefined;
  return card?.fallbackText ?? r?.text ?? '';
}

describe('thinking aloud', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());

  function chat(lang: Lang) {
    const who = person(`think-${lang}-${Math.random().toString(36).slice(2, 8)}`);
    const where = personalChat();
    return (text: string) => bot.send(messageActivity(text, who, where, LOCALE[lang]));
  }

  it.each([
    ['en', ['our status is Gold, Cloud Productivity', 'and suppose we dropped the cloud competency next year, how many cloud incidents would that leave?'], n(10)],
    ['ru', ['мы gold с Security', 'а если лишимся облачной компетенции, сколько облачных инцидентов останется?'], n(10)],
    ['fr', ['nous sommes silver avec Cloud Platform', 'et si on perdait la compétence cloud l’an prochain, combien d’incidents cloud ?'], n(5)],
  ] as const)('%s: a cloud competency lost, even as a hypothesis, is no cloud competency', async (lang, turns, right) => {
    const say = chat(lang);
    let last: Reply[] = [];
    for (const t of turns) last = await say(t);
    expect(lead(last)).toMatch(right);
    expect(lead(last)).not.toMatch(UNLIMITED);
  });

  it.each([
    ['en', 'how many cloud incidents do we get?', 'no no, we are not Gold'],
    ['ru', 'сколько облачных инцидентов нам положено?', 'точно не голд'],
    ['fr', 'combien d’incidents cloud avons-nous ?', 'pas gold en tout cas'],
  ] as const)('%s: a tier ruled out while the bot asks for it is no answer: the question again, without "I did not catch that"', async (lang, question, ruledOut) => {
    const say = chat(lang);
    await say(question);
    const again = await say(ruledOut);
    expect(lead(again)).not.toMatch(/(^|[^0-9])(10|20)([^0-9]|$)|Gold/);
    expect(lead(again)).not.toMatch(NOT_CAUGHT);
    expect(buttonTitles(again)).toEqual(expect.arrayContaining(['Silver', 'Action Pack']));
  });

  it.each([
    ['en', 'how many cloud incidents do we get?', 'one sec, asking our finance person', 'she says silver, with Security', UNLIMITED],
    ['ru', 'сколько облачных инцидентов нам положено?', 'щас уточню у бухгалтерии', 'говорят silver, компетенция Security', UNLIMITED],
    ['fr', 'combien d’incidents cloud avons-nous ?', 'attendez, je vérifie avec la compta', 'elle dit silver, compétence Security', UNLIMITED],
  ] as const)('%s: a pause inside the question keeps it open, and the answer after it answers', async (lang, question, pause, answer, right) => {
    const say = chat(lang);
    await say(question);
    const paused = await say(pause);
    expect(visibleText(paused)).not.toMatch(NOT_CAUGHT);
    expect(visibleText(paused)).not.toMatch(/ticket|заявк/i);
    expect(lead(await say(answer))).toMatch(right);
  });
});
