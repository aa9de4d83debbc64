/**
 * Persistence contracts. Every method on tenant data takes the tenantId and never returns another
 * tenant's rows. Every method that writes a record and its audit entry does both in one transaction.
 */
import type { Pool } from 'pg';
import type { KvBotStorage } from './botStorage';
import type { ActivationDetails } from '../domain/activationGateway';
import type {
  ActivationRequest,
  Actor,
  AnnouncementTarget,
  AuditEntry,
  BenefitPatch,
  BenefitRecord,
  ConversationKind,
  ConversationRef,
  NewAuditEntry,
  PartnerProfile,
  RoleGrant,
} from '../domain/records';
import type { Role } from '../domain/roles';
import type { Tier } from '../domain/types';
import type { OutboxRepository, TicketRepository, TicketTimerRepository } from './helpdesk/contracts';
import type { CaseRepository, FeedbackRepository, OrgAnswerRepository, ReportRepository } from './learning/contracts';

export type * from './helpdesk/contracts';
export type * from './learning/contracts';

/** `applied: false` means nothing was written (a repeat, or nothing to do); `record` is the current state. */
export interface WriteResult<T> {
  applied: boolean;
  record: T;
}

export interface ProfileRepository {
  get(tenantId: string): Promise<PartnerProfile | undefined>;
  /** Replaces the profile (last write wins); audits `profile.updated`. */
  save(
    tenantId: string,
    profile: { tier?: Tier; competencies: string[] },
    actor: Actor,
    conversationId: string,
  ): Promise<PartnerProfile>;
}

export interface MarkRequestedResult extends WriteResult<BenefitRecord> {
  /** The actor's open request (new when applied), absent when the benefit is already active. */
  request?: ActivationRequest;
}

/** `activeWithOtherIds`: since the caller read version `expectedVersion`, someone recorded other IDs. */
export interface RecordActivationResult extends WriteResult<BenefitRecord> {
  conflict?: 'activeWithOtherIds';
}

export interface BenefitRepository {
  /** The tenant's record; `{state: 'notActivated', version: 0}` when nothing was recorded yet. */
  get(tenantId: string): Promise<BenefitRecord>;
  /**
   * Records what an admin entered after activating in Partner Center, once: a used idempotency key, or an
   * active record with the same Access ID and Contract ID, gives `applied: false` and writes nothing.
   * Otherwise sets `active`, bumps the version and audits `activation.recorded`.
   * With `expectedVersion` (the version the caller decided on) the write is a compare-and-set: if the
   * record moved past it and is now active with other IDs, nothing is written and `conflict` says so.
   */
  recordActivation(
    tenantId: string,
    details: ActivationDetails,
    actor: Actor,
    conversationId: string,
    idempotencyKey: string,
    expectedVersion?: number,
  ): Promise<RecordActivationResult>;
  /** True when an activation with this idempotency key was recorded (a retried activity). */
  activationKeyUsed(tenantId: string, idempotencyKey: string): Promise<boolean>;
  /**
   * Edits the details if the record is still at `expectedVersion` (else throws VersionConflictError).
   * `undefined` keeps a field, `null` clears it. Audits `benefit.updated` with the changed field names.
   */
  update(
    tenantId: string,
    patch: BenefitPatch,
    actor: Actor,
    conversationId: string,
    expectedVersion: number,
  ): Promise<BenefitRecord>;
  /** active → expired; audits `benefit.expired`. Any other state: applied false. */
  markExpired(tenantId: string, actor: Actor, conversationId: string): Promise<WriteResult<BenefitRecord>>;
  /**
   * A user asks an admin to activate: opens the actor's activation request (one open request per user) and
   * moves notActivated/expired → activationRequested; audits `activation.requested`. Applied false when the
   * user already has an open request or the benefit is active.
   */
  markRequested(tenantId: string, actor: Actor, conversationId: string): Promise<MarkRequestedResult>;
}

export interface RoleRepository {
  /** All grants of the tenant, by user then role. */
  list(tenantId: string): Promise<RoleGrant[]>;
  rolesOf(tenantId: string, aadObjectId: string): Promise<Role[]>;
  /** Audits `role.granted` when new; an existing grant gives applied false. */
  grant(
    tenantId: string,
    grantee: { aadObjectId: string; name?: string },
    role: Role,
    actor: Actor,
    conversationId: string,
  ): Promise<WriteResult<RoleGrant>>;
  /** True when a grant was removed; audits `role.revoked` then. */
  revoke(tenantId: string, aadObjectId: string, role: Role, actor: Actor, conversationId: string): Promise<boolean>;
}

export interface AuditRepository {
  /** Throws StoreInputError when detail carries a benefit ID, token or secret by name. */
  append(tenantId: string, entry: NewAuditEntry): Promise<AuditEntry>;
  /** Newest first; limit defaults to 50, at most 1000. */
  list(tenantId: string, limit?: number): Promise<AuditEntry[]>;
}

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
  /** When the bot was removed from the conversation. True when a reference was deleted. */
  remove(tenantId: string, conversationId: string): Promise<boolean>;
}

export interface ActivationRequestRepository {
  /** One open request per user (aadObjectId, else userId): a second add returns the open one, created false. */
  add(
    tenantId: string,
    requestedBy: Actor,
    conversationId: string,
  ): Promise<{ created: boolean; request: ActivationRequest }>;
  /** Open requests, oldest first. */
  listOpen(tenantId: string): Promise<ActivationRequest[]>;
  /** The admins were told. False when the request is unknown or closed. */
  markNotified(tenantId: string, requestId: string): Promise<boolean>;
  /** Answered or withdrawn. False when the request is unknown or already closed. */
  close(tenantId: string, requestId: string): Promise<boolean>;
}

export interface SettingsRepository {
  getAnnouncementTarget(tenantId: string): Promise<AnnouncementTarget | undefined>;
  /** Audits `settings.announcementTarget.set` in that conversation. */
  setAnnouncementTarget(tenantId: string, conversationId: string, actor: Actor): Promise<AnnouncementTarget>;
  /** True when a target was removed; audits `settings.announcementTarget.cleared` then. */
  clearAnnouncementTarget(tenantId: string, actor: Actor, conversationId: string): Promise<boolean>;
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

export interface Store {
  readonly kind: StoreKind;
  readonly profiles: ProfileRepository;
  readonly benefits: BenefitRepository;
  readonly roles: RoleRepository;
  readonly audit: AuditRepository;
  readonly conversations: ConversationRefRepository;
  readonly activationRequests: ActivationRequestRepository;
  readonly settings: SettingsRepository;
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
