import { messageActivity, person, personalChat } from './support/activities';
import { Reply, RunningBot, startBot } from './support/botServer';

/**
 * Two recognition gaps, through the real bot over HTTP: a follow-up that starts with an acknowledgement
 * ("fine, and for gold?") keeps the last question's support type, and a comparison of memberships gets the
 * figures of each even when it says "support" ("… for on-premises support" is not "where do I open a
 * request"). The article's on-premises figures: Action Pack 10, Silver 15, Gold 20 incidents.
 */

const LOCALE_TAG = { en: 'en-US', ru: 'ru-RU', fr: 'fr-FR' } as const;
type Lang = keyof typeof LOCALE_TAG;

/** What a person reads first: the reply's summary (the card's first sentences), else its text. */
function lead(replies: Reply[]): string {
  const r = replies.find((x) => x.type === 'message');
  return String(r?.summary ?? r?.text ?? '');
}

/** The first sentence of the reply. */
function firstSentence(replies: Reply[]): string {
  return lead(replies).split(/(?<=[.!?])\s/)[0];
}

describe('follow-ups that start with an acknowledgement, and comparisons of memberships', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());

  function chat() {
    const who = person('user');
    const where = personalChat();
    return (text: string, lang: Lang = 'en') => bot.send(messageActivity(text, who, where, LOCALE_TAG[lang]));
  }

  describe('a follow-up after an acknowledgement keeps the on-premises question', () => {
    it('en: "fine, and for gold?" after a Silver on-premises question', async () => {
      const say = chat();
      expect(firstSentence(await say('How many on-premises incidents does a Silver partner get?'))).toMatch(/\b15 incidents\b/);
      const replies = await say('fine, and for gold?');
      const next = firstSentence(replies);
      expect(next).toMatch(/Gold/);
      expect(next).toMatch(/\b20 incidents\b/);
      // Only the on-premises figure: the follow-up kept the question's support type.
      expect(lead(replies)).not.toMatch(/cloud/i);
    });

    it('en: "okay, what about Action Pack" (no question mark, no question word)', async () => {
      const say = chat();
      await say('How many on-premises incidents does a Gold partner get?');
      const replies = await say('okay, what about Action Pack');
      const next = firstSentence(replies);
      expect(next).toMatch(/Action Pack/);
      expect(next).toMatch(/\b10 incidents\b/);
      expect(lead(replies)).not.toMatch(/cloud/i);
    });

    it('ru: "ладно, а для Silver?" after a Gold question about local products', async () => {
      const say = chat();
      expect(firstSentence(await say('Сколько инцидентов по локальным продуктам у партнёра Gold?', 'ru'))).toMatch(/\b20\b/);
      const replies = await say('ладно, а для Silver?', 'ru');
      const next = firstSentence(replies);
      expect(next).toMatch(/Silver/);
      expect(next).toMatch(/\b15\b/);
      expect(next).not.toMatch(/\b20\b/);
      expect(lead(replies)).not.toMatch(/облач|cloud/i);
    });

    it('fr: "d\'accord, et pour Silver ?" after a Gold question about local products', async () => {
      const say = chat();
      expect(firstSentence(await say("Combien d'incidents pour les produits locaux chez un partenaire Gold ?", 'fr'))).toMatch(/\b20 incidents\b/);
      const replies = await say("d'accord, et pour Silver ?", 'fr');
      const next = firstSentence(replies);
      expect(next).toMatch(/Silver/);
      expect(next).toMatch(/\b15 incidents\b/);
      expect(lead(replies)).not.toMatch(/cloud/i);
    });
  });

  describe('a comparison of memberships gets the figures of each, not the "open a request" answer', () => {
    /** One sentence per membership, in order: Action Pack 10, Silver 15, Gold 20. */
    const ALL_THREE = /^[^.]*Action Pack[^.]*\b10\b[^.]*\.\s+[^.]*Silver[^.]*\b15\b[^.]*\.\s+[^.]*Gold[^.]*\b20\b/;

    it('en: every membership level, on-premises support', async () => {
      const text = lead(await chat()('Please compare every membership level on on-premises support'));
      expect(text).toMatch(ALL_THREE);
    });

    it('en: Silver vs Gold for on-prem support', async () => {
      const replies = await chat()('compare silver vs gold for on-prem support');
      expect(firstSentence(replies)).toMatch(/Silver[^.]*\b15 incidents\b/);
      expect(lead(replies)).toMatch(/Gold[^.]*\b20 incidents\b/);
    });

    it('ru: all three levels, local support', async () => {
      const text = lead(await chat()('Сравните все три уровня участия по поддержке локальных продуктов', 'ru'));
      expect(text).toMatch(ALL_THREE);
    });

    it('ru: Action Pack and Silver, local support', async () => {
      const replies = await chat()('сравнение Action Pack и Silver по локальной поддержке', 'ru');
      expect(firstSentence(replies)).toMatch(/Action Pack[^.]*\b10\b/);
      expect(lead(replies)).toMatch(/Silver[^.]*\b15\b/);
      expect(lead(replies)).not.toMatch(/Gold/);
    });

    it('fr: les trois niveaux, support local', async () => {
      const text = lead(await chat()('comparer les trois niveaux pour le support local', 'fr'));
      expect(text).toMatch(ALL_THREE);
    });
  });
});
