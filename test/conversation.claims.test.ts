import { messageActivity, person, personalChat } from './support/activities';
import { Reply, RunningBot, startBot } from './support/botServer';

/**
 * People arrive with rules half-remembered from an old wiki, a forum or a colleague and put them up for confirmation,
 * or push back on an answer. The answer says first whether they are right ("No, not 25."), then the article's figure.
 * Figures from the article: on-premises Action Pack 10, Silver 15, Gold 20 incidents; Signature Cloud Support Silver 5
 * and Gold 10 without a cloud competency, unlimited with one; Action Pack none; activation by Global admin or MPN
 * partner admin only.
 */
const LOCALE = { en: 'en-US', ru: 'ru-RU', fr: 'fr-FR' } as const;
type Lang = keyof typeof LOCALE;
const n = (x: number) => new RegExp(`(^|[^0-9])${x}([^0-9]|$)`);
const NO = { en: /^No\b/, ru: /^Нет/, fr: /^Non\b/ };
const YES = { en: /^Yes\b/, ru: /^Да\b|^Да[,.:]/, fr: /^Oui\b/ };

/** The first reply's text, or for a card the text of its first two blocks after the title. */
function lead(replies: Reply[]): string {
  const r = replies.find((x) => x.type === 'message');
  const card = r?.attachments?.[0]?.content as { body?: Array<{ type?: string; text?: string }> } | undefined;
  const blocks = (card?.body ?? []).filter((b) => b.type === 'TextBlock' && b.text).map((b) => b.text as string);
  return r?.text && !card ? r.text : (blocks.length > 1 ? blocks.slice(1, 3) : blocks).join(' ') || r?.text || '';
}

