import { VersionConflictError, type BenefitsRepositories } from './ports';
import type { Logger } from '../logger';
import { ActivationDetailsError, validateActivationDetails } from './activationDetails';
import { ActivationGateway, ActivationGatewayError } from './activationGateway';
import { Actor, BenefitRecord, PartnerProfile, RoleGrant } from './records';
import { Tier } from './types';
import { Action, Caller, isAllowed, isOutsider } from './policy';
import { isActivationRole, Role, RoleContext, RoleResolver, UserIdentity } from './roles';

export type Refused = { kind: 'refused'; action: Action };

export type ActivationOutcome =
  | Refused
  | { kind: 'invalid'; errors: ActivationDetailsError[] }
  | { kind: 'gatewayFailed'; reason: ActivationGatewayError['userMessage'] }
  /** Already active with other IDs: changing them is an Edit, with its version check. */
  | { kind: 'alreadyActive'; record: BenefitRecord }
  /** Another admin recorded other IDs while this one's activation was on its way: nothing was overwritten. */
  | { kind: 'recordedByOther'; record: BenefitRecord }
  /** `applied` is false for a repeat (double click, Teams retry, a second admin with the same IDs). */
  | { kind: 'recorded'; applied: boolean; record: BenefitRecord };

export type EditOutcome =
  | Refused
  | { kind: 'invalid'; errors: ActivationDetailsError[] }
  | { kind: 'conflict'; record: BenefitRecord }
  | { kind: 'notActive'; record: BenefitRecord }
  | { kind: 'updated'; record: BenefitRecord };

/**
 * Fields the IDs edit form does not show (cards/idsEdit.json): an edit that does not carry them keeps them.
 * The fields it shows are replaced, and an emptied one is cleared.
 */
const KEPT_UNLESS_GIVEN = ['contractStart'] as const;

export type RoleChangeOutcome = Refused | { kind: 'done'; changed: boolean } | { kind: 'configured' };

/**
 * The benefit, the roster and the audit trail behind every chat action. The role check happens here,
 * on the server, for every call: nothing a card carries can widen it. Refusals are audited.
 */
export class BenefitsService {
  constructor(
    private readonly store: BenefitsRepositories,
    private readonly roles: RoleResolver,
    private readonly gateway: ActivationGateway,
    private readonly logger: Logger,
    /** BOOTSTRAP_ADMINS: Global admins by configuration, which a chat command cannot revoke. */
    private readonly configuredAdmins: ReadonlySet<string> = new Set(),
  ) {}

  async caller(user: UserIdentity, tenantId: string, conversationId: string, ctx?: RoleContext): Promise<Caller> {
    const roles = await this.roles.rolesOf(user, tenantId, ctx);
    return {
      tenantId,
      homeTenantId: user.tenantId,
      userId: user.userId,
      aadObjectId: user.aadObjectId,
      name: user.name,
      conversationId,
      roles,
    };
  }

  /** Checks the action and audits a refusal; callers return the refusal to the user as it is. */
  async authorize(caller: Caller, action: Action, grantedRole?: Role): Promise<Refused | undefined> {
    if (isAllowed(caller, action, grantedRole)) return undefined;
    // A user of another organization leaves no trace in this tenant's audit log beyond the refusal itself.
    await auditRefusal({ store: this.store, logger: this.logger }, caller, action, { grantedRole });
    return { kind: 'refused', action };
  }

  async benefit(caller: Caller): Promise<BenefitRecord | Refused> {
    const refused = await this.authorize(caller, 'viewIds');
    if (refused) return refused;
    return this.store.benefits.get(caller.tenantId);
  }

  /** The tenant's recorded Access ID and Contract ID, for the check that keeps them out of shared conversations. */
  async recordedIds(tenantId: string): Promise<string[]> {
    const record = await this.store.benefits.get(tenantId);
    return [record.accessId, record.contractId].filter((id): id is string => !!id);
  }

  /** Benefit state without the IDs, for anyone of the organization (e.g. to show "not activated yet"). */
  async state(tenantId: string): Promise<BenefitRecord['state']> {
    return (await this.store.benefits.get(tenantId)).state;
  }

