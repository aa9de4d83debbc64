import { EntitlementSlots, Locale, Tier, TopicIntent } from '../src/domain/types';
import { Phrasing, PHRASINGS } from './fixtures/phrasings';
import { messageActivity, person, personalChat } from './support/activities';
import { Reply, RunningBot, startBot, visibleText } from './support/botServer';
import { normalize } from './support/leakCheck';
import { buttonTitles as buttons } from './support/replies';

/**
 * The held-out phrasings (never seen in training) sent through the real bot over HTTP, as a user's
 * questions would be. Each reply must carry the facts of the topic asked, in the language of the
 * message. Every expected value is written here, from the article ("Technical Support for
 * On-premises or Cloud products", 2021-03-04): nothing is read back from src/.
 */

// What the article shows on screen or names, quoted in English in every language.
const TECHNICAL_BENEFITS_URL = 'https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical';
const SUPPORT_FOR_BUSINESS_URL = 'https://support.serviceshub.microsoft.com/supportforbusiness/create';
const REMAINING_KB_URL =
  'https://support.microsoft.com/topic/how-many-partner-support-incidents-are-remaining-e8220db5-14f6-93db-4b4a-35766e11b3c3';
const TPD_URL = 'https://docs.microsoft.com/partner-center/technical-benefits';
const COMPARE_PLANS_URL = 'https://partner.microsoft.com/support/partnersupport';
const NOT_AUTHORIZED = 'You are not authorized for this action';
const NO_BENEFITS = "Looks like you don't have any benefits yet";
const ALREADY_ASSOCIATED =
  'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID';
const CLOUD_COMPETENCY_NAMES = [
  'Security',
  'Cloud Business Applications',
  'Cloud Platform',
  'Cloud Productivity',
  'Enterprise Mobility Management',
  'Small and Midmarket Cloud Solutions',
];
const TIER_NAMES: Record<Tier, string> = { actionPack: 'Action Pack', silver: 'Silver', gold: 'Gold' };

/** Per topic: what the whole reply must show, and what its one-sentence summary must name. */
const FACTS: Record<Exclude<TopicIntent, 'incidents'>, { reply: string[]; summary: string[] }> = {
  cloudCompetencies: { reply: CLOUD_COMPETENCY_NAMES, summary: ['Cloud Platform', 'Enterprise Mobility Management'] },
  activation: { reply: ['Global admin', 'MPN partner admin', 'Activate', TECHNICAL_BENEFITS_URL], summary: ['Global admin', 'MPN partner admin'] },
  ids: { reply: ['Access ID', 'Contract ID', 'Technical benefits', TECHNICAL_BENEFITS_URL], summary: ['Access ID', 'Contract ID'] },
  errorNotAuthorized: { reply: [NOT_AUTHORIZED, 'MPN', 'CSP'], summary: [NOT_AUTHORIZED] },
  errorNoBenefits: { reply: [NO_BENEFITS, 'Sign-in with another account', 'Account'], summary: [NO_BENEFITS] },
  onPremisesRequest: { reply: ['Support for Business', SUPPORT_FOR_BUSINESS_URL, 'AAD', 'MSA'], summary: ['Support for Business', 'AAD'] },
  incidentsRemaining: {
    reply: ['Support for Business', SUPPORT_FOR_BUSINESS_URL, REMAINING_KB_URL, 'Windows 10', 'Partner Support'],
    summary: ['Support for Business', 'LCS'],
  },
  cloudRequest: {
    reply: ['Help + Support', 'Support Plans', 'Link support benefits', '+ New Support request'],
    summary: ['Help + Support', 'Link support benefits'],
  },
  errorAccessIdAssociated: { reply: [ALREADY_ASSOCIATED, '+ New Support request', 'Link support benefits'], summary: [ALREADY_ASSOCIATED] },
  csp: { reply: ['Cloud Solution Provider', 'Admin agent', 'Customers', 'Service Management', 'New request'], summary: ['Cloud Solution Provider'] },
  paidPlans: {
    reply: ['Premier Support for Partners', 'Advanced Support for Partners', COMPARE_PLANS_URL],
    summary: ['Premier Support for Partners', 'Advanced Support for Partners'],
  },
  tpd: { reply: ['Technical Presales and Deployment', TPD_URL], summary: ['Technical Presales and Deployment'] },
  coverage: { reply: ['Microsoft Product Support', 'Signature Cloud Support'], summary: [] },
};

