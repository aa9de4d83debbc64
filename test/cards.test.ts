import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import { adaptiveCardSchema } from 'adaptivecards-designer/lib/adaptive-card-schema';
import teamsLight from 'adaptivecards-designer/lib/hostConfigs/microsoft-teams-light.json';
import teamsDark from 'adaptivecards-designer/lib/hostConfigs/microsoft-teams-dark.json';
import {
  AnswerModel,
  COMPOSERS,
  composeActionPackCloud,
  composeEntitlementTable,
  composeNotInArticle,
  composeIncidentsAnswer,
  TableHighlight,
} from '../src/answers';
import {
  answerCard,
  CARD_NAMES,
  CardDataByName,
  CardName,
  CardRenderer,
  choiceCard,
  entitlementTableCard,
  helpCard,
  welcomeCard,
} from '../src/cards';
import { CARD_TEMPLATES } from '../src/cards/templates';
import {
  activationCardData,
  askedNotice,
  idsCardData,
  idsEditCardData,
  recordedNotice,
  rosterNotice,
} from '../src/cards/activationCards';
import { BenefitRecord } from '../src/domain/records';
import { escalationCardData, queueCardData, ticketCardData, ticketReplyCardData } from '../src/cards/ticketCards';
import type { Ticket } from '../src/domain/tickets';
import { reportCardData } from '../src/cards/reportCards';
import { figureRefusal, orgAnswerCardData, orgAnswerFormData, orgAnswerListData, reviewNoticeData } from '../src/cards/orgAnswerCards';
import type { OrgAnswer } from '../src/domain/orgAnswers';
import type { HelpdeskReport } from '../src/domain/helpdeskReport';
import { COMPETENCY_NAMES, TIER_NAMES, UI_TEXT } from '../src/domain/catalog';
import { calculateEntitlement, EntitlementResult } from '../src/domain/entitlements';
import { CLOUD_COMPETENCIES, LOCALES, Locale, TIERS } from '../src/domain/types';
import { t } from '../src/i18n/strings';
import { Situation, SITUATIONS, TroubleshooterTopic, UNKNOWN_FACTS } from '../src/domain/unknownFacts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Answered = Extract<EntitlementResult, { status: 'answered' }>;

const CARDS_DIR = path.join(__dirname, '..', 'cards');
/** Text a user typed into a form (an ID): bound as data, so it must come out untouched. */
const USER_TYPED = 'AID-${not-a-binding}';
const TEAMS_MAX_ACTIONS = 6;
const MAX_CARD_BYTES = 28 * 1024;

const HIGHLIGHTS: TableHighlight[] = TIERS.flatMap((tier) => [
  { tier, supportType: 'onPremises' as const },
  { tier, supportType: 'cloud' as const },
  { tier, supportType: 'cloud' as const, competencyKind: 'cloud' as const },
  { tier, supportType: 'cloud' as const, competencyKind: 'other' as const },
]);

