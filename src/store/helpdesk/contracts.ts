/** Persistence contracts of the helpdesk: tickets, the queue channel and the outbox of proactive sends. */
import type { Actor } from '../../domain/records';
import type { ReminderCandidate } from '../../domain/ticketReminders';
import type { QueueFilter, Ticket, TicketEvent, TicketStatus } from '../../domain/tickets';

export interface HelpdeskChannel {
  tenantId: string;
  conversationId: string;
  /** botbuilder ConversationReference of the channel (top level, no thread), as plain JSON. */
  reference: object;
  /** The language the channel's cards are written in (that of the admin who set it). */
  locale: string;
  setBy: string;
  setAt: string;
}

/** `ticketReminder`: the unassigned reminder, written in the channel's language under the card when sent. */
export type OutboxKind = 'message' | 'ticketPost' | 'ticketUpdate' | 'ticketThread' | 'ticketReminder';
export type OutboxState = 'pending' | 'parked' | 'sent' | 'failed';

/** One proactive send, written in the same transaction as the change it tells about. */
export interface NewOutboxMessage {
  /** Unique per tenant: the same key is written once, so a repeated change never sends twice. */
  dedupeKey: string;
  kind: OutboxKind;
  ticketNumber?: number;
  /** `message`: { reference, activity }; `ticketThread`: { name, text }; `ticketReminder`: { hours }; others: {}. */
  payload: Record<string, unknown>;
  /** Sends of one lane go out in order, one at a time. */
  lane: string;
  /** A ticket post with no channel to go to waits, parked, until a channel is set. */
  parked?: boolean;
}

export interface OutboxMessage extends NewOutboxMessage {
  id: string;
  tenantId: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string;
  lastStatus?: number;
  createdAt: string;
}

export interface NewTicket {
  draftKey: string;
  requester: Ticket['requester'];
  locale: Ticket['locale'];
  question: string;
  urgency: Ticket['urgency'];
  topic?: string;
  transcript: Ticket['transcript'];
  entitlement: Ticket['entitlement'];
}

/** A change the service decided on the locked, current ticket; `undefined` from decide changes nothing. */
export interface TicketChange {
  status: TicketStatus;
  assignee?: Actor;
  event: TicketEvent;
  /** Audit action name (`ticket.assigned`, ...); the detail never carries a question or a reply. */
  auditAction: string;
  outbox: (after: Ticket) => NewOutboxMessage[];
}

export interface TicketRepository {
  getChannel(tenantId: string): Promise<HelpdeskChannel | undefined>;
  /** Sets the queue channel, audits it and puts ticket posts that waited (no channel) or failed back in line. */
  setChannel(
    tenantId: string,
    channel: { conversationId: string; reference: object; locale: string },
    actor: Actor,
  ): Promise<{ channel: HelpdeskChannel; requeued: number }>;
  /**
   * Creates the ticket with the next number of the tenant, once per draftKey (a repeat gives the first one,
   * created false), with its outbox messages. `firstHint` messages are written only the first time a tenant
   * without a channel gets a ticket (the admins are told once how to set one).
   */
  create(
    tenantId: string,
    input: NewTicket,
    outbox: (ticket: Ticket) => NewOutboxMessage[],
    firstHint: (ticket: Ticket) => NewOutboxMessage[],
    /** Open tickets the requester may have: one more throws TicketLimitError and creates nothing. */
    maxOpenPerRequester?: number,
  ): Promise<{ created: boolean; ticket: Ticket }>;
  get(tenantId: string, number: number): Promise<Ticket | undefined>;
  /** Newest first, at most 50. */
  listByRequester(tenantId: string, requesterKey: string): Promise<Ticket[]>;
  /** Not closed, oldest first, at most 100. */
  listOpen(tenantId: string): Promise<Ticket[]>;
  /** The open tickets a queue view shows, filtered in the database before the limit, oldest first, paged by number. */
  listQueue(tenantId: string, query: QueueQuery): Promise<Ticket[]>;
  /** The requester's most recent ticket waiting on them. */
  waitingFor(tenantId: string, requesterKey: string): Promise<Ticket | undefined>;
  /** Locks the ticket, lets `decide` look at its current state, writes the change, its audit and outbox. */
  change(
    tenantId: string,
    number: number,
    actor: Actor,
    conversationId: string,
    decide: (current: Ticket) => TicketChange | undefined,
  ): Promise<{ applied: boolean; ticket: Ticket } | undefined>;
  /** The card was posted: where it lives now. */
  setCard(tenantId: string, number: number, card: { conversationId: string; activityId: string }): Promise<void>;
  /** A permanent delivery failure, kept on the ticket (shown in the queue) and in its history. */
  recordDeliveryProblem(tenantId: string, number: number, problem: string): Promise<void>;
}

