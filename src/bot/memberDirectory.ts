import { Activity, TeamsInfo, TurnContext } from 'botbuilder';
import { tenantOf } from './identity';
import { LruCache } from '../lruCache';
import type { Logger } from '../logger';

/** What Teams says about the sender: their home tenant, and whether they are a guest here. */
export interface Membership {
  tenantId?: string;
  /** The sender's Entra object id as Teams knows it (lower case). */
  aadObjectId?: string;
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
        aadObjectId: member.aadObjectId?.toLowerCase(),
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

/** Who the sender is once Teams has been asked; anything Teams did not confirm counts against them. */
export type SenderCheck =
  /** Teams could not be asked, named no tenant, or knows this user id as someone else. */
  | { kind: 'unverified' }
  /** A guest here, or a user of another organization: their home tenant as Teams (or the activity) names it. */
  | { kind: 'outside'; homeTenantId: string }
  /** A user of the conversation's tenant, with the Entra object id Teams knows them by. */
  | { kind: 'member'; tenantId: string; aadObjectId?: string };

/**
 * Fails closed: the activity's own claims (from.tenantId, from.aadObjectId) are never enough, only what
 * Teams' member lookup confirms. Either source naming another tenant makes the sender an outsider.
 */
export function checkSender(membership: Membership | undefined, activity: Partial<Activity>): SenderCheck {
  if (!membership?.tenantId) return { kind: 'unverified' };
  const claimed = activity.from?.aadObjectId?.toLowerCase();
  if (claimed && membership.aadObjectId !== claimed) return { kind: 'unverified' };
  if (membership.guest) return { kind: 'outside', homeTenantId: `guest:${membership.tenantId}` };
  const conversationTenant = tenantOf(activity);
  const fromTenant = (activity.from as { tenantId?: string } | undefined)?.tenantId?.toLowerCase();
  if (!conversationTenant || membership.tenantId !== conversationTenant) return { kind: 'outside', homeTenantId: `other:${membership.tenantId}` };
  if (fromTenant && fromTenant !== conversationTenant) return { kind: 'outside', homeTenantId: `other:${fromTenant}` };
  return { kind: 'member', tenantId: conversationTenant, aadObjectId: membership.aadObjectId };
}
