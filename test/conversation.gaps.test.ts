import { messageActivity, person, personalChat } from './support/activities';
import { Reply, RunningBot, startBot } from './support/botServer';
import { buttonTitles as buttons } from './support/replies';

/**
 * Gaps found by the held-out conversations, checked with other wordings, through the real bot over HTTP.
 * Facts are the article's: on-premises Silver 15, Gold 20; cloud unlimited with a cloud competency;
 * "This Access ID is already associated to an account": linked before → ignore it, "+ New Support request";
 * expired or out of incidents → buy a new support plan. "Looks like you don't have any benefits yet" with an
 * active membership → the Account icon, "Sign-in with another account". No prices, no phone number.
 */

const LOCALE_TAG = { en: 'en-US', ru: 'ru-RU', fr: 'fr-FR' } as const;
type Lang = keyof typeof LOCALE_TAG;

/** The first sentence a person reads: the reply's text, the card's fallbackText and first two text blocks. */
function lead(replies: Reply[]): string {
  const r = replies.find((x) => x.type === 'message');
  if (!r) return '';
  const card = r.attachments?.[0]?.content as { fallbackText?: string; body?: Array<{ type: string; text?: string }> } | undefined;
  if (!card) return r.text ?? '';
  const blocks = (card.body ?? []).filter((b) => b.type === 'TextBlock' && b.text).slice(0, 2).map((b) => b.text);
  return [r.text ?? '', card.fallbackText ?? '', ...blocks].join('\n');
}

/** The first sentence alone: the card's fallbackText (its summary), or the text. */
function firstSentence(replies: Reply[]): string {
  const r = replies.find((x) => x.type === 'message');
  const card = r?.attachments?.[0]?.content as { fallbackText?: string } | undefined;
  return card?.fallbackText ?? r?.text ?? '';
}

/** The reply opens with a question: its first sentence ends with a question mark. */
const FIRST_SENTENCE_ASKS = /^[^.!]*\?/;

const n = (x: number) => new RegExp(`(^|[^0-9])${x}([^0-9]|$)`);