/** The article's table "Technical Support entitlement and supported products". */
const ON_PREMISES_INCIDENTS: Record<Tier, number> = { actionPack: 10, silver: 15, gold: 20 };
/** Signature Cloud Support: unlimited with a cloud competency, else these; Action Pack has none. */
const CLOUD_OTHER_INCIDENTS: Record<Exclude<Tier, 'actionPack'>, number> = { silver: 5, gold: 10 };
const CLOUD_COMPETENCIES = [
  'security',
  'cloudBusinessApplications',
  'cloudPlatform',
  'cloudProductivity',
  'enterpriseMobilityManagement',
  'smallMidmarketCloudSolutions',
];

type Expected =
  | { ask: 'tier' | 'supportType' | 'competency' }
  | { incidents: number }
  | { unlimited: true }
  | { noCloud: true; onPremises: number }
  /** A tier with no support type: both rows in one sentence (the cloud row unlimited with a cloud competency, else this many). */
  | { bothRows: true; onPremises: number; cloudOther: number };

/** What the bot must answer to an entitlement question naming these slots, from the table above. */
function expectedFor(s: Partial<EntitlementSlots>): Expected {
  if (!s.tier) return { ask: 'tier' };
  if (!s.supportType) {
    // Asking "on-premises or cloud?" would not change much: the answer gives both rows at once.
    if (s.tier === 'actionPack') return { noCloud: true, onPremises: ON_PREMISES_INCIDENTS.actionPack };
    return { bothRows: true, onPremises: ON_PREMISES_INCIDENTS[s.tier], cloudOther: CLOUD_OTHER_INCIDENTS[s.tier] };
  }
  if (s.supportType === 'onPremises') return { incidents: ON_PREMISES_INCIDENTS[s.tier] };
  if (s.tier === 'actionPack') return { noCloud: true, onPremises: ON_PREMISES_INCIDENTS.actionPack };
  const kind = s.competency ? (CLOUD_COMPETENCIES.includes(s.competency) ? 'cloud' : 'other') : s.competencyKind;
  if (!kind) return { ask: 'competency' };
  return kind === 'cloud' ? { unlimited: true } : { incidents: CLOUD_OTHER_INCIDENTS[s.tier] };
}

/** The choices offered for a missing slot, in each language (product names stay English). */
const CHOICES: Record<'tier' | 'supportType' | 'competency', Record<Locale, RegExp[]>> = {
  tier: {
    en: [/^Action Pack$/, /^Silver$/, /^Gold$/],
    ru: [/^Action Pack$/, /^Silver$/, /^Gold$/],
    fr: [/^Action Pack$/, /^Silver$/, /^Gold$/],
  },
  supportType: {
    en: [/on-?prem/i, /^cloud$/i],
    ru: [/^локальн/i, /^облачн/i],
    fr: [/^(locaux|sur site|local)/i, /^cloud$/i],
  },
  competency: {
    en: [/yes.*cloud competency/i, /no.*(another|other) competency/i],
    ru: [/да.*облачн.*компетенц/i, /нет.*друг.*компетенц/i],
    fr: [/oui.*compétence cloud/i, /non.*autre compétence/i],
  },
};

const UNLIMITED: Record<Locale, RegExp> = { en: /unlimited/i, ru: /неогранич|без ограничений|безлимит|без лимита/i, fr: /illimit/i };

// Words only one of English and French uses; enough of them tell the two apart in a sentence.
const STOPWORDS: Record<'en' | 'fr', Set<string>> = {
  en: new Set(['the', 'you', 'your', 'and', 'with', 'get', 'for', 'this', 'are', 'of', 'to', 'is', 'or', 'only', 'which', 'have', 'do', 'can', 'that', 'it', 'in']),
  fr: new Set(['le', 'la', 'les', 'des', 'vous', 'votre', 'et', 'pour', 'avec', 'est', 'une', 'du', 'dans', 'sur', 'pas', 'aux', 'ou', 'quel', 'quelle', 'au', 'que', 'de', 'en']),
};
/** English names the answers quote in every language: left out before telling the language. */
const QUOTED_ENGLISH = [
  ALREADY_ASSOCIATED,
  NOT_AUTHORIZED,
  NO_BENEFITS,
  'Technical Presales and Deployment services (TPD)',
  'Premier Support for Partners',
  'Advanced Support for Partners',
  'Microsoft Product Support',
  'Signature Cloud Support',
  'Partner On-premises Support',
  'Partner Cloud Support',
  'Support for Business',
  'Cloud Solution Provider',
  'Sign-in with another account',
  'Link support benefits',
  '+ New Support request',
  'Help + Support',
  'Support Plans',
  'Technical benefits',
  'Technical Support for On-premises or Cloud products',
  'Access ID',
  'Contract ID',
  ...CLOUD_COMPETENCY_NAMES,
];