/** Every card the bot can send in one locale, with the variants that switch optional parts on and off. */
function representativeCards(locale: Locale): { label: string; name: CardName; data: CardDataByName[CardName] }[] {
  const ctx = { locale, slots: {} };
  const topics = Object.values(COMPOSERS).map((compose) => compose(ctx));
  // Each troubleshooter's situations, the four facts the article does not give, Action Pack and cloud.
  const troubleshooters = (Object.entries(SITUATIONS) as [TroubleshooterTopic, readonly Situation[]][]).flatMap(
    ([topic, situations]) => situations.map((situation) => COMPOSERS[topic]({ ...ctx, situation, question: USER_TYPED })),
  );
  const unknowns = UNKNOWN_FACTS.map((unknownFact) => composeNotInArticle({ ...ctx, unknownFact, question: 'q' }));
  topics.push(...troubleshooters, ...unknowns, composeActionPackCloud(ctx));
  const incidents = [
    calculateEntitlement({ tier: 'gold', supportType: 'onPremises' }),
    calculateEntitlement({ tier: 'silver', supportType: 'cloud', competency: 'security' }),
    calculateEntitlement({ tier: 'gold', supportType: 'cloud', competencyKind: 'other' }),
    calculateEntitlement({ tier: 'actionPack', supportType: 'cloud' }),
  ].map((r) => composeIncidentsAnswer(ctx, r as Answered));
  const bare: AnswerModel = {
    ...topics[0],
    paragraphs: [],
    bullets: undefined,
    steps: undefined,
    quote: undefined,
    links: [],
    followUps: [],
  };
  const tierButtons = TIERS.map((tier) => ({
    title: TIER_NAMES[tier],
    data: { verb: 'entitlement.choose', slots: { tier }, locale },
  }));
  return [
    ...[...topics, ...incidents, bare].map((model) => ({
      label: `answer ${model.topic} ${model.title}`,
      name: 'answer' as const,
      data: answerCard(model, locale),
    })),
    {
      label: 'table, nothing highlighted',
      name: 'entitlementTable',
      data: entitlementTableCard(composeEntitlementTable(locale), locale),
    },
    ...HIGHLIGHTS.map((h) => ({
      label: `table ${JSON.stringify(h)}`,
      name: 'entitlementTable' as const,
      data: entitlementTableCard(composeEntitlementTable(locale, h), locale),
    })),
    {
      label: 'choice with buttons only',
      name: 'choice',
      data: choiceCard({ prompt: t(locale, 'clarify.tier'), choices: tierButtons }),
    },
    {
      label: 'choice with the six cloud competencies',
      name: 'choice',
      data: choiceCard({
        prompt: t(locale, 'clarify.competency', { tier: TIER_NAMES.gold }),
        items: CLOUD_COMPETENCIES.map((c) => COMPETENCY_NAMES[c]),
        choices: [
          {
            title: t(locale, 'clarify.competency.cloud'),
            data: { verb: 'entitlement.choose', slots: { competencyKind: 'cloud' } },
          },
          {
            title: t(locale, 'clarify.competency.other'),
            data: { verb: 'entitlement.choose', slots: { competencyKind: 'other' } },
          },
        ],
      }),
    },
    {
      label: 'choice answered (the choice shown, no buttons)',
      name: 'choice',
      data: choiceCard({
        prompt: t(locale, 'clarify.competency', { tier: TIER_NAMES.gold }),
        items: CLOUD_COMPETENCIES.map((c) => COMPETENCY_NAMES[c]),
        answer: t(locale, 'clarify.answered', { choice: t(locale, 'clarify.competency.cloud') }),
        choices: [],
      }),
    },
    { label: 'help', name: 'help', data: helpCard(locale) },
    { label: 'help with a lead', name: 'help', data: helpCard(locale, t(locale, 'fallback.unsure')) },
    { label: 'welcome', name: 'welcome', data: welcomeCard(locale) },
    { label: 'welcome with a name', name: 'welcome', data: welcomeCard(locale, 'Ана Müller') },
    ...activationFlowCards(locale),
    ...helpdeskCards(locale),
    ...reportCards(locale),
    ...orgAnswerCards(locale),
  ];
}

/** The activation engineer's templates (cards/activation, ids, idsEdit, notice) with their own builders. */
function activationFlowCards(locale: Locale): { label: string; name: CardName; data: CardDataByName[CardName] }[] {
  const answer = COMPOSERS.activation({ locale, slots: {} });
  const record: BenefitRecord = {
    tenantId: 'tenant-1',
    state: 'active',
    accessId: USER_TYPED,
    contractId: 'CID-0001',
    contractStart: '2025-01-01',
    contractEnd: '2026-01-01',
    incidentsRemaining: 7,
    incidentsAsOf: '2025-06-01',
    recordedBy: { userId: '29:1', name: 'Dana' },
    recordedAt: '2025-06-01T10:00:00Z',
    version: 3,
  };
  const modes = ['admin', 'member', 'adminAgent', 'outsider'] as const;
  return [
    ...modes.flatMap((mode) =>
      (['notActivated', 'active'] as const).map((state) => ({
        label: `activation ${mode} ${state}`,
        name: 'activation' as const,
        data: activationCardData(locale, { answer, mode, state, admins: state === 'active' ? [] : ['Dana', 'Lee'] }),
      })),
    ),
    { label: 'ids outsider', name: 'ids', data: idsCardData(locale, { kind: 'outsider' }) },
    { label: 'ids hidden', name: 'ids', data: idsCardData(locale, { kind: 'hidden' }) },
    {
      label: 'ids not activated',
      name: 'ids',
      data: idsCardData(locale, { kind: 'notActivated', state: 'notActivated', admins: ['Dana'] }),
    },
    { label: 'ids member', name: 'ids', data: idsCardData(locale, { kind: 'member', record }) },
    {
      label: 'ids admin',
      name: 'ids',
      data: idsCardData(locale, { kind: 'admin', record: { ...record, incidentsRemaining: undefined } }),
    },
    { label: 'ids edit', name: 'idsEdit', data: idsEditCardData(locale, record) },
    { label: 'notice recorded', name: 'notice', data: recordedNotice(locale, record, true) },
    { label: 'notice asked', name: 'notice', data: askedNotice(locale, 'Dana') },
    { label: 'notice roster', name: 'notice', data: rosterNotice(locale, []) },
  ];
}

