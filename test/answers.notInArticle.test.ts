import { messageActivity, person, personalChat, submitActivity } from './support/activities';
import { Reply, RunningBot, startBot } from './support/botServer';
import { cardButtons as buttons } from './support/replies';

/**
 * Questions about facts the article does not give, through the real bot over HTTP: the reply's first
 * sentence says the source does not say it, in the message's language, states no number, and the card
 * offers the helpdesk with the question in the button's data.
 */

/** The reply's first sentence as Teams shows it first: the card's fallbackText, else the text. */
function lead(replies: Reply[]): string {
  const card = replies[0]?.attachments?.[0]?.content as { fallbackText?: string } | undefined;
  return String(card?.fallbackText ?? replies[0]?.text ?? '');
}

const HELPDESK_BUTTON = { en: 'Ask the helpdesk', ru: 'Спросить службу поддержки', fr: 'Demander au support interne' } as const;

const CASES: Array<{ text: string; locale: 'en' | 'ru' | 'fr'; lead: RegExp; mustShow?: string[] }> = [
  // TPD hours
  { text: 'How many TPD hours do we get with Gold?', locale: 'en', lead: /^The article does not say how many hours of Technical Presales and Deployment services/ },
  { text: 'Сколько часов TPD у Gold?', locale: 'ru', lead: /^В статье не сказано, сколько часов Technical Presales and Deployment services/ },
  { text: "Combien d'heures TPD avec Gold ?", locale: 'fr', lead: /^L’article ne dit pas combien d’heures de Technical Presales and Deployment services/ },
  // Phone number
  { text: "What's the phone number for Microsoft partner support?", locale: 'en', lead: /^The article does not give a phone number/, mustShow: ['Support for Business'] },
  { text: 'Какой номер телефона партнерской поддержки Microsoft?', locale: 'ru', lead: /^В статье не указан номер телефона партнерской поддержки/, mustShow: ['Support for Business'] },
  { text: 'Quel est le numéro de téléphone du support partenaire Microsoft ?', locale: 'fr', lead: /^L’article ne donne aucun numéro de téléphone/, mustShow: ['Support for Business'] },
  // Prices of the paid plans
  { text: 'How much does Premier Support for Partners cost?', locale: 'en', lead: /^The article does not give prices for Premier Support for Partners or Advanced Support for Partners/ },
  { text: 'Сколько стоит Advanced Support for Partners?', locale: 'ru', lead: /^В статье не указаны цены Premier Support for Partners и Advanced Support for Partners/ },
  { text: 'Quel est le prix de Premier Support for Partners ?', locale: 'fr', lead: /^L’article ne donne pas les prix de Premier Support for Partners/ },
  // Solutions Partner designations: the newer program, not CSP
  { text: 'How many incidents come with the Solutions Partner for Azure designation?', locale: 'en', lead: /^The article does not mention Solutions Partner designations/ },
  { text: 'Сколько инцидентов дает статус Solutions Partner for Azure?', locale: 'ru', lead: /^В статье ничего не сказано о статусах Solutions Partner/ },
  { text: "Combien d'incidents avec la désignation Solutions Partner for Azure ?", locale: 'fr', lead: /^L’article ne dit rien des désignations Solutions Partner/ },
  // Response times and service levels
  { text: 'How quickly will Microsoft answer a severity A incident?', locale: 'en', lead: /^The article does not say how fast Microsoft responds/ },
  { text: 'Какой срок ответа по облачному обращению?', locale: 'ru', lead: /^В статье не сказано, как быстро Microsoft отвечает/ },
  { text: 'Quels sont les délais de prise en charge pour un cas urgent ?', locale: 'fr', lead: /^L’article ne précise pas en combien de temps Microsoft répond/ },
  // The price of an extra incident (not a paid plan)
  { text: 'What would one more support incident cost us?', locale: 'en', lead: /^The article does not say what an extra incident costs/ },
  { text: 'Почём можно докупить обращения в поддержку?', locale: 'ru', lead: /^В статье не сказано, сколько стоит дополнительный инцидент/ },
  { text: 'Acheter des incidents en plus, ça coûte combien ?', locale: 'fr', lead: /^L’article ne précise pas le prix d’un incident supplémentaire/ },
  // The price of the membership, its renewal or the support itself: no price at all in the article
  { text: 'What will renewing our Silver membership set us back, price-wise?', locale: 'en', lead: /^The article gives no prices at all/ },
  { text: 'Сколько стоит продлить наше членство?', locale: 'ru', lead: /^В статье не указаны никакие цены/ },
  { text: 'Quel est le tarif de l’abonnement au support ?', locale: 'fr', lead: /^L’article ne donne aucun prix/ },
  // Azure credits
  { text: 'Do we get any Azure credits with the Gold benefits?', locale: 'en', lead: /^The article does not mention Azure credits/ },
  { text: 'Дают ли кредиты на Azure вместе с этими преимуществами?', locale: 'ru', lead: /^В статье не упоминаются кредиты Azure/ },
  { text: 'Est-ce que les avantages incluent des crédits Azure ?', locale: 'fr', lead: /^L’article ne mentionne ni crédits Azure/ },
];

