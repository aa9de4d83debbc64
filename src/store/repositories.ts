/**
 * Persistence contracts. Every method on tenant data takes the tenantId and never returns another
 * tenant's rows. Every method that writes a record and its audit entry does both in one transaction.
 * The repositories of the benefits domain are its ports (src/domain/ports.ts): the store implements them.
 */
import type { Pool } from 'pg';
import type { KvBotStorage } from './botStorage';
import type { BenefitsRepositories } from '../domain/ports';
import type { ConversationKind, ConversationRef } from '../domain/records';
import type { OutboxRepository, TicketRepository, TicketTimerRepository } from './helpdesk/contracts';
import type { CaseRepository, FeedbackRepository, OrgAnswerRepository, ReportRepository } from './learning/contracts';

export type {
  ActivationRequestRepository,
  AuditRepository,
  BenefitRepository,
  BenefitsRepositories,
  MarkRequestedResult,
  ProfileRepository,
  RecordActivationResult,
  RoleRepository,
  SettingsRepository,
  WriteResult,
} from '../domain/ports';
export type * from './helpdesk/contracts';
export type * from './learning/contracts';

export interface ConversationRefInput {
  conversationId: string;
  kind: ConversationKind;
  reference: object;
  userAadObjectId?: string;
}

export interface ConversationRefRepository {
  upsert(tenantId: string, ref: ConversationRefInput): Promise<ConversationRef>;
  get(tenantId: string, conversationId: string): Promise<ConversationRef | undefined>;
  /** Personal chats of these users (for proactive messages); users without one are left out. */
  listPersonal(tenantId: string, userAadObjectIds: readonly string[]): Promise<ConversationRef[]>;
  /** The newest personal chats of the tenant (any user), newest first, at most `limit`: who the bot has talked with. */
  listRecentPersonal(tenantId: string, limit: number): Promise<ConversationRef[]>;
  /** When the bot was removed from the conversation. True when a reference was deleted. */
  remove(tenantId: string, conversationId: string): Promise<boolean>;
}

/** Rows deleted by one retention sweep, by kind. */
export interface RetentionSweepResult {
  claims: number;
  activationKeys: number;
  dialogState: number;
  conversations: number;
  outsiderRefusals: number;
  /** Answers sent, the feedback on them and the questions the bot could not answer, older than the period. */
  sentAnswers: number;
  answerFeedback: number;
  unansweredQuestions: number;
  /** Per-member daily counts of unanswered questions, kept only for the current day. */
  unansweredQuota: number;
  /** Reports kept for a CSV link, once the link has expired (whatever the period). */
  reportSnapshots: number;
  /** Helpdesk messages delivered longer ago than the period (their dedupe keys are of no use by then). */
  sentOutbox: number;
  /** Dated uses of the organization's answers (the report's counts); the answers themselves stay. */
  orgAnswerUses: number;
}

export type StoreKind = 'sqlite' | 'postgres';

/** The whole store: the benefits domain's repositories (profiles, benefits, roles, audit, activation requests, settings) and the rest. */
export interface Store extends BenefitsRepositories {
  readonly kind: StoreKind;
  readonly conversations: ConversationRefRepository;
  /** Helpdesk tickets and the queue channel. */
  readonly tickets: TicketRepository;
  /** Proactive sends written with the change they tell about (see src/services/outbox.ts). */
  readonly outbox: OutboxRepository;
  /** Answers sent (topic, language) and the feedback people gave on them. */
  readonly feedback: FeedbackRepository;
  /** Microsoft cases recorded on tickets or typed by admins (the incident ledger). */
  readonly cases: CaseRepository;
  /** The helpdesk's timers: ticket reminders and the daily notices pass, each step claimed once. */
  readonly timers: TicketTimerRepository;
  /** Questions the bot could not answer, what the helpdesk's report reads, and reports kept for their CSV links. */
  readonly reports: ReportRepository;
  /** The organization's own answers, saved by its helpdesk (never deleted by retention). */
  readonly orgAnswers: OrgAnswerRepository;
  /** botbuilder Storage for ConversationState / UserState, shared by every bot instance on this store. */
  readonly botStorage: KvBotStorage;
  /**
   * True exactly once per (tenantId, key) across all instances: use it to make a side effect happen once
   * (an announcement, a resent activity). With ttlMs the key can be claimed again after it expires.
   */
  claimOnce(tenantId: string, key: string, ttlMs?: number): Promise<boolean>;
  /** Gives a claim back, e.g. when the side effect failed and should be retried. */
  releaseClaim(tenantId: string, key: string): Promise<void>;
  /**
   * Deletes what is older than retentionDays (see SqlRetention). At most one instance sweeps per leaseMs:
   * the others get undefined. `holder` names the instance in the lease row.
   */
  sweepRetention(retentionDays: number, leaseMs: number, holder: string): Promise<RetentionSweepResult | undefined>;
  /** A cheap query (SELECT 1): rejects when the database cannot be reached or the store is closed. */
  ping(): Promise<void>;
  /** The PostgreSQL pool, for what shares the database with the store (the rate limiter); undefined on SQLite. */
  readonly postgresPool?: Pool;
  close(): Promise<void>;
}