/** The helpdesk report: with questions (one typed with a binding in it), dislikes, tickets and medians, and empty. */
function reportCards(locale: Locale): { label: string; name: CardName; data: CardDataByName[CardName] }[] {
  const zero = { 7: 0, 30: 0 };
  const empty: HelpdeskReport = {
    tenantId: 'tenant-1',
    generatedAt: '2026-11-30T12:00:00.000Z',
    unanswered: { total: zero, top: [] },
    dislikes: { total: zero, byTopic: [] },
    tickets: { total: zero, byStatus: { new: zero, assigned: zero, waiting: zero, resolved: zero, closed: zero }, byTopic: [] },
    firstReplyMs: { 7: undefined, 30: undefined },
    resolutionMs: { 7: undefined, 30: undefined },
  };
  const full: HelpdeskReport = {
    ...empty,
    orgAnswers: {
      total: { 7: 4, 30: 9 },
      byAnswer: [
        { id: 'a1', question: USER_TYPED, used: { 7: 3, 30: 7 }, likes: 2, dislikes: 1 },
        { id: 'gone', used: { 7: 1, 30: 2 }, likes: 0, dislikes: 0 },
      ],
    },
    unanswered: {
      total: { 7: 3, 30: 5 },
      top: [
        { normalized: 'how many tpd hours do we get', example: 'How many TPD hours do we get?', counts: { 7: 2, 30: 3 } },
        { normalized: USER_TYPED.toLowerCase(), example: USER_TYPED, counts: { 7: 1, 30: 2 } },
      ],
    },
    dislikes: { total: { 7: 2, 30: 3 }, byTopic: [{ topic: 'incidents', counts: { 7: 1, 30: 2 } }, { topic: 'notInArticle', counts: { 7: 1, 30: 1 } }] },
    tickets: {
      total: { 7: 2, 30: 3 },
      byStatus: { new: { 7: 1, 30: 1 }, assigned: zero, waiting: { 7: 1, 30: 1 }, resolved: zero, closed: { 7: 0, 30: 1 } },
      byTopic: [{ topic: 'activation', counts: { 7: 2, 30: 2 } }, { topic: '', counts: { 7: 0, 30: 1 } }],
    },
    firstReplyMs: { 7: 20 * 60_000, 30: 95 * 60_000 },
    resolutionMs: { 7: undefined, 30: 26 * 60 * 60_000 },
  };
  return [
    { label: 'report', name: 'report', data: reportCardData(locale, full) },
    { label: 'report empty', name: 'report', data: reportCardData(locale, empty) },
  ];
}