describe('questions the article does not answer', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());

  it.each(CASES.map((c) => [c.locale, c.text, c] as const))('%s: "%s" → "the source does not say", no number, the helpdesk', async (_l, text, c) => {
    const replies = await bot.send(messageActivity(text, person('u'), personalChat(), 'en-US'));
    expect(replies).toHaveLength(1);
    const first = lead(replies);
    expect(first).toMatch(c.lead);
    // Never a number for what the article does not give.
    expect(first).not.toMatch(/\d/);
    const json = JSON.stringify(replies[0].attachments);
    for (const fact of c.mustShow ?? []) expect(json).toContain(fact);
    // Never another topic's card: not the CSP card, not an entitlement table, not a clarifying question.
    expect(json).not.toContain('Cloud Solution Provider');
    expect(json).not.toMatch(/"type":"Table"|"ColumnSet".*Gold.*Silver/);
    const helpdesk = buttons(replies).find((b) => b.title === HELPDESK_BUTTON[c.locale]);
    expect(helpdesk?.data).toEqual({ verb: 'helpdesk.ask', question: text, locale: c.locale });
  });

  it('the helpdesk button opens the ticket confirmation with the question filled in, in the language of the card', async () => {
    const where = personalChat();
    const cases = [
      { question: 'How many TPD hours?', locale: 'en', intro: /helpdesk will see it/ },
      { question: 'Сколько часов TPD?', locale: 'ru', intro: /Служба поддержки вашей организации/ },
      { question: 'Combien d’heures TPD ?', locale: 'fr', intro: /Le support de votre organisation/ },
    ];
    for (const c of cases) {
      const replies = await bot.send(submitActivity({ verb: 'helpdesk.ask', question: c.question, locale: c.locale }, person('u'), where, 'en-US'));
      const card = JSON.stringify(replies.map((r) => r.attachments?.map((a) => a.content)));
      expect(card).toMatch(c.intro);
      // The question the person asked is in the editable field, ready to send.
      expect(card).toContain(JSON.stringify(c.question).slice(1, -1));
    }
  });

  it('a question about TPD itself still gets the TPD card, and the paid plans their own card', async () => {
    const tpd = await bot.send(messageActivity('What is Technical Presales and Deployment?', person('u'), personalChat()));
    expect(lead(tpd)).toMatch(/^Technical Presales and Deployment services \(TPD\) is the second technical benefit/);
    const plans = await bot.send(messageActivity('What paid support plans are there for partners?', person('u'), personalChat()));
    expect(lead(plans)).toMatch(/^Microsoft sells support plans for partners/);
  });
});
