import { messageActivity, person, Person, personalChat, submitActivity, TENANT_B, Where } from './support/activities';
import { Reply, RunningBot, startBot } from './support/botServer';
import { buttonTitles as buttons } from './support/replies';

/**
 * Answers that follow a conversation, through the real bot over HTTP (expectReplies). Figures are the
 * article's: on-premises Action Pack 10, Silver 15, Gold 20; cloud unlimited with a cloud competency,
 * Silver 5 / Gold 10 with another; Action Pack has no Signature Cloud Support.
 */

const LOCALE_TAG = { en: 'en-US', ru: 'ru-RU', fr: 'fr-FR' } as const;
type Lang = keyof typeof LOCALE_TAG;

/** The first sentence a person reads: the card's fallbackText, and its first text blocks. */
function lead(replies: Reply[]): string {
  const r = replies.find((x) => x.type === 'message');
  if (!r) return '';
  const card = r.attachments?.[0]?.content as { fallbackText?: string; body?: Array<{ type: string; text?: string }> } | undefined;
  if (!card) return r.text ?? '';
  const blocks = (card.body ?? []).filter((b) => b.type === 'TextBlock' && b.text).slice(0, 2).map((b) => b.text);
  return [card.fallbackText ?? '', ...blocks].join('\n');
}

/** Highlighted table cells as "row:column" (row 0 on-premises, 1 cloud competencies, 2 other; columns AP, Silver, Gold). */
function highlighted(replies: Reply[]): string[] {
  const card = replies[0]?.attachments?.[0]?.content as { body: any[] } | undefined;
  // Each table row: a separated Container, its label above one ColumnSet of the three tier cells.
  const rows = (card?.body ?? [])
    .filter((b) => b.type === 'Container' && b.separator)
    .map((b) => (b.items ?? []).find((i: any) => i.type === 'ColumnSet'))
    .filter(Boolean);
  const out: string[] = [];
  rows.forEach((row: any, r: number) =>
    row.columns.forEach((col: any, c: number) => {
      if (col.style === 'accent') out.push(`${r}:${['actionPack', 'silver', 'gold'][c]}`);
    }),
  );
  return out.sort();
}