/** The organization's answers: the form (new, refused, editing), the answer served, added, managed, the list, the review reminder. */
function orgAnswerCards(locale: Locale): { label: string; name: CardName; data: CardDataByName[CardName] }[] {
  const desk = { userId: '29:dana', aadObjectId: 'd1', name: 'Dana' };
  const answer: OrgAnswer = {
    tenantId: 'tenant-1',
    id: 'a1',
    locale,
    question: USER_TYPED,
    phrasings: ['another way'],
    answer: `First paragraph with [a link](https://evil.example) and ${USER_TYPED}.\nSecond paragraph.`,
    origin: { kind: 'ticket', number: 42 },
    createdBy: desk,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedBy: desk,
    updatedAt: '2026-11-02T09:00:00.000Z',
    reviewDue: '2027-05-01T09:00:00.000Z',
    uses: 3,
    version: 2,
  };
  const values = { draft: 'd', question: USER_TYPED, answer: USER_TYPED, phrasings: ['a', 'b'], answerLocale: locale, origin: 'ticket' as const, ticket: 42 };
  return [
    { label: 'orgAnswerForm new', name: 'orgAnswerForm', data: orgAnswerFormData(locale, { ...values, question: '', answer: '', phrasings: [], origin: 'chat', ticket: undefined }) },
    { label: 'orgAnswerForm refused', name: 'orgAnswerForm', data: orgAnswerFormData(locale, values, figureRefusal(locale, { tier: 'silver', stated: 8, supportTypes: ['cloud'] })) },
    { label: 'orgAnswerForm edit', name: 'orgAnswerForm', data: orgAnswerFormData(locale, { ...values, edit: { id: 'a1', version: 2 } }) },
    { label: 'orgAnswer served', name: 'orgAnswer', data: orgAnswerCardData(locale, answer, { kind: 'served', asked: USER_TYPED }) },
    { label: 'orgAnswer adds', name: 'orgAnswer', data: orgAnswerCardData(locale, { ...answer, version: 1 }, { kind: 'adds' }) },
    { label: 'orgAnswer manage', name: 'orgAnswer', data: orgAnswerCardData(locale, answer, { kind: 'manage', notice: t(locale, 'orgAnswer.saved') }) },
    { label: 'orgAnswerList', name: 'orgAnswerList', data: orgAnswerListData(locale, [{ answer, likes: 1, dislikes: 2 }], 'leastHelpful') },
    { label: 'orgAnswerList empty', name: 'orgAnswerList', data: orgAnswerListData(locale, [], 'newest') },
    { label: 'notice answer review', name: 'notice', data: reviewNoticeData(locale, answer) },
  ];
}

/** The helpdesk's templates: a ticket in each state, the queue, my tickets, the confirmation and a reply. */
function helpdeskCards(locale: Locale): { label: string; name: CardName; data: CardDataByName[CardName] }[] {
  const ticket: Ticket = {
    tenantId: 'tenant-1',
    number: 42,
    status: 'new',
    requester: { userId: '29:ana', aadObjectId: 'a1', name: 'Ана Müller', conversationId: 'a:1', reference: {} },
    locale,
    question: `Partner Center says ${USER_TYPED}`,
    urgency: 'high',
    topic: 'activation',
    transcript: [
      { from: 'user', text: 'how do we activate?' },
      { from: 'bot', text: 'Sign in to Partner Center…' },
    ],
    entitlement: {
      tier: 'gold',
      competencies: ['security'],
      activation: { activated: true, state: 'active', expires: '2026-01-01' },
      incidents: { onPremises: { kind: 'count', incidents: 10 }, cloud: { kind: 'unlimited' } },
    },
    createdAt: '2026-11-30T10:00:00.000Z',
    updatedAt: '2026-11-30T10:00:00.000Z',
    version: 1,
    history: [{ at: '2026-11-30T10:00:00.000Z', kind: 'created', actor: { userId: '29:ana', name: 'Ана Müller' } }],
  };
  const roster = [{ aadObjectId: 'h1', name: 'Dana' }, { aadObjectId: 'h2' }];
  const replied: Ticket = {
    ...ticket,
    status: 'resolved',
    assignee: { userId: '29:dana', name: 'Dana' },
    deliveryProblem: 'requester:403',
    transcript: [],
    entitlement: { competencies: [], activation: { activated: false, state: 'notActivated' } },
    history: [
      ...ticket.history,
      { at: '2026-11-30T10:05:00.000Z', kind: 'reply', actor: { userId: '29:dana', name: 'Dana' }, text: 'Which tenant?' },
    ],
  };
  return [
    ...(['new', 'assigned', 'waiting', 'resolved', 'closed'] as const).map((status) => ({
      label: `ticket ${status}`,
      name: 'ticket' as const,
      data: ticketCardData(locale, { ...ticket, status }, roster),
    })),
    { label: 'ticket resolved, failed delivery, no profile', name: 'ticket', data: ticketCardData(locale, replied, []) },
    { label: 'ticket without actions', name: 'ticket', data: ticketCardData(locale, ticket, roster, false) },
    {
      label: 'ticket with a suggested answer, others on its topic, a Microsoft case and a sent answer',
      name: 'ticket',
      data: ticketCardData(
        locale,
        {
          ...ticket,
          topic: 'onPremisesRequest',
          history: [
            ...ticket.history,
            { at: '2026-11-30T10:06:00.000Z', kind: 'caseOpened', actor: { userId: '29:dana', name: 'Dana' }, detail: '1234567, 2026-11-30', text: 'Microsoft Product Support' },
            { at: '2026-11-30T10:07:00.000Z', kind: 'answerSent', actor: { userId: '29:dana', name: 'Dana' }, detail: 'On-premises support request' },
          ],
        },
        roster,
        true,
        [7, 9],
      ),
    },
    { label: 'ticket without a topic (no suggestion)', name: 'ticket', data: ticketCardData(locale, { ...ticket, topic: undefined }, roster) },
    { label: 'queue', name: 'queue', data: queueCardData(locale, [ticket, replied], { kind: 'queue', filter: 'all', noChannel: true }) },
    { label: 'queue empty', name: 'queue', data: queueCardData(locale, [], { kind: 'queue', filter: 'waiting', noChannel: false }) },
    { label: 'my tickets', name: 'queue', data: queueCardData(locale, [ticket, replied], { kind: 'mine' }) },
    { label: 'my tickets, none', name: 'queue', data: queueCardData(locale, [], { kind: 'mine' }) },
    { label: 'escalation', name: 'escalation', data: escalationCardData(locale, 'draft-1', USER_TYPED) },
    { label: 'escalation empty', name: 'escalation', data: escalationCardData(locale, 'draft-2', '') },
    { label: 'ticket reply', name: 'ticketReply', data: ticketReplyCardData(locale, 42, 'Dana', 'Which tenant?') },
  ];
}