/** `text` without the English names every language quotes, and without links. */
function ownWords(text: string): string {
  let own = text.replace(/https?:\/\/\S+/g, ' ');
  for (const quoted of QUOTED_ENGLISH) own = own.split(quoted).join(' ');
  return own;
}

/** Problems when `text` is not written in `locale` (empty when it is). */
function languageProblems(text: string, locale: Locale): string[] {
  const own = ownWords(text);
  const letters = own.match(/\p{L}/gu) ?? [];
  const cyrillic = letters.filter((c) => /[\u0400-\u04ff]/.test(c)).length;
  if (locale === 'ru') return cyrillic * 2 >= letters.length && letters.length > 0 ? [] : [`not Russian: ${text.slice(0, 200)}`];
  if (cyrillic > 0) return [`Cyrillic in a ${locale} reply: ${text.slice(0, 200)}`];
  const words = normalize(own).split(' ');
  const count = (l: 'en' | 'fr') => words.filter((w) => STOPWORDS[l].has(w)).length;
  const other = locale === 'en' ? 'fr' : 'en';
  return count(locale) > count(other) ? [] : [`not ${locale === 'en' ? 'English' : 'French'}: ${text.slice(0, 200)}`];
}

/**
 * The reply is in `locale`: its one-sentence summary (when it has words of its own, not just quoted
 * names) and the prose of its cards (lines of three words or more; style values are single words).
 */
function replyLanguageProblems(summary: string, text: string, locale: Locale): string[] {
  const prose = text.split('\n').filter((line) => normalize(ownWords(line)).split(' ').length >= 3).join('\n');
  const summaryHasWords = normalize(ownWords(summary)).split(' ').length >= 3;
  return [...(summaryHasWords ? languageProblems(summary, locale) : []), ...languageProblems(prose, locale)];
}

/** What the reply must show for this phrasing; returns the problems found, none when right. */
function check(p: Phrasing, replies: Reply[]): string[] {
  const text = visibleText(replies);
  const summary = replies.map((r) => String(r.summary ?? '')).join(' ');
  const problems = replyLanguageProblems(summary, text, p.locale);
  const need = (where: string, fact: string) => {
    if (!where.includes(fact)) problems.push(`missing "${fact.slice(0, 60)}"${where === summary ? ' in the summary' : ''}`);
  };
  if (p.intent !== 'incidents') {
    FACTS[p.intent].reply.forEach((f) => need(text, f));
    FACTS[p.intent].summary.forEach((f) => need(summary, f));
    return problems;
  }
  const s = p.slots ?? {};
  const expected = expectedFor(s);
  if ('ask' in expected) {
    const offered = buttons(replies);
    const wanted = CHOICES[expected.ask][p.locale];
    const right = offered.length === wanted.length && wanted.every((re, i) => re.test(offered[i]));
    if (!right) problems.push(`asked the ${expected.ask} with buttons [${offered.join(' | ')}]`);
    if (expected.ask !== 'tier') need(summary, TIER_NAMES[s.tier!]);
    if (expected.ask === 'competency') CLOUD_COMPETENCY_NAMES.forEach((c) => need(text, c));
    return problems;
  }
  if ('incidents' in expected && !new RegExp(`\\b${expected.incidents}\\b`).test(summary)) problems.push(`summary lacks ${expected.incidents}: ${summary}`);
  if ('unlimited' in expected && !UNLIMITED[p.locale].test(summary)) problems.push(`summary lacks unlimited: ${summary}`);
  if ('noCloud' in expected) need(summary, 'Signature Cloud Support');
  if ('bothRows' in expected) {
    for (const n of [expected.onPremises, expected.cloudOther]) {
      if (!new RegExp(`\\b${n}\\b`).test(summary)) problems.push(`summary lacks ${n}: ${summary}`);
    }
    if (!UNLIMITED[p.locale].test(summary)) problems.push(`summary lacks unlimited: ${summary}`);
  }
  // Never a number nobody asked for in the one-sentence answer; Action Pack's "no cloud" names its on-premises incidents.
  const allowed =
    'incidents' in expected
      ? [expected.incidents]
      : 'noCloud' in expected
        ? [expected.onPremises]
        : 'bothRows' in expected
          ? [expected.onPremises, expected.cloudOther]
          : [];
  const stray = (summary.match(/\b\d+\b/g) ?? []).filter((n) => !allowed.map(String).includes(n));
  if (stray.length) problems.push(`summary states other numbers ${stray.join(',')}: ${summary}`);
  return problems;
}

