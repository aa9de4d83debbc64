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

  /** Types each message in one fresh chat; the first sentence of the last answer has `right`, not `wrong`. */
  async function expectLast(lang: keyof typeof LOCALE, turns: readonly string[], right: RegExp, wrong?: RegExp): Promise<void> {
    const say = chat(lang);
    let replies: Reply[] = [];
    for (const text of turns) replies = await say(text);
    expect(lead(replies)).toMatch(right);
    if (wrong) expect(lead(replies)).not.toMatch(wrong);
  }

  it.each([
    ['en', 'cloud incidents for gold with data platform?', 'oops, my mistake — Silver', n(5), n(10)],
    ['ru', 'сколько локальных инцидентов у Gold?', 'ой, нет, Gold это у партнёров, у нас Silver', n(15), n(20)],
    ['fr', 'combien d’incidents sur site pour Silver ?', 'pardon, je voulais dire Gold', n(20), n(15)],
  ] as const)('%s: a correction answers with the corrected value alone', async (lang, question, correction, right, wrong) => {
    await expectLast(lang, [question, correction], right, wrong);
  });

  it.each([
    ['en', 'how many cloud incidents do we get?', "we're gold, competency is security", UNLIMITED.en, n(10)],
    ['ru', 'сколько облачных инцидентов нам положено?', 'у нас Gold, компетенция Data Analytics', n(10), UNLIMITED.ru],
    ['fr', 'combien d’incidents cloud avons-nous ?', 'nous sommes Silver avec Cloud Platform', UNLIMITED.fr, n(5)],
  ] as const)('%s: details stated after the question answer it', async (lang, question, details, right, wrong) => {
    await expectLast(lang, [question, details], right, wrong);
  });

  it.each([
    ['en', ['Silver here', 'competency: Cloud Business Applications', 'how many cloud incidents is that?'], UNLIMITED.en, n(5)],
    ['ru', ['мы Gold', 'компетенция Datacenter', 'а сколько инцидентов по облачной поддержке?'], n(10), UNLIMITED.ru],
    ['fr', ['Silver', 'compétence Application Development', 'combien d’incidents cloud alors ?'], n(5), UNLIMITED.fr],
  ] as const)('%s: details given one per message, then the question', async (lang, turns, right, wrong) => {
    await expectLast(lang, turns, right, wrong);
  });

  it.each([
    ['en', 'how many on-prem incidents do we have?', 'we used to be Gold but we are Silver now', n(15), n(20)],
    ['ru', 'сколько локальных инцидентов нам положено?', 'раньше были Gold, сейчас Silver', n(15), n(20)],
    ['fr', 'combien d’incidents sur site avons-nous ?', 'nous ne sommes plus Gold, juste Silver', n(15), n(20)],
  ] as const)('%s: a tier said to be past or not ours is not asked about', async (lang, question, details, right, wrong) => {
    await expectLast(lang, [question, details], right, wrong);
  });

  it.each([
    ['en', ['on-prem incidents for Gold?', 'by the way, is the canteen open today?', 'anyway, back to my question: and Silver?'], n(15), n(20)],
    ['ru', ['сколько локальных инцидентов у Gold?', 'кстати, какая сегодня погода?', 'короче, вернёмся к делу: а у Silver?'], n(15), n(20)],
    ['fr', ['combien d’incidents sur site pour Gold ?', 'au fait, la cantine est ouverte ?', 'bref, revenons-en à nos moutons : et pour Silver ?'], n(15), n(20)],
  ] as const)('%s: a detour, then back to the question', async (lang, turns, right, wrong) => {
    await expectLast(lang, turns, right, wrong);
  });

  const BUY = { en: /buy|purchase/i, ru: /куп[иа]|приобрест/i, fr: /achet/i };
  const NEW_REQUEST = /New Support request/;
  it.each([
    ['en', 'heads up, our Signature 5-pack ran dry in October', 'Azure: This Access ID is already associated to an account', BUY.en],
    ['ru', 'у нас срок контракта поддержки закончился в сентябре', 'теперь Azure пишет This Access ID is already associated to an account', BUY.ru],
    ['fr', 'notre contrat de support a expiré le mois dernier', 'Azure affiche maintenant This Access ID is already associated to an account', BUY.fr],
  ] as const)('%s: the case told one message before the pasted error decides the fix', async (lang, before, error, fix) => {
    const say = chat(lang);
    await say(before);
    const answer = lead(await say(error));
    expect(answer).toMatch(fix);
    expect(answer).not.toMatch(NEW_REQUEST);
  });

  it('fr: "rien n’a expiré" is a negation: the linked-before fix', async () => {
    const say = chat('fr');
    await say('Azure dit This Access ID is already associated to an account');
    const answer = lead(await say('rien n’a expiré et il reste des incidents, je pense qu’on l’a déjà lié'));
    expect(answer).toMatch(NEW_REQUEST);
    expect(answer).not.toMatch(BUY.fr);
  });

  it.each([
    ['en', 'Silver, on-prem incidents?', 'ok, remind me, how many was it?', n(15)],
    ['ru', 'сколько локальных инцидентов у Gold?', 'напомните, пожалуйста', n(20)],
    ['fr', 'combien d’incidents sur site pour Silver ?', 'rappelle-moi le chiffre ?', n(15)],
  ] as const)('%s: asking again repeats the last answer', async (lang, question, again, figure) => {
    const say = chat(lang);
    await say(question);
    await say(lang === 'en' ? 'nice weather today' : lang === 'ru' ? 'хорошая погода сегодня' : 'il fait beau aujourd’hui');
    expect(lead(await say(again))).toMatch(figure);
  });

  it.each([
    ['en', "Gold with Cloud Platform: a customer's Azure SQL database is down, how many cases can we log for it?", UNLIMITED.en],
    ['fr', 'Gold avec Cloud Platform : combien d’incidents pour la base Azure SQL d’un client ?', UNLIMITED.fr],
  ] as const)('%s: a count of incidents about a customer is still a count (not the CSP how-to)', async (lang, text, figure) => {
    expect(lead(await chat(lang)(text))).toMatch(figure);
  });

  it.each([
    ['en', ['we are Gold', 'mostly Exchange Server 2016 at our clients, all on their own hardware', 'so what is our incident count?'], n(20), UNLIMITED.en],
    ['ru', ['мы Silver, компетенция Security', 'работаем в основном с Microsoft 365 у клиентов', 'ну и сколько у нас инцидентов?'], UNLIMITED.ru, n(15)],
    ['fr', ['nous sommes Gold avec Data Platform', 'nos clients sont surtout sur Dynamics 365', 'du coup, combien d’incidents ?'], n(10), n(20)],
  ] as const)('%s: what the person works on, said outside a question, decides the support type of the next question', async (lang, turns, right, wrong) => {
    await expectLast(lang, turns, right, wrong);
  });

  it.each([
    ['en', 'how many incidents for on-premises products?', 'hah fine. Silver, that is', n(15)],
    ['ru', 'сколько инцидентов на локальные продукты?', 'хм, ну у нас вроде Gold', n(20)],
    ['fr', 'combien d’incidents pour les produits sur site ?', 'bah, on est Silver depuis l’an dernier', n(15)],
  ] as const)('%s: details typed while the incidents question is open answer it, whatever they start with', async (lang, question, details, right) => {
    const say = chat(lang);
    await say(question);
    expect(lead(await say(details))).toMatch(right);
  });

  it.each([
    ['en', 'we have Silver', 'how many credits do we get for on-prem stuff?', n(15)],
    ['ru', 'мы Gold', 'сколько кредитов на поддержку локальных продуктов?', n(20)],
  ] as const)('%s: "credits" counted is a word for incidents', async (lang, profile, question, right) => {
    const say = chat(lang);
    await say(profile);
    expect(lead(await say(question))).toMatch(right);
  });
});
