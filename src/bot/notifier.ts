import { Activity, ConversationReference } from 'botbuilder';
import type { Store } from '../store/repositories';
import type { Logger } from '../logger';
import type { ProactiveSender } from '../services/proactiveSender';
import { Locale } from '../domain/types';
import { localeFromTag } from '../i18n/locale';
import { PrivateContentGuard } from './privateContent';
import type { ConversationReads } from './confirmedConversations';

/** Builds the message in the language of the conversation it goes to. */
export type MessageFor = (locale: Locale | undefined) => Partial<Activity>;

function localeOf(reference: object): Locale | undefined {
  return localeFromTag((reference as { locale?: string }).locale);
}

/**
 * Proactive messages to people and conversations the bot has seen. Each message is claimed once in the
 * store, so a retried turn or a second instance never sends it twice.
 */
export class Notifier {
  constructor(
    private readonly store: Store,
    private readonly sender: ProactiveSender,
    private readonly logger: Logger,
    /** Where messages may go: personal chats Teams confirms (ConfirmedConversations). */
    private readonly conversations: ConversationReads,
    /** Waits for conversation references still being written (see ConversationDirectory). */
    private readonly referencesSettled: () => Promise<void> = async () => undefined,
  ) {
    this.privacy = new PrivateContentGuard(async (tenantId) => {
      const record = await this.store.benefits.get(tenantId);
      return [record.accessId, record.contractId].filter((id): id is string => !!id);
    }, logger);
  }

  /** The same rule as in turns: a shared conversation never gets a message carrying the tenant's IDs. */
  private readonly privacy: PrivateContentGuard;

  /**
   * To each user's personal chat (the one `conversations` picks: ConfirmedConversations gives the newest
   * Teams confirms), in the language of that chat; returns how many people were reached. The claim is per
   * user, so a user is sent the message once however many chats are listed.
   */
  async toUsers(tenantId: string, aadObjectIds: readonly string[], claimKey: string, message: MessageFor): Promise<number> {
    if (aadObjectIds.length === 0) return 0;
    await this.referencesSettled();
    let reached = 0;
    for (const chat of await this.conversations.listPersonal(tenantId, aadObjectIds)) {
      const user = chat.userAadObjectId ?? chat.conversationId;
      if (await this.sendOnce(tenantId, `${claimKey}:${user}`, chat.reference, message(localeOf(chat.reference)))) reached += 1;
    }
    return reached;
  }

  async toConversation(tenantId: string, conversationId: string, claimKey: string, message: MessageFor): Promise<boolean> {
    await this.referencesSettled();
    const ref = await this.conversations.get(tenantId, conversationId);
    if (!ref) return false;
    const activity = message(localeOf(ref.reference));
    if (!(await this.privacy.mayPost(tenantId, ref.kind, activity))) return false;
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