  async recordActivation(caller: Caller, input: unknown, idempotencyKey: string): Promise<ActivationOutcome> {
    const refused = await this.authorize(caller, 'activate');
    if (refused) return refused;
    const checked = validateActivationDetails(input);
    if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
    const current = await this.store.benefits.get(caller.tenantId);
    // A retried activity was recorded already, maybe with other IDs than entered (a webhook's answer).
    if (await this.store.benefits.activationKeyUsed(caller.tenantId, idempotencyKey)) {
      return { kind: 'recorded', applied: false, record: current };
    }
    if (
      current.state === 'active' &&
      (current.accessId !== checked.value.accessId || current.contractId !== checked.value.contractId)
    ) {
      // The form and the typed flow are offered only while the benefit is not active: other IDs recorded by
      // someone else since then won a race, told the same way however close the two were.
      const byCaller = current.recordedBy?.userId === caller.userId;
      return byCaller ? { kind: 'alreadyActive', record: current } : { kind: 'recordedByOther', record: current };
    }
    let details;
    try {
      details = await this.gateway.activate({
        tenantId: caller.tenantId,
        requestedBy: { userId: caller.userId, aadObjectId: caller.aadObjectId, name: caller.name },
        idempotencyKey,
        entered: checked.value,
      });
    } catch (err) {
      if (err instanceof ActivationGatewayError) {
        this.logger.warn('activation gateway failed', { reason: err.userMessage, tenantId: caller.tenantId });
        await this.store.audit.append(caller.tenantId, {
          actor: actorOf(caller),
          conversationId: caller.conversationId,
          action: 'activation.gateway',
          outcome: 'failed',
          detail: { reason: err.userMessage },
        });
        return { kind: 'gatewayFailed', reason: err.userMessage };
      }
      throw err;
    }
    const result = await this.store.benefits.recordActivation(
      caller.tenantId,
      details,
      actorOf(caller),
      caller.conversationId,
      idempotencyKey,
      current.version,
    );
    if (result.conflict === 'activeWithOtherIds') return { kind: 'recordedByOther', record: result.record };
    return { kind: 'recorded', applied: result.applied, record: result.record };
  }

  async editIds(caller: Caller, input: unknown, expectedVersion: number): Promise<EditOutcome> {
    const refused = await this.authorize(caller, 'editIds');
    if (refused) return refused;
    const current = await this.store.benefits.get(caller.tenantId);
    if (current.state !== 'active' && current.state !== 'expired') return { kind: 'notActive', record: current };
    // An edit changes only what the edit form shows; a field it does not carry keeps its stored value.
    const given = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
    const kept = Object.fromEntries(
      KEPT_UNLESS_GIVEN.filter((k) => given[k] === undefined && current[k] !== undefined).map((k) => [k, current[k]]),
    );
    const checked = validateActivationDetails({ ...given, ...kept });
    if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
    const v = checked.value;
    try {
      const record = await this.store.benefits.update(
        caller.tenantId,
        {
          accessId: v.accessId,
          contractId: v.contractId,
          contractStart: 'contractStart' in kept ? undefined : (v.contractStart ?? null),
          contractEnd: v.contractEnd ?? null,
          incidentsRemaining: v.incidentsRemaining ?? null,
          // The count's date moves only when the count does.
          incidentsAsOf:
            v.incidentsRemaining === current.incidentsRemaining
              ? undefined
              : v.incidentsRemaining !== undefined
                ? new Date().toISOString().slice(0, 10)
                : null,
        },
        actorOf(caller),
        caller.conversationId,
        expectedVersion,
      );
      return { kind: 'updated', record };
    } catch (err) {
      if (err instanceof VersionConflictError) {
        return { kind: 'conflict', record: await this.store.benefits.get(caller.tenantId) };
      }
      throw err;
    }
  }

  async markExpired(caller: Caller): Promise<Refused | { kind: 'done'; applied: boolean; record: BenefitRecord }> {
    const refused = await this.authorize(caller, 'markExpired');
    if (refused) return refused;
    const r = await this.store.benefits.markExpired(caller.tenantId, actorOf(caller), caller.conversationId);
    return { kind: 'done', applied: r.applied, record: r.record };
  }

