import { AssistantTurn } from '../bot/turn';
import { BenefitsService } from '../domain/benefitsService';
import { Caller } from '../domain/policy';

/**
 * The caller with roles freshly resolved on the server. Outside a tenant (no Teams tenant on the activity)
 * nothing tenant-scoped exists: the user is told so and undefined comes back.
 */
export async function callerOf(turn: AssistantTurn, service: BenefitsService): Promise<Caller | undefined> {
  if (!turn.tenantId) {
    await turn.context.sendActivity(turn.t('tenant.missing'));
    return undefined;
  }
  return service.caller(turn.user, turn.tenantId, turn.context.activity.conversation.id);
}
