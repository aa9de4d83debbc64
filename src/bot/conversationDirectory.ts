import { TurnContext } from 'botbuilder';
import type { Store } from '../store/repositories';
import type { Logger } from '../logger';
import { conversationKindOf, tenantOf } from './identity';
import type { SenderCheck } from './memberDirectory';

const REMEMBER_MS = 10 * 60 * 1000;
const MAX_ENTRIES = 10_000;

/**
 * Remembers where the bot can reach people later (proactive messages): on install and on the first
 * message of a conversation, from a sender Teams confirms. A short in-process memory keeps busy chats from
 * writing on every turn, and Teams' member lookup and the write happen behind the reply: readers of
 * references (the notifier) wait for `settled()` first.
 */
export class ConversationDirectory {
  private readonly recent = new Map<string, number>();
  private readonly writing = new Set<Promise<void>>();

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Remembers the conversation once Teams confirms the sender as a user of its tenant (`sender`, Teams'
   * member lookup): a forged activity claiming someone's Entra id must not plant a conversation where that
   * person's private messages would go. A personal chat is filed under the tenant and the user Teams names.
   */
  seen(context: TurnContext, sender: () => Promise<SenderCheck>): void {
    const activity = context.activity;
    const tenantId = tenantOf(activity);
    if (!tenantId || !activity.conversation?.id) return;
    const kind = conversationKindOf(activity);
    const key = `${tenantId}|${activity.conversation.id}|${kind === 'personal' ? activity.from?.aadObjectId?.toLowerCase() ?? '' : ''}`;
    const last = this.recent.get(key);
    if (last !== undefined && this.now() - last < REMEMBER_MS) return;
    // Marked now, so the turns that follow while Teams is asked do not ask again; unmarked if it fails.
    this.remember(key);
    const work = this.confirmAndWrite(activity, tenantId, kind, key, sender)
      .catch((err: unknown) => {
        this.recent.delete(key);
        this.logger.error('could not remember the conversation', { err, conversationId: activity.conversation.id });
      })
      .finally(() => this.writing.delete(work));
    this.writing.add(work);
  }

  /** Asks Teams who the sender is (behind the reply: the turn does not wait for it), then writes. */
  private async confirmAndWrite(
    activity: TurnContext['activity'],
    tenantId: string,
    kind: ReturnType<typeof conversationKindOf>,
    key: string,
    sender: () => Promise<SenderCheck>,
  ): Promise<void> {
    const check = await sender();
    if (check.kind !== 'member' || check.tenantId !== tenantId || (kind === 'personal' && !check.aadObjectId)) {
      this.recent.delete(key);
      this.logger.info('conversation not remembered: the sender is not confirmed by Teams', { kind, check: check.kind });
      return;
    }
    await this.store.conversations.upsert(tenantId, {
      conversationId: activity.conversation.id,
      kind,
      reference: TurnContext.getConversationReference(activity),
      userAadObjectId: kind === 'personal' ? check.aadObjectId : undefined,
    });
  }

  private remember(key: string): void {
    this.recent.delete(key);
    this.recent.set(key, this.now());
    if (this.recent.size > MAX_ENTRIES) this.recent.delete(this.recent.keys().next().value as string);
  }

  /** Resolves when every reference seen so far is written. */
  async settled(): Promise<void> {
    while (this.writing.size > 0) await Promise.all([...this.writing]);
  }

  async left(context: TurnContext): Promise<void> {
    const tenantId = tenantOf(context.activity);
    const conversationId = context.activity.conversation?.id;
    if (!tenantId || !conversationId) return;
    for (const key of [...this.recent.keys()]) if (key.startsWith(`${tenantId}|${conversationId}|`)) this.recent.delete(key);
    await this.settled();
    try {
      await this.store.conversations.remove(tenantId, conversationId);
    } catch (err) {
      this.logger.error('could not forget the conversation', { err, conversationId });
    }
  }
}
