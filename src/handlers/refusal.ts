import { AssistantTurn } from '../bot/turn';
import { Caller, isOutsider } from '../domain/policy';

// Shared with the domain service, which audits the refusals it decides.
export { isOutsider } from '../domain/policy';
export { auditRefusal } from '../domain/benefitsService';

/** Why an action was refused, in the user's language: not an admin, or not of this organization. */
export function refusalText(turn: AssistantTurn, caller: Caller): string {
  return turn.t(isOutsider(caller) ? 'act.refusedOutsider' : 'act.refused');
}
