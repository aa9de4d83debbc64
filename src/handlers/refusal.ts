import { AssistantTurn } from '../bot/turn';
import { actorOf } from '../domain/benefitsService';
import { Caller } from '../domain/policy';
import type { Logger } from '../logger';
import type { Store } from '../store/repositories';

/** A guest, or a user of another organization, acting in this tenant's conversation. */
export function isOutsider(caller: Caller): boolean {
  return caller.homeTenantId !== caller.tenantId;
}

/** Why an action was refused, in the user's language: not an admin, or not of this organization. */
export function refusalText(turn: AssistantTurn, caller: Caller): string {
  return turn.t(isOutsider(caller) ? 'act.refusedOutsider' : 'act.refused');
}

/**
 * Records a refused action in the tenant's audit log (who, their roles, whether they are of this
 * organization); a failure to write it is logged, never thrown at the user.
 */
export async function auditRefusal(
  deps: { store: Pick<Store, 'audit'>; logger: Logger },
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