function walk(node: Json, visit: (obj: JsonObject, parents: JsonObject[]) => void, parents: JsonObject[] = []): void {
  if (Array.isArray(node)) node.forEach((child) => walk(child, visit, parents));
  else if (node && typeof node === 'object') {
    visit(node, parents);
    Object.values(node).forEach((child) => walk(child, visit, [...parents, node]));
  }
}

function strings(node: Json, key = ''): { key: string; value: string }[] {
  if (typeof node === 'string') return [{ key, value: node }];
  if (Array.isArray(node)) return node.flatMap((child) => strings(child, key));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, child]) => strings(child, k));
  return [];
}

/** Action collections: card actions, ActionSets, and selectActions (a collection of one). */
function actionCollections(card: JsonObject): JsonObject[][] {
  const collections: JsonObject[][] = [];
  walk(card, (obj) => {
    if (Array.isArray(obj.actions)) collections.push(obj.actions as JsonObject[]);
    if (obj.selectAction && typeof obj.selectAction === 'object') collections.push([obj.selectAction as JsonObject]);
    const fallback = obj.fallback as JsonObject | undefined;
    if (fallback && typeof fallback === 'object' && String(fallback.type).startsWith('Action.'))
      collections.push([fallback]);
  });
  return collections;
}

// WCAG contrast of a TextBlock's colour on its container's background, from a Teams host config.
type HostConfig = typeof teamsLight;
function rgba(hex: string): [number, number, number, number] {
  const h = hex.replace('#', '');
  const [a, rgb] = h.length === 8 ? [parseInt(h.slice(0, 2), 16) / 255, h.slice(2)] : [1, h];
  return [parseInt(rgb.slice(0, 2), 16), parseInt(rgb.slice(2, 4), 16), parseInt(rgb.slice(4, 6), 16), a];
}
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(fgHex: string, bgHex: string): number {
  const [br, bg, bb] = rgba(bgHex);
  const [fr, fg, fb, fa] = rgba(fgHex);
  const blended = [fr * fa + br * (1 - fa), fg * fa + bg * (1 - fa), fb * fa + bb * (1 - fa)];
  const [l1, l2] = [luminance(blended), luminance([br, bg, bb])].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}
