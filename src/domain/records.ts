/**
 * What the bot remembers per tenant. Plain data: no I/O, no botbuilder imports.
 * Times are ISO 8601 strings (`new Date().toISOString()`); contract dates are `YYYY-MM-DD`.
 */
import type { Role } from './roles';
import type { Tier } from './types';

/** Who did something, as the activity said (never as card data said). */
export interface Actor {
  /** Channel user id (29:...). */
  userId: string;
  aadObjectId?: string;
  name?: string;
}

export interface PartnerProfile {
  tenantId: string;
  tier?: Tier;
  /** CloudCompetency ids, or free-text names of other competencies. */
  competencies: string[];
  /** aadObjectId (or userId) of the last editor. */
  updatedBy: string;
  updatedAt: string;
}

export const BENEFIT_STATES = ['notActivated', 'activationRequested', 'active', 'expired'] as const;
export type BenefitState = (typeof BENEFIT_STATES)[number];

export interface BenefitRecord {
  tenantId: string;
  state: BenefitState;
  accessId?: string;
  contractId?: string;
  contractStart?: string;
  contractEnd?: string;
  incidentsRemaining?: number;
  /** When incidentsRemaining was read: a date or a date-time, kept as given (the store's clock if not given). */
  incidentsAsOf?: string;
  /** Who last recorded or edited the details. */
  recordedBy?: Actor;
  recordedAt?: string;
  /** 0 while nothing was ever written for the tenant; bumped by every change. */
  version: number;
}

/** The fields an admin may edit after activation; `null` clears an optional field. */
export type BenefitPatch = {
  [K in 'accessId' | 'contractId' | 'contractStart' | 'contractEnd' | 'incidentsRemaining' | 'incidentsAsOf']?:
    BenefitRecord[K] | null;
};

export interface RoleGrant {
  tenantId: string;
  aadObjectId: string;
  role: Role;
  /** aadObjectId (or userId) of the granting admin. */
  grantedBy: string;
  grantedAt: string;
  name?: string;
}

export const AUDIT_OUTCOMES = ['done', 'refused', 'failed'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditEntry {
  id: string;
  tenantId: string;
  at: string;
  actor: Actor;
  /** Where the action came from; jobs use a name such as `system:expiry`. Never empty. */
  conversationId: string;
  /** Dotted name, e.g. `activation.recorded`. */
  action: string;
  outcome: AuditOutcome;
  /** Context for the log reader. Never an Access ID, a Contract ID, a token or a secret. */
  detail?: Record<string, unknown>;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'tenantId' | 'at'> & { at?: string };

export const CONVERSATION_KINDS = ['personal', 'groupChat', 'channel'] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

export interface ConversationRef {
  tenantId: string;
  conversationId: string;
  kind: ConversationKind;
  /** botbuilder ConversationReference as plain JSON, for proactive messages. */
  reference: object;
  /** The user of a personal chat. */
  userAadObjectId?: string;
  updatedAt: string;
}

export interface ActivationRequest {
  id: string;
  tenantId: string;
  requestedBy: Actor;
  /** Where the user asked, so the answer can go back there. */
  conversationId: string;
  at: string;
  /** When the admins were told about the request. */
  notifiedAt?: string;
  /** When the request was answered (activation recorded) or withdrawn; open while absent. */
  closedAt?: string;
}

/** The conversation where an admin wants activation news posted. */
export interface AnnouncementTarget {
  tenantId: string;
  conversationId: string;
  /** aadObjectId (or userId) of the admin who chose it. */
  setBy: string;
  setAt: string;
}
