import { extractSlots } from '../src/nlu';

describe('tier', () => {
  it.each([
    ['we are Microsoft Action Pack', 'actionPack'],
    ['MAPS subscriber', 'actionPack'],
    ['у нас экшн пак', 'actionPack'],
    ['acton pack', 'actionPack'],
    ['Silver', 'silver'],
    ['slver', 'silver'],
    ['серебряный партнер', 'silver'],
    ['сильвер', 'silver'],
    ['partenaire argenté', 'silver'],
    ['Gold', 'gold'],
    ['gol', 'gold'],
    ['золотая компетенция', 'gold'],
    ['Gold-партнер', 'gold'],
    ['голд', 'gold'],
  ])('"%s" → %s', (text, tier) => {
    expect(extractSlots(text).tier).toBe(tier);
  });

  it('reads French "or" as Gold only in a tier context', () => {
    expect(extractSlots('partenaire Or', 'fr').tier).toBe('gold');
    expect(extractSlots('niveau or, combien ?', 'fr').tier).toBe('gold');
    expect(extractSlots('compétence Or en Cloud Platform', 'fr').tier).toBe('gold');
    expect(extractSlots('nous sommes or', 'fr').tier).toBe('gold');
    expect(extractSlots('Or', 'fr').tier).toBe('gold');
    // "or" the conjunction ("now", "yet")
    expect(extractSlots('Or, je ne vois aucun incident', 'fr').tier).toBeUndefined();
    expect(extractSlots("je suis silver, or je n'ai pas d'incident cloud", 'fr')).toEqual({
      tier: 'silver',
      supportType: 'cloud',
    });
    // English "or"
    expect(extractSlots('cloud or on-prem?', 'en')).toEqual({});
    expect(extractSlots('partner or customer', 'en').tier).toBeUndefined();
    expect(extractSlots('Or', 'en').tier).toBeUndefined();
  });

  it('reads French "argent" as Silver only in a tier context', () => {
    expect(extractSlots('partenaire argent', 'fr').tier).toBe('silver');
    expect(extractSlots("combien d'argent coûte Premier ?", 'fr').tier).toBeUndefined();
  });

  it('names no tier when several are named', () => {
    expect(extractSlots('silver or gold, how many incidents?').tier).toBeUndefined();
    expect(extractSlots('Silver ou Or ?', 'fr').tier).toBeUndefined();
  });

  it('does not read common words one letter away from a tier as typos of it', () => {
    for (const text of ['I was told to hold', 'it is sold separately', 'a cold day', 'the solver']) {
      expect(extractSlots(text).tier).toBeUndefined();
    }
  });
});

describe('support type', () => {
  it.each([
    ['on-premises', 'onPremises'],
    ['on premise', 'onPremises'],
    ['onprem', 'onPremises'],
    ['on prem', 'onPremises'],
    ['локальные продукты', 'onPremises'],
    ['он-прем', 'onPremises'],
    ['sur site', 'onPremises'],
    ['Microsoft Product Support', 'onPremises'],
    ['cloud', 'cloud'],
    ['clod', 'cloud'],
    ['облако', 'cloud'],
    ['облачные инциденты', 'cloud'],
    ['dans le nuage', 'cloud'],
    ['Signature Cloud Support', 'cloud'],
    ['Azure', 'cloud'],
  ])('"%s" → %s', (text, supportType) => {
    expect(extractSlots(text).supportType).toBe(supportType);
  });

  it('reads French "local" as on-premises only in French', () => {
    expect(extractSlots('support local', 'fr').supportType).toBe('onPremises');
    expect(extractSlots('produits locaux', 'fr').supportType).toBe('onPremises');
    expect(extractSlots('local partner', 'en').supportType).toBeUndefined();
  });

  it('does not take the "cloud" inside a competency or a product name for cloud support', () => {
    expect(extractSlots('gold in Cloud Platform, on-prem incidents?')).toEqual({
      tier: 'gold',
      competency: 'cloudPlatform',
      supportType: 'onPremises',
    });
    expect(extractSlots('silver with a cloud competency')).toEqual({ tier: 'silver', competencyKind: 'cloud' });
    expect(extractSlots('Cloud Solution Provider support plan')).toEqual({});
    expect(extractSlots('fournisseur de solutions cloud', 'fr')).toEqual({});
  });
});