function textContrasts(card: JsonObject, host: HostConfig): { text: string; ratio: number; large: boolean }[] {
  const out: { text: string; ratio: number; large: boolean }[] = [];
  walk(card, (obj, parents) => {
    if (obj.type !== 'TextBlock') return;
    const styled = [...parents]
      .reverse()
      .find((p) => typeof p.style === 'string' && ['Container', 'Column', 'TableCell'].includes(p.type as string));
    const styleName = ((styled?.style as string) ?? 'default') as keyof HostConfig['containerStyles'];
    const style = host.containerStyles[styleName];
    const colour = ((obj.color as string) ?? 'default') as keyof typeof style.foregroundColors;
    const fg = style.foregroundColors[colour][obj.isSubtle ? 'subtle' : 'default'];
    const large = obj.weight === 'bolder' || ['medium', 'large', 'extraLarge'].includes(obj.size as string);
    out.push({ text: obj.text as string, ratio: contrast(fg, style.backgroundColor), large });
  });
  return out;
}

// The designer ships the schema as a draft-06 object that still names itself with draft-04's "id".
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addMetaSchema(draft06);
// It is also the 1.0 schema. Two 1.2+/1.4 features Teams renders are added, nothing else is loosened:
// the container styles accent/good/attention/warning, and Action.Execute (Universal Actions).
const { id: schemaId, ...schemaBody } = structuredClone(adaptiveCardSchema) as { id: string } & Record<string, unknown>;
const definitions = schemaBody.definitions as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
definitions.Container.properties.style.enum.push('accent', 'good', 'attention', 'warning');
definitions['Action.Execute'] = {
  type: 'object',
  properties: { type: { enum: ['Action.Execute'] }, title: { type: 'string' }, verb: { type: 'string' } },
  required: ['type'],
};
definitions.Action.anyOf.push({ $ref: '#/definitions/Action.Execute' });
const validateCard = ajv.compile({ $id: schemaId, ...schemaBody });
const renderer = new CardRenderer({ cacheSize: 0 });

