/**
 * The helpdesk ticket model and its rules: lifecycle, who may act, what the entitlement snapshot holds.
 * Plain data and functions: no I/O, no botbuilder imports.
 */
import type { Allowance } from './catalog';
import { calculateEntitlement } from './entitlements';
import type { Caller } from './policy';
import { isSameOrganization } from './policy';
import type { Actor, BenefitRecord, PartnerProfile } from './records';
import type { Locale, Tier } from './types';

export const TICKET_STATUSES = ['new', 'assigned', 'waiting', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const URGENCIES = ['normal', 'high'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** What a helpdesk member can do on the ticket card. */
export const TICKET_ACTIONS = ['assignSelf', 'assign', 'reply', 'resolve', 'reopen', 'close'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** The longest question or reply kept (a chat message is limited to about this anyway). */
export const MAX_TICKET_TEXT = 2000;
/** Turns of the conversation kept with a ticket. */
export const TRANSCRIPT_TURNS = 6;

export interface TranscriptTurn {
  from: 'user' | 'bot';
  text: string;
}

/**
 * The organization's entitlement when the ticket was created: recorded profile, activation status and the
 * incidents that profile allows. Never the Access ID or the Contract ID.
 */
export interface EntitlementSnapshot {
  tier?: Tier;
  competencies: string[];
  activation: { activated: boolean; state: BenefitRecord['state']; expires?: string };
  incidents?: { onPremises: Allowance; cloud?: Allowance };
}

export type TicketEventKind = 'created' | 'assigned' | 'reply' | 'answer' | 'resolved' | 'reopened' | 'closed' | 'deliveryFailed' | 'caseOpened' | 'answerSent' | 'closedNoAnswer';

export interface TicketEvent {
  at: string;
  kind: TicketEventKind;
  actor: Actor;
  /** A reply's or an answer's text (personal data: shown to this tenant only, never logged). */
  text?: string;
  /** For `assigned`: who got the ticket. For `deliveryFailed`: where (`requester` or `channel`) and the status. */
  detail?: string;
}

export interface Requester extends Actor {
  /** The personal chat the ticket was opened from (for notices and replies). */
  conversationId: string;
  reference: object;
}

export interface Ticket {
  tenantId: string;
  number: number;
  status: TicketStatus;
  requester: Requester;
  locale: Locale;
  question: string;
  urgency: Urgency;
  topic?: string;
  transcript: TranscriptTurn[];
  entitlement: EntitlementSnapshot;
  assignee?: Actor;
  /** Where the ticket card lives once posted, and its activity id (for updates and thread replies). */
  card?: { conversationId: string; activityId: string };
  /** The last permanent delivery failure (bot removed, conversation gone), shown in the queue. */
  deliveryProblem?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  history: TicketEvent[];
}

/** Helpdesk members and the organization's admins act on tickets; nobody from another organization does. */
export function canHandleTickets(caller: Caller): boolean {
  if (!isSameOrganization(caller)) return false;
  return caller.roles.has('helpdesk') || caller.roles.has('globalAdmin') || caller.roles.has('mpnPartnerAdmin');
}

/** Global admins and MPN partner admins choose the helpdesk channel. */
export function canSetHelpdeskChannel(caller: Caller): boolean {
  return isSameOrganization(caller) && (caller.roles.has('globalAdmin') || caller.roles.has('mpnPartnerAdmin'));
}

export function personKeyOf(a: Actor): string {
  return (a.aadObjectId ?? a.userId).toLowerCase();
}

export function isRequester(ticket: Ticket, a: Actor): boolean {
  return personKeyOf(ticket.requester) === personKeyOf(a);
}

export type TransitionResult =
  | { ok: true; status: TicketStatus; assignee?: Actor }
  /** Someone else took the ticket first (a stale "Assign to me"). */
  | { ok: false; reason: 'alreadyAssigned'; assignee: Actor }
  | { ok: false; reason: 'notAllowed' };

/**
 * The lifecycle: New → Assigned → Waiting on requester → Resolved → Closed, plus Reopen.
 * A reply waits on the requester; the requester's answer gives the ticket back to its assignee.
 */
export function transition(ticket: Pick<Ticket, 'status' | 'assignee'>, action: TicketAction, by: Actor, target?: Actor): TransitionResult {
  const open = ticket.status === 'new' || ticket.status === 'assigned' || ticket.status === 'waiting';
  switch (action) {
    case 'assignSelf':
      if (!open) return { ok: false, reason: 'notAllowed' };
      if (ticket.assignee && personKeyOf(ticket.assignee) !== personKeyOf(by)) {
        return { ok: false, reason: 'alreadyAssigned', assignee: ticket.assignee };
      }
      return { ok: true, status: ticket.status === 'new' ? 'assigned' : ticket.status, assignee: by };
    case 'assign':
      if (!open || !target) return { ok: false, reason: 'notAllowed' };
      return { ok: true, status: ticket.status === 'new' ? 'assigned' : ticket.status, assignee: target };
    case 'reply':
      if (!open) return { ok: false, reason: 'notAllowed' };
      return { ok: true, status: 'waiting', assignee: ticket.assignee ?? by };
    case 'resolve':
      if (!open) return { ok: false, reason: 'notAllowed' };
      return { ok: true, status: 'resolved', assignee: ticket.assignee ?? by };
    case 'close':
      if (ticket.status !== 'resolved') return { ok: false, reason: 'notAllowed' };
      return { ok: true, status: 'closed', assignee: ticket.assignee };
    case 'reopen':
      if (ticket.status !== 'resolved' && ticket.status !== 'closed') return { ok: false, reason: 'notAllowed' };
      return { ok: true, status: ticket.assignee ? 'assigned' : 'new', assignee: ticket.assignee };
  }
}

/** The timers close a ticket that waited on its requester, reminded, for too long; nothing else. */
export function closeUnanswered(ticket: Pick<Ticket, 'status' | 'assignee'>): TransitionResult {
  if (ticket.status !== 'waiting') return { ok: false, reason: 'notAllowed' };
  return { ok: true, status: 'closed', assignee: ticket.assignee };
}

/** The requester answered: a ticket waiting on them goes back to the helpdesk. */
export function afterRequesterAnswer(status: TicketStatus): TicketStatus {
  return status === 'waiting' ? 'assigned' : status;
}

export function entitlementSnapshot(profile: PartnerProfile | undefined, benefit: BenefitRecord): EntitlementSnapshot {
  const activation = {
    activated: benefit.state === 'active',
    state: benefit.state,
    ...(benefit.contractEnd ? { expires: benefit.contractEnd } : {}),
  };
  if (!profile?.tier) return { competencies: profile?.competencies ?? [], activation };
  const onPremises = calculateEntitlement({ tier: profile.tier, supportType: 'onPremises' });
  const hasCloud = profile.competencies.some((c) => c !== 'other');
  const cloud = calculateEntitlement({
    tier: profile.tier,
    supportType: 'cloud',
    competencyKind: profile.competencies.length === 0 ? undefined : hasCloud ? 'cloud' : 'other',
  });
  return {
    tier: profile.tier,
    competencies: profile.competencies,
    activation,
    incidents: {
      onPremises: onPremises.status === 'answered' ? onPremises.allowance : { kind: 'none' },
      ...(cloud.status === 'answered' ? { cloud: cloud.allowance } : {}),
    },
  };
}

/** Numbers of the other open tickets (new, assigned, waiting) on the same recognized topic. */
export function sameTopicOpen(open: readonly Ticket[], ticket: Ticket): number[] {
  if (!ticket.topic) return [];
  return open
    .filter((x) => x.number !== ticket.number && x.topic === ticket.topic && (x.status === 'new' || x.status === 'assigned' || x.status === 'waiting'))
    .map((x) => x.number)
    .sort((a, b) => a - b);
}

export type QueueFilter = 'all' | 'unassigned' | 'mine' | 'waiting' | 'old';

/** Open tickets (not closed) matching the filter; `old` is older than a day. */
export function matchesFilter(ticket: Ticket, filter: QueueFilter, me: Actor, now: Date): boolean {
  if (ticket.status === 'closed') return false;
  switch (filter) {
    case 'all':
      return true;
    case 'unassigned':
      return !ticket.assignee && ticket.status !== 'resolved';
    case 'mine':
      return !!ticket.assignee && personKeyOf(ticket.assignee) === personKeyOf(me);
    case 'waiting':
      return ticket.status === 'waiting';
    case 'old':
      return now.getTime() - new Date(ticket.createdAt).getTime() > 24 * 60 * 60 * 1000;
  }
}

/** Helpdesk commands typed in chat, in en, ru or fr. Deterministic: a ticket is never opened by a guess. */
export type HelpdeskCommand =
  | { kind: 'helpdeskHere' }
  | { kind: 'escalate' }
  | { kind: 'myTickets' }
  | { kind: 'queue'; filter: QueueFilter }
  | { kind: 'showTicket'; number: number };

const HERE = /^(helpdesk\s+here|tickets\s+here|хелпдеск\s+здесь|служба\s+поддержки\s+здесь|заявки\s+сюда|helpdesk\s+ici|support\s+ici|tickets\s+ici)[.!]?$/i;
const MY = /^(my\s+tickets|мои\s+заявки|мои\s+тикеты|mes\s+tickets|mes\s+demandes)[?.!]?$/i;
const QUEUE = /^(tickets|queue|очередь|заявки|тикеты|file(\s+d['’]attente)?)(\s+(.*))?$/i;
const SHOW = /^(ticket|тикет|заявка|demande)\s*#?\s*(\d{1,9})[?.!]?$/i;
/**
 * Asking for a person, as a whole message ("create a ticket", "нужен человек", "parler au support"). Anchored
 * on purpose: "how do we open a ticket for Office 365" is a question about Microsoft support, for the answers.
 */
const ESCALATE: readonly RegExp[] = [
  /^(i\s+(want|need|would\s+like)\s+to\s+|can\s+i\s+|let\s+me\s+|please\s+)?(talk|speak|chat)\s+(to|with)\s+(the\s+|a\s+|our\s+|my\s+)?(helpdesk|help\s*desk|human|person|real\s+person|someone)(\s+please)?[.!?]*$/i,
  /^(please\s+)?(create|open|raise)\s+(a\s+|new\s+)?(helpdesk\s+)?ticket(\s+please)?[.!]*$/i,
  /^(escalate|ask\s+the\s+helpdesk|new\s+ticket)[.!]*$/i,
  /^(мне\s+)?нуж(ен|на)\s+(живой\s+)?(человек|оператор)[.!]*$/i,
  /^(позов[а-яё]*|позвать)\s+(человека|оператора)[.!]*$/i,
  /^(созда[а-яё]*|откр[а-яё]+)\s+(заявк[а-яё]*|тикет)[.!]*$/i,
  /^(хочу\s+)?связ[а-яё]+\s+с\s+(поддержк[а-яё]*|хелпдеск[а-яё]*|оператор[а-яё]*)[.!]*$/i,
  /^(je\s+(veux|voudrais|souhaite)\s+|puis-je\s+)?parler\s+(au|à\s+un|a\s+un|à\s+l['’]|avec\s+le)\s*(support|humain|helpdesk|assistance)(\s+interne)?[.!?]*$/i,
  /^(je\s+(veux|voudrais)\s+)?(créer|creer|ouvrir)\s+un\s+ticket[.!]*$/i,
];

function filterOf(rest: string): QueueFilter | undefined {
  const r = rest.trim().toLowerCase();
  if (!r) return 'all';
  if (/^(unassigned|неназначенные|без\s+исполнителя|non\s+assign[ée]e?s)$/.test(r)) return 'unassigned';
  if (/^(mine|my|мои|les\s+miens|à\s+moi|a\s+moi)$/.test(r)) return 'mine';
  if (/^(waiting|ожидают|ждут|en\s+attente)$/.test(r)) return 'waiting';
  if (/^(old|older\s+than\s+a\s+day|старые|старше\s+дня|anciens|plus\s+d['’]un\s+jour)$/.test(r)) return 'old';
  return undefined;
}

export function parseHelpdeskCommand(raw: string): HelpdeskCommand | undefined {
  const text = raw.replace(/<at>[^<]*<\/at>/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 300) return undefined;
  if (HERE.test(text)) return { kind: 'helpdeskHere' };
  if (MY.test(text)) return { kind: 'myTickets' };
  const show = SHOW.exec(text);
  if (show) return { kind: 'showTicket', number: Number(show[2]) };
  const queue = QUEUE.exec(text);
  if (queue) {
    const filter = filterOf(queue[3] ?? '');
    if (filter) return { kind: 'queue', filter };
  }
  if (ESCALATE.some((re) => re.test(text))) return { kind: 'escalate' };
  return undefined;
}