const TEAMS_LOCALE: Record<Locale, string> = { en: 'en-US', ru: 'ru-RU', fr: 'fr-FR' };
/** Another language's Teams client: the reply must follow the message, not the client. */
const OTHER_CLIENT: Record<Locale, Locale> = { en: 'fr', ru: 'en', fr: 'ru' };

describe('questions from the held-out set get the facts of their topic, in their language', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());

  it.each(['en', 'ru', 'fr'] as const)('%s: at least 15 phrasings per topic, each answered with its facts', async (locale) => {
    const set = PHRASINGS.filter((p) => p.locale === locale);
    const failures: string[] = [];
    for (const p of set) {
      // One or two words carry no language: the Teams locale decides, so it is the message's one.
      const client = normalize(p.text).split(' ').length <= 2 ? p.locale : OTHER_CLIENT[p.locale];
      const replies = await bot.send(messageActivity(p.text, person(`user-${client}`), personalChat(), TEAMS_LOCALE[client]));
      const problems = check(p, replies);
      if (problems.length) failures.push(`[${p.intent}] "${p.text}" (Teams ${client}): ${problems.join('; ')}`);
    }
    const perTopic = new Map<string, number>();
    for (const p of set) perTopic.set(p.intent, (perTopic.get(p.intent) ?? 0) + 1);
    expect(Math.min(...perTopic.values())).toBeGreaterThanOrEqual(15);
    expect(failures).toEqual([]);
  });

  it('answers in the language of the message even when the Teams locale is another one', async () => {
    const ru = await bot.send(messageActivity('Где создать запрос для локального продукта?', person('u'), personalChat(), 'en-US'));
    const ruSummary = ru.map((r) => String(r.summary ?? '')).join(' ');
    expect(languageProblems(ruSummary, 'ru')).toEqual([]);
    expect(ruSummary).toContain('Support for Business');
    const fr = await bot.send(messageActivity('Où ouvrir une demande pour un produit local ?', person('u'), personalChat(), 'ru-RU'));
    const frSummary = fr.map((r) => String(r.summary ?? '')).join(' ');
    expect(languageProblems(frSummary, 'fr')).toEqual([]);
    expect(frSummary).toContain('Support for Business');
  });

  it('out of scope: says what it can help with and states no incident number', async () => {
    for (const [text, locale] of [
      ["what's the weather tomorrow?", 'en-US'],
      ['как приготовить борщ', 'ru-RU'],
      ['quelle heure est-il ?', 'fr-FR'],
    ] as const) {
      const replies = await bot.send(messageActivity(text, person('u'), personalChat(), locale));
      const summary = replies.map((r) => String(r.summary ?? r.text ?? '')).join(' ');
      expect(summary).not.toMatch(/\d/);
      expect(buttons(replies).length).toBeGreaterThan(0);
    }
  });
});

describe('the checks of this file', () => {
  it('tell the three languages apart, English quotes aside', () => {
    expect(languageProblems(`« ${NOT_AUTHORIZED} » signifie que le compte utilisé est associé uniquement au CSP.`, 'fr')).toEqual([]);
    expect(languageProblems(`“${NOT_AUTHORIZED}” means the account you signed in with is associated only with CSP.`, 'fr')).not.toEqual([]);
    expect(languageProblems(`“${NOT_AUTHORIZED}” means the account you signed in with is associated only with CSP.`, 'en')).toEqual([]);
    expect(languageProblems('Партнеры с компетенцией Gold получают 20 инцидентов Microsoft Product Support.', 'ru')).toEqual([]);
    expect(languageProblems('Gold competency partners get 20 incidents of Microsoft Product Support.', 'ru')).not.toEqual([]);
  });

  it('expect the article’s figures', () => {
    expect(expectedFor({ tier: 'gold', supportType: 'onPremises' })).toEqual({ incidents: 20 });
    expect(expectedFor({ tier: 'silver', supportType: 'cloud', competency: 'other' })).toEqual({ incidents: 5 });
    expect(expectedFor({ tier: 'gold', supportType: 'cloud', competency: 'security' })).toEqual({ unlimited: true });
    expect(expectedFor({ tier: 'actionPack', supportType: 'cloud' })).toEqual({ noCloud: true, onPremises: 10 });
    expect(expectedFor({ tier: 'gold', supportType: 'cloud' })).toEqual({ ask: 'competency' });
    expect(expectedFor({ tier: 'silver' })).toEqual({ bothRows: true, onPremises: 15, cloudOther: 5 });
    expect(expectedFor({ tier: 'actionPack' })).toEqual({ noCloud: true, onPremises: 10 });
  });
});
