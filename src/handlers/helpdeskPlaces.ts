import type { AssistantTurn } from '../bot/turn';
import type { Store } from '../store/repositories';

/** A channel thread's conversation id carries `;messageid=`: the channel is what comes before it. */
function baseConversationId(id: string | undefined): string {
  return (id ?? '').split(';')[0];
}

/**
 * Where the helpdesk's views may quote people's questions (tickets, the queue, the report): a personal chat,
 * or this organization's helpdesk channel, and nowhere else.
 */
export async function inPrivateOrHelpdeskChannel(turn: AssistantTurn, store: Pick<Store, 'tickets'>, tenantId: string): Promise<boolean> {
  if (turn.conversationKind === 'personal') return true;
  if (turn.conversationKind !== 'channel') return false;
  const channel = await store.tickets.getChannel(tenantId);
  return !!channel && channel.conversationId === baseConversationId(turn.context.activity.conversation?.id);
}