describe('conversation gaps (wordings the held-out set showed)', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());

  function chat(lang: Lang) {
    const who = person(`gaps-${lang}`);
    const where = personalChat();
    return (text: string) => bot.send(messageActivity(text, who, where, LOCALE_TAG[lang]));
  }

  describe('a membership, a product or problem, and a count question is an incidents question', () => {
    it.each([
      ['ru', 'Silver, ломается Exchange Server, сколько запросов есть?', n(15), /неогранич/i],
      ['ru', 'Gold, Exchange Server не отправляет почту, сколько запросов есть?', n(20), /неогранич/i],
      ['en', 'gold w/ Data Analytics, Azure AD conditional access problem, how many tickets?', n(10), n(20)],
      ['en', 'silver w/ Data Platform, Teams meetings drop after a minute, how many tickets?', n(5), n(15)],
      ['fr', 'Gold avec Data Analytics, les réunions Teams coupent, combien de tickets ?', n(10), n(20)],
      // Already read right before the fix: kept so the rule does not break it.
      ['fr', 'Silver, SQL Server qui plante, combien de demandes on a ?', n(15), /illimit/i],
    ] as const)('%s: %s', async (lang, text, figure, otherSupportType) => {
      const said = lead(await chat(lang)(text));
      expect(said).toMatch(figure);
      // The product decides the support type: the other type's figure is not in the answer's lead.
      expect(said).not.toMatch(otherSupportType);
    });
  });

  describe('an error whose case is unknown: the question comes first, then the buttons', () => {
    it.each([
      ['en', 'what is this: This Access ID is already associated to an account'],
      ['ru', 'Azure: This Access ID is already associated to an account — откуда это?'],
      ['fr', "Partner Center dit Looks like you don't have any benefits yet, pourquoi ?"],
    ] as const)('%s: %s', async (lang, text) => {
      const replies = await chat(lang)(text);
      expect(firstSentence(replies)).toMatch(FIRST_SENTENCE_ASKS);
      expect(lead(replies)).not.toMatch(/buy|purchase|купит|achet|ignor|игнорир/i);
      expect(buttons(replies).length).toBeGreaterThanOrEqual(3);
    });
  });

  describe('the wrong-account fix names the portal label in its first sentence', () => {
    it.each([
      ['en', "Partner Center: Looks like you don't have any benefits yet. we are a Silver member though"],
      ['ru', "пишет Looks like you don't have any benefits yet, но мы Silver партнер"],
      ['fr', "j'ai Looks like you don't have any benefits yet alors que nous sommes Gold"],
    ] as const)('%s: %s', async (lang, text) => {
      expect(firstSentence(await chat(lang)(text))).toMatch(/Sign-in with another account/);
    });
  });

  describe('"we linked / added the contract before", in other tenses, is the linked-before case', () => {
    it.each([
      ['en', 'This Access ID is already associated to an account, the contract has already been attached to our account', /ignor/i],
      ['ru', 'This Access ID is already associated to an account, мы этот контракт уже связывали', /игнорир/i],
      ['fr', 'This Access ID is already associated to an account, nous avions déjà lié ce contrat', /ignor/i],
    ] as const)('%s: %s', async (lang, text, ignore) => {
      const replies = await chat(lang)(text);
      expect(firstSentence(replies)).toMatch(ignore);
      expect(firstSentence(replies)).toMatch(/New Support request/i);
    });
  });

  describe("a typed answer to a troubleshooter's question is read as the case", () => {
    it.each([
      ['en', 'Link support benefits shows This Access ID is already associated to an account', 'hmm, I think we had attached it earlier', /ignor/i],
      ['ru', 'Azure говорит This Access ID is already associated to an account', 'мы его раньше привязывали, кажется', /игнорир/i],
      ['fr', 'Azure affiche This Access ID is already associated to an account', 'le contrat est expiré depuis mars', /achet/i],
      ['ru', 'Azure говорит This Access ID is already associated to an account', 'срок контракта вышел', /купит/i],
    ] as const)('%s: %s / %s', async (lang, first, answer, fix) => {
      const say = chat(lang);
      expect(firstSentence(await say(first))).toMatch(FIRST_SENTENCE_ASKS);
      expect(firstSentence(await say(answer))).toMatch(fix);
    });

    it('a message that is not an answer is answered as usual', async () => {
      const say = chat('en');
      await say('This Access ID is already associated to an account, why?');
      expect(lead(await say('how many on-premises incidents does Gold get?'))).toMatch(n(20));
    });
  });

  describe('start-over wordings forget what was said', () => {
    it.each([
      ['en', "we're Gold", "let's start from scratch", 'how many on-premises incidents do we get?'],
      ['ru', 'мы Gold', 'давайте всё заново', 'сколько у нас локальных инцидентов?'],
      ['ru', 'у нас Gold', 'начнём с нуля', 'сколько у нас локальных инцидентов?'],
      ['fr', 'nous sommes Gold', 'on repart de zéro', "combien d'incidents sur site avons-nous ?"],
    ] as const)('%s: %s / %s', async (lang, stated, reset, question) => {
      const say = chat(lang);
      await say(stated);
      await say(reset);
      const replies = await say(question);
      expect(lead(replies)).not.toMatch(n(20));
      expect(buttons(replies)).toEqual(expect.arrayContaining(['Action Pack', 'Silver', 'Gold']));
    });
  });

  describe('"not in the article" says so in Russian', () => {
    it.each([
      'по какому номеру звонить в партнерскую поддержку?',
      'во сколько обойдется Advanced Support for Partners?',
    ])('%s', async (text) => {
      const said = firstSentence(await chat('ru')(text));
      expect(said).toMatch(/в статье не (указ|сказ|говор)/i);
      expect(said).not.toMatch(/[0-9]/);
    });
  });

  describe('a short French message around an English product name is answered in French', () => {
    it.each(['prix Premier Support for Partners par mois', 'tarif annuel Advanced Support for Partners'])('%s', async (text) => {
      const said = firstSentence(await chat('fr')(text));
      expect(said).toMatch(/L’article ne donne pas/);
    });
  });
});
