import type { ConversationReference, TurnContext } from 'botbuilder';
import type { ConversationRef } from '../domain/records';
import type { Logger } from '../logger';
import type { ConversationContinuer } from '../services/proactiveSender';
import type { ConversationRefRepository } from '../store/repositories';
import type { Membership, MemberDirectory } from './memberDirectory';

/** The reads of remembered conversations that decide where a message goes. */
export type ConversationReads = Pick<ConversationRefRepository, 'get' | 'listPersonal'> & {
  peopleNamed?(tenantId: string, matches: (name: string) => boolean): Promise<Array<{ aadObjectId: string; name: string }>>;
};

/**
 * Where the bot may send someone's private messages: a personal chat is remembered on its first message as
 * its sender claims it (no call to Teams on the turn), and confirmed when something is about to be sent
 * there: Teams' member lookup must name the tenant and the Entra id the chat is filed under. A chat Teams
 * names as someone else's (planted by a forged activity) is forgotten; one Teams could not be asked about
 * is skipped this time. Group chats and channels are remembered only once Teams confirmed their sender
 * (ConversationDirectory), so they are read as they are.
 */
export class ConfirmedConversations implements ConversationReads {
  constructor(
    private readonly conversations: ConversationRefRepository,
    private readonly adapter: ConversationContinuer,
    private readonly botAppId: string,
    private readonly members: MemberDirectory,
    private readonly logger: Logger,
  ) {}

  /** Each user's newest personal chat that Teams confirms is theirs; users without one are left out. */
  async listPersonal(tenantId: string, userAadObjectIds: readonly string[]): Promise<ConversationRef[]> {
    const refs = await this.conversations.listPersonal(tenantId, userAadObjectIds);
    const byUser = new Map<string, ConversationRef[]>();
    for (const ref of refs) {
      const user = ref.userAadObjectId?.toLowerCase();
      if (!user) continue;
      const chats = byUser.get(user);
      if (chats) chats.push(ref);
      else byUser.set(user, [ref]);
    }
    const found = await Promise.all(
      [...byUser.values()].map(async (chats) => {
        const newestFirst = chats.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
        // A chat Teams names as someone else's is forgotten, so each planted chat costs one lookup, once; when
        // Teams cannot be asked, the older chats are not tried either.
        for (const chat of newestFirst) {
          const answer = await this.confirm(chat);
          if (answer === 'yes') return chat;
          if (answer === 'unknown') return undefined;
        }
        return undefined;
      }),
    );
    return found.filter((ref): ref is ConversationRef => ref !== undefined);
  }

  /**
   * People of the organization the bot has talked with whose name `matches` ("Alex Kim" for "Алексу Киму"): names
   * as Teams gave them in their personal chat, each chat confirmed with Teams before it counts (a planted chat
   * with someone's name never does).
   */
  async peopleNamed(tenantId: string, matches: (name: string) => boolean): Promise<Array<{ aadObjectId: string; name: string }>> {
    const recent = await this.conversations.listRecentPersonal(tenantId, 500);
    const nameOf = (ref: ConversationRef) => {
      const name = (ref.reference as { user?: { name?: unknown } }).user?.name;
      return typeof name === 'string' ? name.trim() : '';
    };
    const ids = [...new Set(recent.filter((ref) => nameOf(ref) && matches(nameOf(ref))).map((ref) => ref.userAadObjectId!.toLowerCase()))].slice(0, 5);
    if (ids.length === 0) return [];
    return (await this.listPersonal(tenantId, ids)).filter((ref) => matches(nameOf(ref))).map((ref) => ({ aadObjectId: ref.userAadObjectId!.toLowerCase(), name: nameOf(ref) }));
  }

  /** The conversation, when the bot may post there: a personal chat only once Teams confirms its user. */
  async get(tenantId: string, conversationId: string): Promise<ConversationRef | undefined> {
    const ref = await this.conversations.get(tenantId, conversationId);
    if (!ref || ref.kind !== 'personal') return ref;
    return (await this.confirm(ref)) === 'yes' ? ref : undefined;
  }

  private async confirm(ref: ConversationRef): Promise<'yes' | 'no' | 'unknown'> {
    const membership = await this.ask(ref);
    if (!membership) return 'unknown';
    const user = ref.userAadObjectId?.toLowerCase();
    const confirmed = !membership.guest && membership.tenantId === ref.tenantId.toLowerCase() && !!user && membership.aadObjectId === user;
    if (!confirmed) {
      this.logger.info('personal chat forgotten: Teams does not confirm its user', { conversationId: ref.conversationId });
      await this.conversations.remove(ref.tenantId, ref.conversationId).catch((err: unknown) => {
        this.logger.error('could not forget the conversation', { err, conversationId: ref.conversationId });
      });
    }
    return confirmed ? 'yes' : 'no';
  }

  /** Teams' member lookup for the chat's user, in that chat (the directory caches answers per chat and user). */
  private async ask(ref: ConversationRef): Promise<Membership | undefined> {
    let membership: Membership | undefined;
    try {
      await this.adapter.continueConversationAsync(this.botAppId, ref.reference as Partial<ConversationReference>, async (context: TurnContext) => {
        membership = await this.members.membership(context);
      });
    } catch (err) {
      this.logger.warn('could not ask Teams who a personal chat belongs to', { err: (err as Error).message, conversationId: ref.conversationId });
      return undefined;
    }
    return membership;
  }
}
