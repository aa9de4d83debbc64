import { TurnContext, type ConversationReference } from 'botbuilder';
import type { Store } from '../store/repositories';
import type { Logger } from '../logger';
import { conversationKindOf, tenantOf } from './identity';
import type { SenderCheck } from './memberDirectory';

const REMEMBER_MS = 10 * 60 * 1000;
const MAX_ENTRIES = 10_000;

/**
 * Remembers where the bot can reach people later (proactive messages): on install and on the first
 * message of a conversation. A short in-process memory keeps busy chats from writing on every turn, and the
 * write happens behind the reply: readers of references (the notifier) wait for `settled()` first.
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
   * A personal chat is filed under the Entra id its sender claims, and Teams is asked whether that is so
   * only when a private message is about to go there (ConfirmedConversations): a conversation's first
   * message does not wait for, or pay for, a call to Teams. A group chat or channel is remembered once Teams
   * confirms the sender as a user of its tenant (`sender`, Teams' member lookup).
   */
  seen(context: TurnContext, sender: () => Promise<SenderCheck>): void {
    const activity = context.activity;
    const tenantId = tenantOf(activity);
    if (!tenantId || !activity.conversation?.id) return;
    const kind = conversationKindOf(activity);
    const claimed = activity.from?.aadObjectId?.toLowerCase();
    if (kind === 'personal' && !claimed) return;
    const key = `${tenantId}|${activity.conversation.id}|${kind === 'personal' ? claimed : ''}`;
    const last = this.recent.get(key);
    if (last !== undefined && this.now() - last < REMEMBER_MS) return;
    // Marked now, so the turns that follow while the write (or Teams) is pending do not start another.
    this.remember(key);
    const reference = TurnContext.getConversationReference(activity);
    const writing =
      kind === 'personal'
        ? this.write(tenantId, activity.conversation.id, kind, reference, claimed)
        : this.confirmAndWrite(tenantId, kind, reference, key, sender);
    const work = writing
      .catch((err: unknown) => {
        this.recent.delete(key);
        this.logger.error('could not remember the conversation', { err, conversationId: activity.conversation.id });
      })
      .finally(() => this.writing.delete(work));
    this.writing.add(work);
  }

  /** Asks Teams who the sender of a group chat or channel message is (behind the reply), then writes. */
  private async confirmAndWrite(
    tenantId: string,
    kind: ReturnType<typeof conversationKindOf>,
    reference: Partial<ConversationReference>,
    key: string,
    sender: () => Promise<SenderCheck>,
  ): Promise<void> {
    const check = await sender();
    if (check.kind !== 'member' || check.tenantId !== tenantId) {
      this.recent.delete(key);
      this.logger.info('conversation not remembered: the sender is not confirmed by Teams', { kind, check: check.kind });
      return;
    }
    await this.write(tenantId, reference.conversation!.id, kind, reference);
  }

  private async write(
    tenantId: string,
    conversationId: string,
    kind: ReturnType<typeof conversationKindOf>,
    reference: Partial<ConversationReference>,
    userAadObjectId?: string,
  ): Promise<void> {
    await this.store.conversations.upsert(tenantId, { conversationId, kind, reference, userAadObjectId });
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
