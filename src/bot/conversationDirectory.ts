import { TurnContext } from 'botbuilder';
import type { Store } from '../store/repositories';
import type { Logger } from '../logger';
import { conversationKindOf, tenantOf } from './identity';

const REMEMBER_MS = 10 * 60 * 1000;
const MAX_ENTRIES = 10_000;

/**
 * Remembers where the bot can reach people later (proactive messages): on install and on the first
 * message of a conversation. A short in-process memory keeps busy chats from writing on every turn.
 */
export class ConversationDirectory {
  private readonly recent = new Map<string, number>();

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async seen(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const tenantId = tenantOf(activity);
    if (!tenantId || !activity.conversation?.id) return;
    const kind = conversationKindOf(activity);
    const key = `${tenantId}|${activity.conversation.id}|${kind === 'personal' ? activity.from?.aadObjectId ?? '' : ''}`;
    const last = this.recent.get(key);
    if (last !== undefined && this.now() - last < REMEMBER_MS) return;
    this.recent.delete(key);
    this.recent.set(key, this.now());
    if (this.recent.size > MAX_ENTRIES) this.recent.delete(this.recent.keys().next().value as string);
    try {
      await this.store.conversations.upsert(tenantId, {
        conversationId: activity.conversation.id,
        kind,
        reference: TurnContext.getConversationReference(activity),
        userAadObjectId: kind === 'personal' ? activity.from?.aadObjectId?.toLowerCase() : undefined,
      });
    } catch (err) {
      this.recent.delete(key);
      this.logger.error('could not remember the conversation', { err, conversationId: activity.conversation.id });
    }
  }

  async left(context: TurnContext): Promise<void> {
    const tenantId = tenantOf(context.activity);
    const conversationId = context.activity.conversation?.id;
    if (!tenantId || !conversationId) return;
    for (const key of [...this.recent.keys()]) if (key.startsWith(`${tenantId}|${conversationId}|`)) this.recent.delete(key);
    try {
      await this.store.conversations.remove(tenantId, conversationId);
    } catch (err) {
      this.logger.error('could not forget the conversation', { err, conversationId });
    }
  }
}
