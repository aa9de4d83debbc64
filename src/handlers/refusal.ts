import { AssistantTurn } from '../bot/turn';
import { Caller } from '../domain/policy';

/** Why an action was refused, in the user's language: not an admin, or not of this organization. */
export function refusalText(turn: AssistantTurn, caller: Caller): string {
  return turn.t(caller.homeTenantId !== caller.tenantId ? 'act.refusedOutsider' : 'act.refused');
}
