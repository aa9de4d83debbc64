import { Activity, ConversationReference } from 'botbuilder';
import type { Store } from '../store/repositories';
import type { Logger } from '../logger';
import type { ProactiveSender } from '../services/proactiveSender';

/**
 * Proactive messages to people and conversations the bot has seen. Each message is claimed once in the
 * store, so a retried turn or a second instance never sends it twice.
 */
export class Notifier {
  constructor(
    private readonly store: Store,
    private readonly sender: ProactiveSender,
    private readonly logger: Logger,
  ) {}

  /** To the personal chats of these users; returns how many were reached. */
  async toUsers(tenantId: string, aadObjectIds: readonly string[], claimKey: string, activity: Partial<Activity>): Promise<number> {
    if (aadObjectIds.length === 0) return 0;
    const refs = await this.store.conversations.listPersonal(tenantId, aadObjectIds);
    let reached = 0;
    for (const ref of refs) {
      if (await this.sendOnce(tenantId, `${claimKey}:${ref.conversationId}`, ref.reference, activity)) reached += 1;
    }
    return reached;
  }

  async toConversation(tenantId: string, conversationId: string, claimKey: string, activity: Partial<Activity>): Promise<boolean> {
    const ref = await this.store.conversations.get(tenantId, conversationId);
    if (!ref) return false;
    return this.sendOnce(tenantId, `${claimKey}:${conversationId}`, ref.reference, activity);
  }

  private async sendOnce(tenantId: string, key: string, reference: object, activity: Partial<Activity>): Promise<boolean> {
    if (!(await this.store.claimOnce(tenantId, key))) return false;
    const outcome = await this.sender.send(reference as Partial<ConversationReference>, activity);
    if (outcome === 'failed') {
      await this.store.releaseClaim(tenantId, key);
      this.logger.warn('proactive message not delivered', { tenantId, key });
      return false;
    }
    return true;
  }
}