describe('competency', () => {
  it.each([
    ['Security', 'security'],
    ['compétence de sécurité', 'security'],
    ['безопасность', 'security'],
    ['Cloud Business Applications', 'cloudBusinessApplications'],
    ['облачные бизнес-приложения', 'cloudBusinessApplications'],
    ['Cloud Platform', 'cloudPlatform'],
    ['plateforme cloud', 'cloudPlatform'],
    ['облачная платформа', 'cloudPlatform'],
    ['Cloud Productivity', 'cloudProductivity'],
    ['productivité du cloud', 'cloudProductivity'],
    ['производительность облака', 'cloudProductivity'],
    ['Enterprise Mobility Management', 'enterpriseMobilityManagement'],
    ['EMM', 'enterpriseMobilityManagement'],
    ["gestion de la mobilité d'entreprise", 'enterpriseMobilityManagement'],
    ['управление мобильностью предприятия', 'enterpriseMobilityManagement'],
    ['Small and Midmarket Cloud Solutions', 'smallMidmarketCloudSolutions'],
    ['SMB', 'smallMidmarketCloudSolutions'],
    ['облачные решения для малого и среднего бизнеса', 'smallMidmarketCloudSolutions'],
    ['solutions cloud petites et moyennes', 'smallMidmarketCloudSolutions'],
    ['Data Analytics', 'other'],
    ['Application Development', 'other'],
    ['Datacenter', 'other'],
    ['Collaboration and Content', 'other'],
    ['Windows and Devices', 'other'],
    ['Data Platform', 'other'],
    ['plateforme de données', 'other'],
    ['аналитика данных', 'other'],
    ["développement d'applications", 'other'],
  ])('"%s" → %s', (text, competency) => {
    expect(extractSlots(text).competency).toBe(competency);
  });

  it('keeps Data Platform apart from Cloud Platform', () => {
    expect(extractSlots('Data Platform').competency).toBe('other');
    expect(extractSlots('Cloud Platform').competency).toBe('cloudPlatform');
  });

  it('gives the kind when several competencies of one kind are named', () => {
    expect(extractSlots('Security and Cloud Platform')).toEqual({ competencyKind: 'cloud' });
    expect(extractSlots('Datacenter and Data Analytics')).toEqual({ competency: 'other' });
    expect(extractSlots('Security and Datacenter')).toEqual({});
  });
});

describe('competency kind', () => {
  it.each([
    ['a cloud competency', 'cloud'],
    ['облачная компетенция', 'cloud'],
    ['компетенции облака', 'cloud'],
    ['compétence cloud', 'cloud'],
    ['compétences du cloud', 'cloud'],
    ['other competency', 'other'],
    ['another competancy', 'other'],
    ['non-cloud competency', 'other'],
    ['другая компетенция', 'other'],
    ['autre compétence', 'other'],
  ])('"%s" → %s', (text, kind) => {
    expect(extractSlots(text, 'fr').competencyKind).toBe(kind);
  });

  it('is left out when a competency is named', () => {
    expect(extractSlots('Data Analytics, another competency')).toEqual({ competency: 'other' });
  });
});

describe('a support type ruled out beside the other one', () => {
  it.each([
    ['облака нет, только онпрем', 'ru', 'onPremises'],
    ['онпремис', 'ru', 'onPremises'],
    ['no cloud here, all on-prem', 'en', 'onPremises'],
    ['not on-premises, it is cloud', 'en', 'cloud'],
    ['rien en local, tout est dans le cloud', 'fr', 'cloud'],
  ] as const)('"%s" (%s) → %s', (text, locale, supportType) => {
    expect(extractSlots(text, locale).supportType).toBe(supportType);
  });
});

describe('"… or not" asks, it rules nothing out', () => {
  it.each([
    ['облако или нет, и сколько на локальные?', 'ru'],
    ['cloud or not, how many on-prem?', 'en'],
  ] as const)('"%s" (%s) names both and decides neither', (text, locale) => {
    expect(extractSlots(text, locale).supportType).toBeUndefined();
  });
});

describe('a tier ruled out, and a tier supposed', () => {
  it.each([
    ['nope, definitely not Gold', 'en', undefined],
    ['точно не голд', 'ru', undefined],
    ['suppose we were Gold, then?', 'en', 'gold'],
    ['а если бы мы были голд?', 'ru', 'gold'],
    ['et si nous étions Gold ?', 'fr', 'gold'],
    ['our tier is not Gold, whatever the wiki says', 'en', undefined],
    ['were gold', 'en', 'gold'],
  ] as const)('"%s" (%s) → %s', (text, locale, tier) => {
    expect(extractSlots(text, locale).tier).toBe(tier);
  });
});
