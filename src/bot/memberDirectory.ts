import { TeamsInfo, TurnContext } from 'botbuilder';
import { LruCache } from '../lruCache';
import type { Logger } from '../logger';

/** What Teams says about the sender: their home tenant, and whether they are a guest here. */
export interface Membership {
  tenantId?: string;
  guest: boolean;
}

export interface MemberDirectory {
  /** undefined when Teams could not be asked: callers treat the sender as outside the organization. */
  membership(context: TurnContext): Promise<Membership | undefined>;
}

const TTL_MS = 10 * 60 * 1000;

/**
 * Asks the Bot Connector who the sender is (GET /v3/conversations/{id}/members/{userId}): a guest or a
 * user of another organization in a shared channel is recognised there, not in the activity. Answers are
 * cached per conversation and user for a few minutes.
 */
export class TeamsMemberDirectory implements MemberDirectory {
  private readonly cache = new LruCache<{ at: number; value: Membership }>(5000);

  constructor(
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async membership(context: TurnContext): Promise<Membership | undefined> {
    const userId = context.activity.from?.id;
    const conversationId = context.activity.conversation?.id;
    if (!userId || !conversationId) return undefined;
    const key = `${conversationId}\u0000${userId}`;
    const hit = this.cache.get(key);
    if (hit && this.now() - hit.at < TTL_MS) return hit.value;
    try {
      const member = await TeamsInfo.getMember(context, userId);
      const value: Membership = {
        tenantId: member.tenantId?.toLowerCase(),
        guest: (member.userRole ?? '').toLowerCase() === 'guest',
      };
      this.cache.set(key, { at: this.now(), value });
      return value;
    } catch (err) {
      this.logger.warn('could not ask Teams who the sender is', { err: (err as Error).message, conversationId });
      return undefined;
    }
  }
}
