import { createRecognizer, extractSlots, Recognizer } from '../src/nlu';

/** The product slot: a named product decides the support type; a name in both forms is left to ask. */
describe('products in a message', () => {
  it.each([
    ['how many incidents for Office 365 problems', 'en', { product: 'microsoft365', supportType: 'cloud' }],
    ['сколько инцидентов для офис 365', 'ru', { product: 'microsoft365', supportType: 'cloud' }],
    ["combien d'incidents pour Exchange en ligne", 'fr', { product: 'exchangeOnline', supportType: 'cloud' }],
    ['silver, SQL Server 2019 issue', 'en', { tier: 'silver', product: 'sqlServer', supportType: 'onPremises' }],
    ['проблема с виндовс сервер 2022', 'ru', { product: 'windowsServer', supportType: 'onPremises' }],
    ['souci avec SharePoint Server 2019', 'fr', { product: 'sharePointServer', supportType: 'onPremises' }],
    ['Entra ID sign-in problem', 'en', { product: 'entraId', supportType: 'cloud' }],
    ['Hyper-V host crashes', 'en', { product: 'hyperV', supportType: 'onPremises' }],
    // Both forms exist: no support type until the user says which.
    ['how many incidents for Exchange', 'en', { product: 'exchange' }],
    ['инциденты для шарепоинт', 'ru', { product: 'sharePoint' }],
    // …and a form word settles it.
    ['Exchange on-premises incidents', 'en', { product: 'exchangeServer', supportType: 'onPremises' }],
    ['SharePoint dans le cloud', 'fr', { product: 'sharePointOnline', supportType: 'cloud' }],
    // The name the other way round, an older release, and "teams" after a Russian or French preposition.
    ['у клиента лёг сервер SQL 2012', 'ru', { product: 'sqlServer', supportType: 'onPremises' }],
    ['notre serveur SQL plante', 'fr', { product: 'sqlServer', supportType: 'onPremises' }],
    ['a SQL 2014 instance is stuck', 'en', { product: 'sqlServer', supportType: 'onPremises' }],
    ['не проходят созвоны в teams', 'ru', { product: 'teams', supportType: 'cloud' }],
    ['les utilisateurs ne voient plus rien dans teams', 'fr', { product: 'teams', supportType: 'cloud' }],
  ] as const)('"%s" (%s)', (text, locale, expected) => {
    expect(extractSlots(text, locale)).toEqual(expected);
  });

  it('products of both kinds in one message decide nothing', () => {
    const slots = extractSlots('we run SQL Server and Azure', 'en');
    expect(slots.supportType).toBeUndefined();
    expect(slots.product).toBeUndefined();
  });

  it('ordinary words are not products ("our teams", "exchange rate")', () => {
    expect(extractSlots('how do our teams get the IDs', 'en')).toEqual({});
  });
});

describe('readings the article cannot answer, and the cases of a pasted error', () => {
  let recognizer: Recognizer;
  beforeAll(async () => {
    recognizer = await createRecognizer({ useModelFile: false });
  }, 120_000);

  it.each([
    ['How many TPD hours do we get with Gold?', 'tpdHours'],
    ['сколько часов предпродажной поддержки TPD у нас', 'tpdHours'],
    ['Quel est le numéro de téléphone du support partenaire ?', 'phoneNumber'],
    ['цена Advanced Support for Partners', 'planPrice'],
    ['Solutions Partner for Modern Work: how many incidents?', 'solutionsPartner'],
  ])('"%s" asks for a fact the article does not give (%s)', async (text, fact) => {
    expect((await recognizer.recognize(text)).unknownFact).toBe(fact);
  });

  it.each(['my phone is broken', 'mon téléphone est cassé', 'What is Premier Support for Partners?', 'what is TPD', 'how many incidents does Gold get'])(
    '"%s" is not such a question',
    async (text) => {
      expect((await recognizer.recognize(text)).unknownFact).toBeUndefined();
    },
  );

  it.each([
    ['This Access ID is already associated to an account, our contract expired', 'invalid'],
    ['Azure: уже связан, хотя мы добавили контракт раньше для локальной поддержки', 'linkedBefore'],
    ["Azure dit que l'ID d'accès est déjà associé alors que le pack Signature est vide", 'invalid'],
    ['You are not authorized for this action — we use our MPN account', 'mpnAccount'],
    ["Looks like you don't have any benefits yet, our membership lapsed", 'noMembership'],
    ['This Access ID is already associated to an account', undefined],
  ])('"%s" → %s', async (text, situation) => {
    expect((await recognizer.recognize(text)).situation).toBe(situation);
  });
});