describe('card templates (cards/*.json)', () => {
  const files = fs.readdirSync(CARDS_DIR).filter((f) => f.endsWith('.json'));

  it('are all registered, one per card name', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...CARD_NAMES].sort());
    for (const name of CARD_NAMES) {
      expect(CARD_TEMPLATES[name]).toEqual(JSON.parse(fs.readFileSync(path.join(CARDS_DIR, `${name}.json`), 'utf8')));
    }
  });

  describe.each(CARD_NAMES)('%s.json', (name) => {
    const template = CARD_TEMPLATES[name] as JsonObject;

    it('targets Adaptive Cards 1.5', () => {
      expect(template.type).toBe('AdaptiveCard');
      expect(template.version).toBe('1.5');
    });

    it('has no literal UI text: every text, title and message is bound from data', () => {
      const textKeys = new Set(['text', 'title', 'fallbackText', 'altText', 'placeholder', 'label', 'value', 'url']);
      const literals = strings(template).filter(({ key, value }) => textKeys.has(key) && !value.startsWith('${'));
      expect(literals).toEqual([]);
    });

    it('never concatenates strings: a binding is a whole value, with no string-building function', () => {
      const bindings = strings(template).filter(({ value }) => value.includes('${'));
      for (const { value } of bindings) {
        expect(value).toMatch(/^\$\{[^{}]*\}$/);
        expect(value).not.toMatch(/\b(concat|join|json|format\w*|replace|substring|add)\s*\(/i);
      }
    });

    it('uses Teams-safe styling: wrapping text, named colours and styles, no hard-coded colour', () => {
      walk(template, (obj) => {
        if (obj.type === 'TextBlock') expect(obj.wrap).toBe(true);
        if (obj.color !== undefined) expect(['default', 'accent', 'good', 'warning', 'attention']).toContain(obj.color);
      });
      expect(strings(template).filter(({ value }) => /^#[0-9a-f]{3,8}$/i.test(value))).toEqual([]);
    });
  });
});

describe.each(LOCALES)('expanded cards in %s', (locale) => {
  const cards = representativeCards(locale).map((c) => ({
    ...c,
    card: renderer.render(c.name, c.data as never).content as JsonObject,
  }));

  it('cover every template, with and without each optional part', () => {
    expect(new Set(cards.map((c) => c.name))).toEqual(new Set(CARD_NAMES));
    const answers = cards.filter((c) => c.name === 'answer').map((c) => JSON.stringify(c.card));
    expect(JSON.stringify(cards.find((c) => c.label === 'ids member')!.card)).toContain(USER_TYPED);
    expect(answers.some((j) => j.includes('"style":"emphasis"'))).toBe(true); // a quoted error
    expect(answers.some((j) => !j.includes('"style":"emphasis"'))).toBe(true);
    expect(answers.some((j) => j.includes('"ColumnSet"'))).toBe(true); // numbered steps
    expect(answers.some((j) => !j.includes('"ColumnSet"'))).toBe(true);
  });

  it.each(representativeCards(locale).map((c) => c.label))('%s: complete, valid, Teams-sized', (label) => {
    const { card } = cards.find((c) => c.label === label)!;
    const json = JSON.stringify(card);
    expect(json.split(USER_TYPED).join('')).not.toContain('${');
    expect(json).not.toMatch(/"\$(data|when|index|root)"/);
    expect(validateCard(card) ? null : validateCard.errors).toBeNull();
    expect(card.version).toBe('1.5');
    expect(Buffer.byteLength(json, 'utf8')).toBeLessThan(MAX_CARD_BYTES / 2);
    walk(card, (obj) => {
      if (obj.type === 'TextBlock') expect(String(obj.text).trim()).not.toBe('');
    });
    for (const actions of actionCollections(card)) {
      expect(actions.length).toBeLessThanOrEqual(TEAMS_MAX_ACTIONS);
      for (const action of actions) {
        expect(typeof action.title === 'string' && action.title.trim() !== '').toBe(true);
        if (action.type === 'Action.OpenUrl') expect(action.url).toMatch(/^https:\/\//);
      }
    }
  });

  it('an organization answer reaches people as plain text: its links keep their words and a defanged address', () => {
    const served = JSON.stringify(cards.find((c) => c.label === 'orgAnswer served')!.card);
    expect(served).toContain('a link (https[:]//evil.example)');
    expect(served).not.toContain('](https://evil.example)');
  });

  it('read in the Teams light and dark themes (WCAG contrast of every text on its container)', () => {
    for (const host of [teamsLight, teamsDark]) {
      for (const { card, label } of cards) {
        for (const { text, ratio, large } of textContrasts(card, host)) {
          if (ratio < (large ? 3 : 4.5)) throw new Error(`${label}: "${text}" has contrast ${ratio.toFixed(2)}`);
        }
      }
    }
  });

  it('follow-up and example buttons send their question for the bot to answer as if typed', () => {
    for (const { card, data } of cards.filter((c) =>
      ['answer', 'entitlementTable', 'help', 'welcome'].includes(c.name),
    )) {
      const questions = 'followUps' in data ? data.followUps : 'examples' in data ? data.examples : [];
      const submits = actionCollections(card)
        .flat()
        .filter((a) => a.type === 'Action.Submit' && (a.data as JsonObject).verb === 'ask');
      expect(submits.map((a) => [a.title, a.data])).toEqual(
        questions.map((q) => [q.title, { verb: 'ask', query: q.query }]),
      );
    }
  });

  it('answer buttons other than questions (troubleshooter answers, the helpdesk) send exactly their data', () => {
    for (const { card, data } of cards.filter((c) => c.name === 'answer')) {
      const actions = (data as CardDataByName['answer']).actions;
      const submits = actionCollections(card)
        .flat()
        .filter((a) => a.type === 'Action.Submit' && (a.data as JsonObject).verb !== 'ask');
      expect(submits.map((a) => [a.title, a.data])).toEqual(actions.map((a) => [a.title, a.data]));
    }
  });

  it('choice buttons, one a row, send back exactly their { verb, ...payload } data', () => {
    for (const { card, data } of cards.filter((c) => c.name === 'choice')) {
      const choices = (data as CardDataByName['choice']).choices;
      // One choice a row (an ActionSet each), so a long choice is not cut beside the others.
      const rows = (card.body as JsonObject[]).filter((b) => b.type === 'ActionSet').map((b) => b.actions as JsonObject[]);
      expect(card.actions ?? []).toEqual([]);
      expect(rows.map((row) => row.map((a) => [a.type, a.title, a.data]))).toEqual(
        choices.map((c) => [['Action.Submit', c.title, c.data]]),
      );
    }
  });

  it('the entitlement table highlights the asked cell with an accent style and a text marker', () => {
    const marker = composeEntitlementTable(locale).highlightLabel;
    for (const h of HIGHLIGHTS) {
      const model = composeEntitlementTable(locale, h);
      const card = renderer.render('entitlementTable', entitlementTableCard(model, locale)).content as JsonObject;
      const accent: string[] = [];
      walk(card, (obj) => {
        if (obj.type === 'Column' && obj.style === 'accent') accent.push(JSON.stringify(obj));
      });
      const expected = model.rows.flatMap((r) => r.cells.filter((c) => c.highlighted).map((c) => c.text));
      expect(accent).toHaveLength(expected.length);
      accent.forEach((col, i) => {
        expect(col).toContain(JSON.stringify(expected[i]));
        expect(col).toContain(JSON.stringify(marker));
      });
      expect(JSON.stringify(card).split(JSON.stringify(marker)).length - 1).toBe(expected.length);
    }
  });

  it('quotes the on-screen error exactly, inside an emphasis container', () => {
    const card = renderer.render('answer', answerCard(COMPOSERS.errorAccessIdAssociated({ locale, slots: {} }), locale))
      .content as JsonObject;
    const quoted: string[] = [];
    walk(card, (obj) => {
      if (obj.type === 'Container' && obj.style === 'emphasis') quoted.push(JSON.stringify(obj));
    });
    expect(quoted).toHaveLength(1);
    expect(quoted[0]).toContain(JSON.stringify(UI_TEXT.errorAccessIdAssociated));
  });
});

describe('the roles notice on a narrow card', () => {
  // A FactSet caps its title column at 150 px (Teams' host config), so "Константинопольский" was cut mid-word:
  // each person is a row of two equal columns, the name in one (wrapping between words), the roles in the other.
  it('gives a long name half the card, beside its roles', () => {
    const grants = [
      { tenantId: 't', aadObjectId: 'a3', role: 'helpdesk' as const, grantedBy: 'a1', grantedAt: '2025-02-01', name: 'Дмитрий Константинопольский' },
    ];
    const card = new CardRenderer().render('notice', rosterNotice('ru', grants)).content as JsonObject;
    const rows: Array<Array<[unknown, string]>> = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as JsonObject;
        expect(o.type).not.toBe('FactSet');
        if (o.type === 'ColumnSet') {
          rows.push((o.columns as JsonObject[]).map((c) => [c.width, (c.items as JsonObject[]).map((i) => i.text).join(' ')]));
        }
        Object.values(o).forEach(walk);
      }
    };
    walk(card);
    expect(rows).toEqual([[[1, 'Дмитрий Константинопольский'], [1, 'Helpdesk']]]);
  });
});