describe('answers that follow a conversation', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());

  /** One person in one personal chat, saying things in order. */
  function chat(who: Person = person('user'), where: Where = personalChat()) {
    return (text: string, lang: Lang = 'en') => bot.send(messageActivity(text, who, where, LOCALE_TAG[lang]));
  }

  describe('1. a follow-up changes one detail and keeps the rest', () => {
    it('en: "and Silver?" after the Gold on-premises question', async () => {
      const say = chat();
      expect(lead(await say('How many on-premises incidents does Gold get?'))).toMatch(/\b20 incidents\b/);
      const silver = lead(await say('and Silver?'));
      expect(silver).toMatch(/Silver/);
      expect(silver).toMatch(/\b15 incidents\b/);
      expect(silver).not.toMatch(/on-premises products or cloud/);
    });

    it('en: "what about a Silver partner?" keeps the cloud competency of the question before', async () => {
      const say = chat();
      expect(lead(await say('How many cloud incidents does Gold get with Cloud Platform?'))).toMatch(/unlimited/i);
      const silver = lead(await say('what about a Silver partner?'));
      expect(silver).toMatch(/Silver/);
      expect(silver).toMatch(/unlimited/i);
    });

    it('ru: "а у Silver?" in Russian after an English question answers in Russian', async () => {
      const say = chat();
      await say('How many on-premises incidents does Gold get?');
      const silver = lead(await say('а у Silver?', 'ru'));
      expect(silver).toMatch(/15 инцидентов/);
    });

    it('fr: "et pour Silver ?" and "et avec Security ?"', async () => {
      const say = chat();
      expect(lead(await say("Combien d'incidents cloud pour un partenaire Gold avec une autre compétence ?", 'fr'))).toMatch(/\b10 incidents\b/);
      expect(lead(await say('et pour Silver ?', 'fr'))).toMatch(/\b5 incidents\b/);
      const withSecurity = lead(await say('et avec Security ?', 'fr'));
      expect(withSecurity).toMatch(/illimit/i);
      expect(withSecurity).toMatch(/Security/);
    });

    it('en then ru: "а для облака?" switches the support type and asks only the competency', async () => {
      const say = chat();
      await say('How many on-premises incidents does Silver get?');
      const asked = await say('а для облака?', 'ru');
      expect(lead(asked)).toMatch(/Для Silver объём Signature Cloud Support зависит от компетенции/);
      expect(lead(await say('да', 'ru'))).toMatch(/неограничен/);
    });

    it('en: "what about cloud?" after a Gold question with Security', async () => {
      const say = chat();
      await say('How many on-premises incidents does Gold with Security get?');
      const cloud = lead(await say('what about cloud?'));
      expect(cloud).toMatch(/Security is a cloud competency/);
      expect(cloud).toMatch(/unlimited/i);
    });
  });

  describe('1. what the person says about the organization, and the profile', () => {
    it('en: "We are a Gold partner." then a question without the tier uses it, and says so', async () => {
      const say = chat();
      const noted = await say('We are a Gold partner.');
      expect(noted[0].text).toMatch(/Gold/);
      const answer = lead(await say('How many on-premises incidents do we get?'));
      expect(answer).toMatch(/\b20 incidents\b/);
      expect(answer).toMatch(/You said Gold/);
    });

    it('ru: "мы Silver с Security", then the question in French', async () => {
      const say = chat();
      await say('Мы Silver с Security', 'ru');
      const answer = lead(await say("Combien d'incidents cloud avons-nous ?", 'fr'));
      expect(answer).toMatch(/illimit/i);
      expect(answer).toMatch(/Vous avez indiqué Silver/);
    });

    it('the recorded profile is the default; what the person says wins for that answer', async () => {
      // Tenant B has a recorded profile; the other tests run in tenant A, which has none.
      await bot.app.store.profiles.save(TENANT_B, { tier: 'gold', competencies: [] }, { userId: '29:admin' }, 'a:admin');
      const say = chat(person('member', TENANT_B), personalChat(TENANT_B));
      const fromProfile = lead(await say('How many on-premises incidents do we get?'));
      expect(fromProfile).toMatch(/\b20 incidents\b/);
      expect(fromProfile).toMatch(/Your partner profile says Gold/);
      await say('We are Silver.');
      const said = lead(await say('How many on-premises incidents do we get?'));
      expect(said).toMatch(/\b15 incidents\b/);
      expect(said).toMatch(/You said Silver/);
    });

    it('start over forgets what was said', async () => {
      const say = chat();
      await say('We are a Gold partner.');
      await say('start over');
      const asked = await say('How many on-premises incidents do we get?');
      expect(buttons(asked)).toEqual(expect.arrayContaining(['Action Pack', 'Silver', 'Gold']));
    });

    it('the frame expires after 30 minutes idle', async () => {
      const say = chat();
      await say('How many on-premises incidents does Gold get?');
      const realNow = Date.now;
      Date.now = () => realNow() + 31 * 60 * 1000;
      try {
        // The on-premises detail of the old question is forgotten: Silver alone gets both rows.
        const replies = await say('and Silver?');
        expect(lead(replies)).toMatch(/unlimited incidents with a cloud competency, 5 incidents/);
      } finally {
        Date.now = realNow;
      }
    });
  });

  describe('5. ask only what changes the answer', () => {
    it('ru: Action Pack with no support type is answered without a question', async () => {
      const replies = await chat()('У нас Action Pack. Сколько инцидентов техподдержки мы можем открыть?', 'ru');
      const text = lead(replies);
      expect(text).toMatch(/10 инцидентов/);
      expect(text).toMatch(/Signature Cloud Support/);
      expect(buttons(replies)).not.toContain('Локальные');
    });

    it('en: a tier with no support type gets both rows in one sentence', async () => {
      const replies = await chat()('How many incidents does a Gold partner get?');
      const text = lead(replies);
      expect(text).toMatch(/\b20 incidents\b/);
      expect(text).toMatch(/unlimited/i);
      expect(text).toMatch(/\b10 incidents\b/);
      expect(highlighted(replies)).toEqual(['0:gold', '1:gold', '2:gold']);
    });

    it('fr: Silver with no support type', async () => {
      const text = lead(await chat()("Combien d'incidents pour un partenaire Silver ?", 'fr'));
      expect(text).toMatch(/\b15 incidents\b/);
      expect(text).toMatch(/\b5 incidents\b/);
    });
  });

  describe('2. several cells at once', () => {
    it('en: Silver on-premises and cloud with Cloud Platform', async () => {
      const replies = await chat()('How many incidents does a Silver partner get, on-premises and cloud? We have Cloud Platform.');
      const text = lead(replies);
      expect(text).toMatch(/\b15 incidents\b/);
      expect(text).toMatch(/unlimited Signature Cloud Support incidents, since Cloud Platform is a cloud competency/);
      expect(highlighted(replies)).toEqual(['0:silver', '1:silver']);
    });

    it('en: compare Silver and Gold on-premises', async () => {
      const replies = await chat()('Compare Silver and Gold on-premises incidents');
      const text = lead(replies);
      expect(text).toMatch(/Silver[^.]*\b15 incidents\b/);
      expect(text).toMatch(/Gold[^.]*\b20 incidents\b/);
      expect(highlighted(replies)).toEqual(['0:gold', '0:silver']);
    });

    it('ru: compare Silver and Gold gives both columns', async () => {
      const replies = await chat()('Сравни Silver и Gold', 'ru');
      const text = lead(replies);
      expect(text).toMatch(/15 инцидентов/);
      expect(text).toMatch(/20 инцидентов/);
      expect(highlighted(replies)).toEqual(['0:gold', '0:silver', '1:gold', '1:silver', '2:gold', '2:silver']);
    });

    it('fr: Silver et Gold, incidents locaux', async () => {
      const text = lead(await chat()("Combien d'incidents locaux pour les partenaires Silver et Gold ?", 'fr'));
      expect(text).toMatch(/\b15 incidents\b/);
      expect(text).toMatch(/\b20 incidents\b/);
    });
  });

  describe('3. several competencies: the best allowance, and why', () => {
    it('en: Security and Data Analytics, Azure incidents', async () => {
      const replies = await chat()('Gold partner with Security and Data Analytics competencies - how many Azure incidents?');
      const text = lead(replies);
      expect(text).toMatch(/Security is a cloud competency/);
      expect(text).toMatch(/unlimited/i);
      expect(buttons(replies)).not.toContain('Yes, a cloud competency');
    });

    it('ru: "анализ данных" and "безопасность"', async () => {
      const text = lead(await chat()('Сколько облачных инцидентов у Gold с компетенциями анализ данных и безопасность?', 'ru'));
      expect(text).toMatch(/Security/);
      expect(text).toMatch(/неограничен/);
    });

    it('fr: "sécurité" and a misspelled "cloud plattform"', async () => {
      const fr = lead(await chat()("Combien d'incidents cloud pour Silver avec la compétence sécurité ?", 'fr'));
      expect(fr).toMatch(/illimit/i);
      const en = lead(await chat()('how many cloud incidents for Silver with cloud plattform?'));
      expect(en).toMatch(/Cloud Platform is a cloud competency/);
    });
  });

  describe('8. an old question button', () => {
    it('answers with the current context, never a crash', async () => {
      const who = person('user');
      const where = personalChat();
      const say = chat(who, where);
      const asked = await say('how many cloud incidents do we get?');
      expect(buttons(asked)).toContain('Silver');
      await say('How many on-premises incidents does Gold get?');
      const data = { verb: 'entitlement.choose', slots: { supportType: 'cloud', tier: 'silver' }, locale: 'en' };
      const replies = await bot.send(submitActivity(data, who, where));
      expect(replies.length).toBeGreaterThan(0);
      expect(buttons(replies)).toContain('Yes, a cloud competency');
    });
  });
});
