import { messageActivity, person, personalChat } from './support/activities';
import { Reply, RunningBot, startBot, visibleText } from './support/botServer';
import { buttonTitles } from './support/replies';

/**
 * An aside in the middle of a conversation (a coffee, a meeting, a call) gets a short reply and leaves the
 * conversation open; a short "where do I see that?" after it goes on with the answer given before; a French past
 * tense of a cancel word ("j'ai oublié…") tells something and forgets nothing. Facts from the article: only Support
 * for Business shows the incidents remaining; Gold gets 20 on-premises incidents.
 */
const LOCALE = { en: 'en-US', ru: 'ru-RU', fr: 'fr-FR' } as const;
type Lang = keyof typeof LOCALE;
const NOT_SURE = /not sure I understood|не уверен, что понял|pas sûr d’avoir compris/i;

describe('asides and short follow-ups', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());

  function chat(lang: Lang) {
    const who = person(`aside-${lang}-${Math.random().toString(36).slice(2, 8)}`);
    const where = personalChat();
    return (text: string) => bot.send(messageActivity(text, who, where, LOCALE[lang]));
  }
  const text = (r: Reply[]) => visibleText(r);

  it.each([
    ['en', 'where can we see how many incidents we still have', 'hang on, someone is at the door', 'ok so where was that again'],
    ['ru', 'как узнать, сколько инцидентов осталось', 'секунду, меня зовут на планёрку', 'ну и где это смотреть'],
    ['fr', 'comment savoir combien d’incidents il nous reste', 'pardon, on m’appelle pour une réunion', 'et je vois ça où'],
  ] as const)('%s: an aside gets a short reply, and "where was that" after it goes on', async (lang, question, aside, back) => {
    const say = chat(lang);
    expect(text(await say(question))).toMatch(/Support for Business/);
    const asideReply = await say(aside);
    expect(text(asideReply)).not.toMatch(NOT_SURE);
    expect(buttonTitles(asideReply)).toEqual([]);
    expect(text(await say(back))).toMatch(/Support for Business/);
  });

  it.each([
    ['en', 'which portal do I use for a cloud support request?', 'sorry, my manager stopped by. I still need an answer on this'],
    ['ru', 'в каком портале создавать облачный запрос?', 'извините, отвлекли. вопрос по-прежнему актуален'],
    ['fr', 'sur quel portail faire une demande cloud ?', 'pardon, interruption. j’en ai toujours besoin'],
  ] as const)('%s: "still need this" after an interruption gets the answer again', async (lang, question, back) => {
    const say = chat(lang);
    const first = text(await say(question));
    expect(first).toMatch(/Azure/);
    expect(text(await say(back))).toMatch(/Azure/);
  });

  it.each([
    ['en', ['they are on the Action Pack, by the way', 'how many cloud incidents do they get?'], /no Signature Cloud Support|has no Signature|does not|not include/i],
    ['fr', ['aucune idée, franchement', 'combien d’incidents cloud pour Gold avec Security ?'], /illimit/i],
  ] as const)('%s: words that name no topic ("Action" of Action Pack, "aucune idée") start no troubleshooter', async (lang, turns, right) => {
    const say = chat(lang);
    const first = await say(turns[0]);
    expect(text(first)).not.toMatch(/not authorized|Looks like you don't have any benefits yet/);
    expect(text(await say(turns[1]))).toMatch(right);
  });

  it('outside a conversation, an unclear message still says so and shows what the bot does', async () => {
    const say = chat('en');
    expect(text(await say('the printer on floor 3 is jammed again'))).toMatch(NOT_SURE);
  });

  it('a French past tense of a cancel word forgets nothing ("j’ai oublié…")', async () => {
    const say = chat('fr');
    await say('combien d’incidents avons-nous ?');
    await say('gold');
    await say('zut, j’ai oublié mon badge');
    // The membership given before still answers: Gold, on-premises, 20.
    expect(text(await say('et pour le on-premise ?'))).toMatch(/(^|[^0-9])20([^0-9]|$)/);
  });

  it.each([
    ['ru', ['сколько у нас инцидентов?', 'голд', 'облако нас не интересует, только онпрем']],
    ['en', ['how many incidents do we get?', 'gold', 'not the cloud side, on-prem']],
  ] as const)('%s: a support type ruled out beside the other one answers for the other', async (lang, turns) => {
    const say = chat(lang);
    let last: Reply[] = [];
    for (const t of turns) last = await say(t);
    const first = last.find((r) => r.type === 'message');
    const lead = (first?.attachments?.[0]?.content as { fallbackText?: string } | undefined)?.fallbackText ?? first?.text ?? '';
    expect(lead).toMatch(/(^|[^0-9])20([^0-9]|$)/);
    expect(lead).not.toMatch(/Signature Cloud Support/);
  });
});