describe('the entitlement table on a narrow card', () => {
  // With the row label as a fourth column, a highlighted cell (padded by its accent style) had about 67 px at
  // phone width and cut "инцидентов" mid-word: the label now sits above its row, the three tiers share the width.
  it('ru, Gold with another competency: the highlighted "10 инцидентов" is one of three cells a row, under its label', () => {
    const model = composeEntitlementTable('ru', { tier: 'gold', supportType: 'cloud', competencyKind: 'other' });
    const card = new CardRenderer().render('entitlementTable', entitlementTableCard(model, 'ru')).content as JsonObject;
    const cellRows: string[][] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as JsonObject;
        if (o.type === 'ColumnSet') {
          cellRows.push((o.columns as JsonObject[]).map((c) => `${c.width}:${(c.items as JsonObject[]).map((i) => i.text).join(' / ')}`));
        }
        Object.values(o).forEach(walk);
      }
    };
    walk(card);
    expect(cellRows).toEqual([
      ['1:Action Pack', '1:Silver', '1:Gold'],
      ['1:10 инцидентов', '1:15 инцидентов', '1:20 инцидентов'],
      ['1:Не входит', '1:Без лимита', '1:Без лимита'],
      ['1:Не входит', '1:5 инцидентов', '1:10 инцидентов / Ваш случай'],
    ]);
  });
});
