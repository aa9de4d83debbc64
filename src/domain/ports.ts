/**
 * The ports of the benefits domain: the repositories BenefitsService reads and writes through, and the
 * conflict error their optimistic writes throw. The store implements them (src/store); the domain never
 * imports the store. Every method on tenant data takes the tenantId and never returns another tenant's rows;
 * every method that writes a record and its audit entry does both in one transaction.
 */
import type { ActivationDetails } from './activationGateway';
import type {
  ActivationRequest,
  Actor,
  AnnouncementTarget,
  AuditEntry,
  BenefitPatch,
  BenefitRecord,
  NewAuditEntry,
  PartnerProfile,
  RoleGrant,
} from './records';
import type { Role } from './roles';
import type { Tier } from './types';

/** An optimistic write found another version than the one the caller read (someone else edited first). */
export class VersionConflictError extends Error {
  override name = 'VersionConflictError';
  constructor(
    readonly tenantId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(`benefit record changed: expected version ${expectedVersion}, found ${actualVersion}`);
  }
}

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

/** What BenefitsService needs of the store: the partner profile, the benefit, the roster and the audit trail. */
export interface BenefitsRepositories {
  readonly profiles: ProfileRepository;
  readonly benefits: BenefitRepository;
  readonly roles: RoleRepository;
  readonly audit: AuditRepository;
  readonly activationRequests: ActivationRequestRepository;
  readonly settings: SettingsRepository;
}