export interface OutboxRepository {
  /** Up to `limit` due messages, each the oldest pending of its lane, leased to `owner` for leaseMs. */
  claim(owner: string, limit: number, leaseMs: number): Promise<OutboxMessage[]>;
  sent(id: string): Promise<void>;
  /** Try again at `at` (attempt counted). */
  retry(id: string, at: Date, status?: number): Promise<void>;
  /** Not yet (pacing): try again at `at`, no attempt counted. */
  defer(id: string, at: Date): Promise<void>;
  failed(id: string, status?: number): Promise<void>;
  /** This tenant's messages, oldest first (operators and tests). */
  list(tenantId: string): Promise<OutboxMessage[]>;
  /** Messages still to send, every tenant (the /metrics outbox depth). */
  pendingCount(): Promise<number>;
  /** Writes sends that belong to no ticket change (notices); a dedupe key already written is skipped. */
  enqueue(tenantId: string, messages: NewOutboxMessage[]): Promise<void>;
}

export interface TimerCutoffs {
  unassignedBefore: Date;
  remindBefore: Date;
  closeBefore: Date;
  remindedBefore: Date;
}

/**
 * The helpdesk's timers (ticket reminders, the daily notices pass). Every step is claimed by a conditional
 * update inside the transaction that writes its outbox messages: across instances each happens once, and a
 * step is never half written.
 */
export interface TicketTimerRepository {
  /**
   * Open tickets whose timers may be due, oldest first, at most `limit` of each kind: new ones of tenants with
   * a helpdesk channel, not yet reminded, created before `unassignedBefore`; waiting ones not yet reminded,
   * waiting since before `remindBefore`; waiting ones reminded before `remindedBefore` and waiting since
   * before `closeBefore`.
   */
  candidates(cutoffs: TimerCutoffs, limit: number): Promise<ReminderCandidate[]>;
  /** Claims the unassigned reminder of a ticket still new; false when taken already or the ticket moved on. */
  remindUnassigned(tenantId: string, number: number, at: Date, outbox: (ticket: Ticket) => NewOutboxMessage[]): Promise<boolean>;
  /** Claims the reminder of a ticket still waiting since `waitingSince`; false when taken already or it moved on. */
  remindRequester(tenantId: string, number: number, waitingSince: string, at: Date, outbox: (ticket: Ticket) => NewOutboxMessage[]): Promise<boolean>;
  /**
   * Closes a ticket still waiting since `waitingSince` whose requester was reminded: history, audit and
   * outbox as any change. Undefined when it moved on (answered, replied again, closed by another instance).
   */
  closeUnanswered(tenantId: string, number: number, waitingSince: string, at: Date, change: (current: Ticket) => TicketChange | undefined): Promise<Ticket | undefined>;
  /** Tenants whose recorded benefit has a contract end date (the notices pass). */
  tenantsWithContractEnd(): Promise<string[]>;
  /** Takes the named lease for `ms` from `at` unless another holder has it: one instance per period. */
  lease(name: string, holder: string, at: Date, ms: number): Promise<boolean>;
}

/** A queue view: its filter (as the helpdesk typed it), the page, and an optional topic. */
export interface QueueQuery {
  filter: QueueFilter;
  /** Person key of who asks ("mine"). */
  me: string;
  /** ISO time: "older than a day" means created before it. */
  olderThan: string;
  topic?: string;
  /** Tickets after this number (the next page). */
  afterNumber?: number;
  limit: number;
}
