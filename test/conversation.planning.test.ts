import { messageActivity, person, personalChat } from './support/activities';
import { Reply, RunningBot, startBot, visibleText } from './support/botServer';

/**
 * Causes found by held-out set P, stated in our own wordings: a competency that may not be renewed, a supposition
 * after an answer, a count asked as "the figure", a price of moving up a tier, response times asked as an
 * obligation, a contract that will lapse, Action Pack said before a cloud request, back from an interruption, and
 * "so what do I do?" after one. Figures from the article: Action Pack 10 on-premises incidents and no Signature
 * Cloud Support; Silver 5 and Gold 10 cloud incidents without a cloud competency, unlimited with one.
 */
const LOCALE = { en: 'en-US', ru: 'ru-RU', fr: 'fr-FR' } as const;
type Lang = keyof typeof LOCALE;
const n = (x: number) => new RegExp(`(^|[^0-9])${x}([^0-9]|$)`);
const UNLIMITED = /unlimited|неогранич|illimit/i;
const NO_PRICES = { en: /gives no prices/i, ru: /не указаны никакие цены/i, fr: /aucun prix/i };
const NO_CLOUD_FOR_AP = { en: /Action Pack[^.]*(no|not)[^.]*Signature Cloud Support|no Signature Cloud Support/i, ru: /Action Pack[^.]*не[^.]*Signature Cloud Support/i, fr: /Action Pack[^.]*pas[^.]*Signature Cloud Support/i };

function lead(replies: Reply[]): string {
  const r = replies.find((x) => x.type === 'message');
  const card = r?.attachments?.[0]?.content as { fallbackText?: string } | undefined;
  return card?.fallbackText ?? r?.text ?? '';
}

describe('planning conversations', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());

  async function run(lang: Lang, turns: readonly string[]): Promise<Reply[]> {
    const who = person(`plan-${lang}-${Math.random().toString(36).slice(2, 8)}`);
    const where = personalChat();
    let last: Reply[] = [];
    for (const t of turns) last = await bot.send(messageActivity(t, who, where, LOCALE[lang]));
    return last;
  }

  it.each([
    ['en', ['Gold and Cloud Platform here, how many cloud incidents?', 'and what if Cloud Platform is not renewed in the spring?'], n(10)],
    ['ru', ['мы Silver с Security, сколько облачных инцидентов?', 'а если Security в этом году не продлят?'], n(5)],
    ['fr', ['Silver avec Security, combien d’incidents cloud ?', 'et si jamais Security expire l’an prochain ?'], n(5)],
  ] as const)('%s: a supposition that a competency lapses, after the answer, answers without it', async (lang, turns, right) => {
    const first = lead(await run(lang, turns));
    expect(first).toMatch(right);
    expect(first).not.toMatch(UNLIMITED);
  });

  it('a count asked as "the figure" waits for the membership and is answered by it', async () => {
    expect(lead(await run('en', ['what is the incident figure for cloud, for the board slide', 'Gold, with Security']))).toMatch(UNLIMITED);
  });

  it.each([
    ['en', 'Roughly what does moving from Silver up to Gold cost us?'],
    ['ru', 'Сколько стоит перейти с Silver на Gold?'],
    ['fr', 'Quel est le prix pour passer de Silver à Gold ?'],
  ] as const)('%s: the price of moving up a tier is a price the article does not give', async (lang, text) => {
    expect(lead(await run(lang, [text]))).toMatch(NO_PRICES[lang]);
  });

  it('response time asked as an obligation ("в течение какого времени обязаны ответить")', async () => {
    expect(lead(await run('ru', ['В течение какого времени Microsoft обязан отреагировать на облачный кейс?']))).toMatch(/не сказано, как быстро/);
  });

  it.each([
    ['en', 'When our contract expires next month, can we still keep opening Azure cases?', /new (support )?plan/i],
    ['fr', 'Si le contrat expire avant le renouvellement, on pourra encore ouvrir des demandes Azure ?', /nouveau plan/i],
  ] as const)('%s: a contract that will lapse, and requests after it: a new plan', async (lang, text, right) => {
    expect(visibleText(await run(lang, [text]))).toMatch(right);
  });

  it.each([
    ['en', ['just so you know, we are an Action Pack member', 'can our engineers open a case in the Azure portal for a VM outage?']],
    ['ru', ['мы на Action Pack', 'можно ли завести облачный кейс в Azure по упавшей базе?']],
    ['fr', ['nous sommes membres Action Pack', 'est-ce qu’on peut ouvrir une demande Azure pour une VM en panne ?']],
  ] as const)('%s: Action Pack said before a cloud request: no Signature Cloud Support, not the Azure how-to', async (lang, turns) => {
    expect(lead(await run(lang, turns))).toMatch(NO_CLOUD_FOR_AP[lang]);
  });

  it.each([
    ['en', ['we are Silver, our competency is not a cloud one', 'on-prem incidents?', 'gotta run to a meeting, one moment', 'I am back — and cloud?'], n(5)],
    ['fr', ['on est Gold, sans compétence cloud', 'combien d’incidents sur site ?', 'deux minutes, on m’appelle', 'je suis de retour. et pour le cloud ?'], n(10)],
  ] as const)('%s: back from an interruption, a follow-up goes on with what was said', async (lang, turns, right) => {
    expect(lead(await run(lang, turns))).toMatch(right);
  });

  it.each([
    ['en', ['Partner Center tells me Looks like you don\'t have any benefits yet, yet we are a Gold partner', 'hold on, phone', 'ok. what should I do then?'], /Sign-in with another account/],
    ['ru', ['Partner Center пишет Looks like you don\'t have any benefits yet, а у нас Silver', 'секунду, звонок', 'ну и что мне делать?'], /Sign-in with another account/],
  ] as const)('%s: "what do I do?" after an aside gets the fix for the case told before', async (lang, turns, right) => {
    expect(visibleText(await run(lang, turns))).toMatch(right);
  });

  it.each([
    ['en', ['Gold: how many on-prem incidents?', 'no wait, forget Gold, we stay Silver; Gold was just the optimistic plan'], n(15), n(20)],
    ['ru', ['сколько on-prem инцидентов у Gold?', 'а, нет, мы остаёмся Silver, Gold это было на вырост'], n(15), n(20)],
  ] as const)('%s: a tier scratched or said to be only a scenario is corrected, not compared', async (lang, turns, right, wrong) => {
    const first = lead(await run(lang, turns));
    expect(first).toMatch(right);
    expect(first).not.toMatch(wrong);
  });

  it.each([
    ['en', 'My account was already linked last month: do I need to enter the Access ID and Contract ID again with my account?', /^No: /],
    ['ru', 'моя учётка уже привязана, нужно ли мне снова вводить Access ID и Contract ID для своей учётной записи?', /^Нет: /],
    ['fr', 'mon compte est déjà associé, dois-je saisir à nouveau l’Access ID et le Contract ID avec mon compte ?', /^Non : /],
    ['en', 'do I have to enter the Access ID and Contract ID with my own account too?', /^Each account needs/],
  ] as const)('%s: "again?" from an account that already used the IDs is answered "no" first; a new account gets the rule', async (lang, text, right) => {
    const replies = await run(lang, [text]);
    expect(replies.find((r) => r.type === 'message')?.text ?? '').toMatch(right);
  });

  it('a where question that says "actually" after a count is the how-to, not a correction of the count', async () => {
    expect(lead(await run('en', ['Gold, how many on-prem incidents?', 'ok and where do we actually file an on-prem one?']))).toMatch(/Support for Business/);
  });
});
