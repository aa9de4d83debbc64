import { COMPOSERS } from '../src/answers';
import { LINKS, UI_TEXT } from '../src/domain/catalog';
import { calculateEntitlement } from '../src/domain/entitlements';
import { Locale, TopicIntent } from '../src/domain/types';
import { Phrasing, PHRASINGS } from './fixtures/phrasings';
import { messageActivity, person, personalChat } from './support/activities';
import { Reply, RunningBot, startBot, visibleText } from './support/botServer';

/**
 * The held-out phrasings (never seen in training) sent through the real bot over HTTP, as a user's
 * questions would be. Each reply must carry the facts of the topic asked, in the user's language.
 */
const FACTS: Record<Exclude<TopicIntent, 'incidents'>, string[]> = {
  cloudCompetencies: ['Cloud Business Applications', 'Enterprise Mobility Management', 'Small and Midmarket Cloud Solutions'],
  activation: ['Global admin', 'MPN partner admin', LINKS.technicalBenefits],
  ids: ['Access ID', 'Contract ID'],
  errorNotAuthorized: [UI_TEXT.errorNotAuthorized, 'MPN'],
  errorNoBenefits: [UI_TEXT.errorNoBenefits, UI_TEXT.signInWithAnotherAccount],
  onPremisesRequest: ['Support for Business', LINKS.supportForBusiness],
  incidentsRemaining: ['Support for Business', LINKS.supportForBusiness],
  cloudRequest: [UI_TEXT.helpAndSupport, UI_TEXT.linkSupportBenefits],
  errorAccessIdAssociated: [UI_TEXT.errorAccessIdAssociated, UI_TEXT.newSupportRequest],
  csp: [UI_TEXT.serviceManagement, 'Cloud Solution Provider'],
  paidPlans: ['Premier Support for Partners', 'Advanced Support for Partners'],
  tpd: ['Technical Presales and Deployment'],
  coverage: [],
};

const UNLIMITED: Record<Locale, RegExp> = { en: /unlimited/i, ru: /неогранич|без ограничений/i, fr: /illimit/i };
const TIER_BUTTONS = ['Action Pack', 'Silver', 'Gold'];

/** Titles of every button in the replies' cards (card actions and ActionSets in the body). */
function buttons(replies: Reply[]): string[] {
  const titles: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.title === 'string') titles.push(o.title);
      Object.values(o).forEach(walk);
    }
  };
  replies.forEach((r) => walk(r.attachments?.map((a) => a.content)));
  return titles;
}

/** What the reply must show for this phrasing; returns the problems found, none when right. */
function check(p: Phrasing, replies: Reply[]): string[] {
  const text = visibleText(replies);
  const problems: string[] = [];
  const need = (fact: string) => {
    if (!text.includes(fact)) problems.push(`missing "${fact.slice(0, 60)}"`);
  };
  if (p.intent !== 'incidents') {
    FACTS[p.intent].forEach(need);
    // The topic's own summary, in the user's language: right topic and right language at once.
    need(COMPOSERS[p.intent]({ locale: p.locale, slots: {} }).summary);
    return problems;
  }
  const s = p.slots ?? {};
  if (!s.tier) {
    if (!TIER_BUTTONS.every((b) => buttons(replies).includes(b))) problems.push('did not ask the membership with buttons');
    return problems;
  }
  if (!s.supportType) {
    if (buttons(replies).length < 2) problems.push('did not ask on-premises or cloud with buttons');
    return problems;
  }
  const result = calculateEntitlement({ tier: s.tier, supportType: s.supportType, competency: s.competency, competencyKind: s.competencyKind });
  if (result.status === 'needsCompetency') {
    need('Security');
    if (buttons(replies).length < 2) problems.push('did not ask about the competency with buttons');
    return problems;
  }
  const summary = replies.map((r) => String(r.summary ?? '')).join(' ');
  const a = result.allowance;
  if (a.kind === 'count' && !new RegExp(`\\b${a.incidents}\\b`).test(summary)) problems.push(`summary lacks ${a.incidents}: ${summary}`);
  if (a.kind === 'unlimited' && !UNLIMITED[p.locale].test(summary)) problems.push(`summary lacks unlimited: ${summary}`);
  if (a.kind === 'none' && !summary.includes('Signature Cloud Support')) problems.push(`summary lacks the no-cloud reason: ${summary}`);
  // Never a number nobody asked for in the one-sentence answer.
  const numbers = summary.match(/\b\d+\b/g) ?? [];
  // Action Pack cloud: the reason names what Action Pack does include (its on-premises incidents).
  const onPrem = calculateEntitlement({ tier: s.tier, supportType: 'onPremises' });
  const allowed =
    a.kind === 'count' ? [String(a.incidents)] : a.kind === 'none' && onPrem.status === 'answered' && onPrem.allowance.kind === 'count' ? [String(onPrem.allowance.incidents)] : [];
  const stray = numbers.filter((n) => !allowed.includes(n));
  if (stray.length) problems.push(`summary states other numbers ${stray.join(',')}: ${summary}`);
  return problems;
}

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
      const replies = await bot.send(messageActivity(p.text, person('user'), personalChat(), `${p.locale}-${p.locale === 'en' ? 'US' : p.locale.toUpperCase()}`));
      const problems = check(p, replies);
      if (problems.length) failures.push(`[${p.intent}] "${p.text}": ${problems.join('; ')}`);
    }
    const perTopic = new Map<string, number>();
    for (const p of set) perTopic.set(p.intent, (perTopic.get(p.intent) ?? 0) + 1);
    expect(Math.min(...perTopic.values())).toBeGreaterThanOrEqual(15);
    expect(failures).toEqual([]);
  });

  it('answers in the language of the message even when the Teams locale is another one', async () => {
    const ru = await bot.send(messageActivity('Где создать запрос для локального продукта?', person('u'), personalChat(), 'en-US'));
    expect(visibleText(ru)).toContain(COMPOSERS.onPremisesRequest({ locale: 'ru', slots: {} }).summary);
    const fr = await bot.send(messageActivity('Où ouvrir une demande pour un produit local ?', person('u'), personalChat(), 'ru-RU'));
    expect(visibleText(fr)).toContain(COMPOSERS.onPremisesRequest({ locale: 'fr', slots: {} }).summary);
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