describe('claims and pushback', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());

  async function run(lang: Lang, turns: readonly string[]): Promise<string> {
    const who = person(`claim-${lang}-${Math.random().toString(36).slice(2, 8)}`);
    const where = personalChat();
    let last: Reply[] = [];
    for (const t of turns) last = await bot.send(messageActivity(t, who, where, LOCALE[lang]));
    return lead(last);
  }

  it.each([
    ['en', ['our old onboarding page says Gold partners have 30 on-prem incidents, is that correct?'], 30, n(20)],
    ['en', ['Silver + Data Analytics, so 15 cloud incidents for us, yeah?'], 15, n(5)],
    ['ru', ['нам говорили, что у Gold с компетенцией Data Analytics 20 облачных инцидентов'], 20, n(10)],
    ['ru', ['у Action Pack же 15 инцидентов на локальные продукты, правильно?'], 15, n(10)],
    ['fr', ['je croyais que le Silver donnait 10 incidents sur site'], 10, n(15)],
    ['fr', ["Gold sans compétence cloud, ça fait 20 incidents Signature Cloud Support, c'est ça ?"], 20, n(10)],
  ] as const)('%s: a wrong figure put up for confirmation is answered "no" first, then the right one: %j', async (lang, turns, wrong, right) => {
    const said = await run(lang, turns);
    expect(said).toMatch(NO[lang]);
    expect(said).toMatch(new RegExp(`${wrong}`));
    expect(said).toMatch(right);
  });

  it.each([
    ['en', ['so with Gold we are at 20 on-premises incidents, am I right?'], n(20)],
    ['ru', ['у Silver 15 инцидентов по локальным продуктам, верно?'], n(15)],
    ['fr', ["on m'a dit que l'Action Pack a 10 incidents sur site"], n(10)],
  ] as const)('%s: a right figure gets a "yes": %j', async (lang, turns, right) => {
    const said = await run(lang, turns);
    expect(said).toMatch(YES[lang]);
    expect(said).toMatch(right);
  });

  it.each([
    ['en', ['Silver with a non-cloud competency gets cloud support without limits, true?'], /unlimited/i],
    ['ru', ['у Silver без облачной компетенции облако безлимитное, так ведь?'], /без ограничений/i],
    ['fr', ['Silver sans compétence cloud, le support cloud est illimité, hein ?'], /illimité/i],
  ] as const)('%s: "unlimited" claimed where the article gives a figure: "no, not unlimited": %j', async (lang, turns, word) => {
    const said = await run(lang, turns);
    expect(said).toMatch(NO[lang]);
    expect(said).toMatch(word);
    expect(said).toMatch(n(5));
  });

  it.each([
    ['en', ['Action Pack also gets Signature Cloud Support, doesn’t it?']],
    ['ru', ['насколько я знаю, в Action Pack входит облачная поддержка Signature']],
    ['fr', ["l'Action Pack inclut le support cloud Signature, n'est-ce pas ?"]],
  ] as const)('%s: cloud support claimed for Action Pack: "no", and it gets none: %j', async (lang, turns) => {
    const said = await run(lang, turns);
    expect(said).toMatch(NO[lang]);
    expect(said).toMatch(/Action Pack/);
    expect(said).not.toMatch(/unlimited|illimit|без ограничен/i);
  });

  it.each([
    ['en', ['how many on-prem incidents does a Gold partner get?', 'hmm, you sure? the partner manager told us 25'], 25, n(20)],
    ['ru', ['сколько облачных инцидентов у Silver с Security?', 'точно? начальник говорит, что 5'], 5, /неогранич/i],
    ['fr', ['combien d’incidents sur site pour le Silver ?', 'tu es sûr ? notre responsable parle de 20'], 20, n(15)],
  ] as const)('%s: pushback naming another figure after an answer: "no, not N", the same answer again: %j', async (lang, turns, wrong, right) => {
    const said = await run(lang, turns);
    expect(said).toMatch(NO[lang]);
    expect(said).toMatch(new RegExp(`${wrong}`));
    expect(said).toMatch(right);
  });

  it.each([
    ['en', ['Gold, on-premises incidents?', 'are you sure about that?'], YES.en, n(20)],
    ['ru', ['сколько локальных инцидентов у Action Pack?', 'вы уверены?'], YES.ru, n(10)],
    ['fr', ['quelles compétences comptent comme cloud ?', 'vous êtes sûr ?'], YES.fr, /Cloud Platform/],
  ] as const)('%s: doubt of the answer just given: "yes", the answer again: %j', async (lang, turns, yes, again) => {
    const said = await run(lang, turns);
    expect(said).toMatch(yes);
    expect(said).toMatch(again);
  });

  it.each([
    ['en', ['which competencies are cloud ones?', 'what is your source for this?'], /Technical Support for On-premises or Cloud products/],
    ['ru', ['где видно, сколько инцидентов осталось?', 'где это написано?'], /Technical Support for On-premises or Cloud products/],
    ['fr', ['Gold, combien d’incidents cloud avec Security ?', 'c’est écrit où ?'], /Technical Support for On-premises or Cloud products/],
  ] as const)('%s: asked for the source after an answer: the article named first: %j', async (lang, turns, title) => {
    expect(await run(lang, turns)).toMatch(title);
  });

  it.each([
    ['en', ['apparently every employee can activate the benefits in Partner Center']],
    ['ru', ['я слышал, что любой пользователь может активировать преимущества, так?']],
    ['fr', ['tout le monde peut activer les avantages dans Partner Center, non ?']],
  ] as const)('%s: "anyone can activate" is answered "no" with the two roles: %j', async (lang, turns) => {
    const said = await run(lang, turns);
    expect(said).toMatch(NO[lang]);
    expect(said).toMatch(/Global admin/);
    expect(said).toMatch(/MPN partner admin/);
  });

  it.each([
    ['en', ['how many on-prem incidents does Gold get?']],
    ['en', ['I really need the on-prem figure for Gold']],
    ['ru', ['сколько инцидентов у Gold для локальных продуктов?']],
    ['fr', ['combien d’incidents sur site pour Gold ?']],
  ] as const)('%s: a plain question gets no "yes" or "no" in front: %j', async (lang, turns) => {
    const said = await run(lang, turns);
    expect(said).not.toMatch(YES[lang]);
    expect(said).not.toMatch(NO[lang]);
    expect(said).toMatch(n(20));
  });
  it.each([
    ['en', ['what is your source for all this?'], /Technical Support for On-premises or Cloud products/],
    ['ru', ['а откуда у тебя вообще эти данные?'], /Technical Support for On-premises or Cloud products/],
    ['fr', ['tu tiens ça d’où, au juste ?'], /Technical Support for On-premises or Cloud products/],
  ] as const)('%s: asked for the source with no answer before: where the answers come from: %j', async (lang, turns, title) => {
    expect(await run(lang, turns)).toMatch(title);
  });

  it.each([
    ['en', ['we are a Silver partner', 'our competency is Cloud Platform', 'so the cloud allowance is 5, per the old onboarding deck?'], 5, /unlimited/i],
    ['ru', ['мы Gold', 'компетенция у нас Data Analytics', 'согласно старой презентации облачных инцидентов 20, так?'], 20, n(10)],
    ['fr', ['on est Gold', 'compétence Security', 'd’après notre ancien wiki, ça fait 10 incidents cloud ?'], 10, /illimit/i],
  ] as const)('%s: a figure claimed from another source after the profile was told: "no, not N": %j', async (lang, turns, wrong, right) => {
    const said = await run(lang, turns);
    expect(said).toMatch(NO[lang]);
    expect(said).toMatch(new RegExp(`${wrong}`));
    expect(said).toMatch(right);
  });

  it.each([
    ['en', ['Intune enrollment is failing at a customer; we are Silver with Enterprise Mobility Management, so that comes out of our 15 on-prem incidents, right?'], /unlimited/i],
    ['fr', ['un souci Intune chez un client, on est Gold avec Enterprise Mobility Management, ça part sur nos incidents sur site, non ?'], /illimit/i],
  ] as const)('%s: the product named decides the support type, whatever type the claim names: %j', async (lang, turns, right) => {
    expect(await run(lang, turns)).toMatch(right);
  });

  it.each([
    ['en', ['our yearly cap is 10 tickets, correct?']],
    ['fr', ['on a droit à 20 demandes par an, non ?']],
  ] as const)('%s: a number of tickets claimed is a count, not a ticket to show: %j', async (lang, turns) => {
    expect(await run(lang, turns)).not.toMatch(/#\s?(10|20)|no ticket|aucun ticket|pas de ticket/i);
  });

  it.each([
    ['en', ['to check the incidents left we go to the Azure portal, correct?'], /Support for Business/],
    ['fr', ['les incidents restants, on les voit dans le portail Azure, c’est ça ?'], /Support for Business/],
  ] as const)('%s: where the incidents left show, whatever portal the claim names: %j', async (lang, turns, where) => {
    expect(await run(lang, turns)).toMatch(where);
  });

  it.each([
    ['en', ['the partner support contract lasts two years, right?']],
    ['fr', ['le contrat de support partenaire dure deux ans, c’est bien ça ?']],
    ['ru', ['сколько инцидентов всего наберётся за два года партнёрства?']],
  ] as const)('%s: a contract term the article does not give: it says so, with no figure: %j', async (lang, turns) => {
    const said = await run(lang, turns);
    expect(said).toMatch(/does not say|не сказано|не указ|ne (dit|précise|donne)/i);
    expect(said.replace(/https?:\S+/g, '').replace(/20\d\d-\d\d-\d\d/g, '')).not.toMatch(/\d/);
  });

  it('ru: a competency named alone, in English, is answered in the conversation’s Russian', async () => {
    const said = await run('ru', ['сколько облачных инцидентов у Silver?', 'Cloud Productivity']);
    expect(said).toMatch(/[а-яё]{4,}/i);
    expect(said).toMatch(/неогранич/i);
  });
});