  async requestActivation(caller: Caller) {
    const refused = await this.authorize(caller, 'requestActivation');
    if (refused) return refused;
    const r = await this.store.benefits.markRequested(caller.tenantId, actorOf(caller), caller.conversationId);
    return { kind: 'requested' as const, applied: r.applied, record: r.record, request: r.request };
  }

  /** Who can activate in this tenant, from the roster (names for the user to contact). */
  async activationAdmins(tenantId: string): Promise<RoleGrant[]> {
    const grants = await this.store.roles.list(tenantId);
    return grants.filter((g) => isActivationRole(g.role));
  }

  /** Their names, once each, for "ask one of them": the Entra object id when Teams never gave a name. */
  async activationAdminNames(tenantId: string): Promise<string[]> {
    return [...new Set((await this.activationAdmins(tenantId)).map((g) => g.name || g.aadObjectId))];
  }

  async openRequests(tenantId: string) {
    return this.store.activationRequests.listOpen(tenantId);
  }

  async closeRequests(tenantId: string, ids: readonly string[]): Promise<void> {
    for (const id of ids) await this.store.activationRequests.close(tenantId, id);
  }

  async announcementTarget(tenantId: string) {
    return this.store.settings.getAnnouncementTarget(tenantId);
  }

  async setAnnouncementTarget(caller: Caller): Promise<Refused | { kind: 'done' }> {
    const refused = await this.authorize(caller, 'setAnnouncement');
    if (refused) return refused;
    await this.store.settings.setAnnouncementTarget(caller.tenantId, caller.conversationId, actorOf(caller));
    return { kind: 'done' };
  }

  async profile(tenantId: string) {
    return this.store.profiles.get(tenantId);
  }

  async saveProfile(caller: Caller, profile: { tier?: Tier; competencies: string[] }): Promise<Refused | { kind: 'done'; profile: PartnerProfile }> {
    const refused = await this.authorize(caller, 'setProfile');
    if (refused) return refused;
    const saved = await this.store.profiles.save(caller.tenantId, profile, actorOf(caller), caller.conversationId);
    return { kind: 'done', profile: saved };
  }

  async roster(caller: Caller): Promise<Refused | RoleGrant[]> {
    const refused = await this.authorize(caller, 'listRoles');
    if (refused) return refused;
    return this.store.roles.list(caller.tenantId);
  }

  async grant(caller: Caller, role: Role, grantee: { aadObjectId: string; name?: string }): Promise<RoleChangeOutcome> {
    const refused = await this.authorize(caller, 'grantRole', role);
    if (refused) return refused;
    const r = await this.store.roles.grant(caller.tenantId, grantee, role, actorOf(caller), caller.conversationId);
    return { kind: 'done', changed: r.applied };
  }

  async revoke(caller: Caller, role: Role, aadObjectId: string): Promise<RoleChangeOutcome> {
    const refused = await this.authorize(caller, 'revokeRole', role);
    if (refused) return refused;
    if (role === 'globalAdmin' && this.configuredAdmins.has(aadObjectId.toLowerCase())) return { kind: 'configured' };
    const changed = await this.store.roles.revoke(caller.tenantId, aadObjectId, role, actorOf(caller), caller.conversationId);
    return { kind: 'done', changed };
  }
}

export function actorOf(caller: Caller): Actor {
  return { userId: caller.userId, aadObjectId: caller.aadObjectId, name: caller.name };
}

/**
 * Records a refused action in the tenant's audit log (who, their roles, whether they are of this
 * organization); a failure to write it is logged, never thrown at the user.
 */
export async function auditRefusal(
  deps: { store: Pick<BenefitsRepositories, 'audit'>; logger: Logger },
  caller: Caller,
  action: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await deps.store.audit
    .append(caller.tenantId, {
      actor: actorOf(caller),
      conversationId: caller.conversationId,
      action,
      outcome: 'refused',
      detail: { ...detail, roles: [...caller.roles], sameOrganization: !isOutsider(caller) },
    })
    .catch((err: unknown) => deps.logger.error('could not audit a refusal', { err, action }));
}
