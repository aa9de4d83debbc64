import { Activity, TeamsInfo, TurnContext } from 'botbuilder';
import { tenantOf } from './identity';
import { LruCache } from '../lruCache';
import type { Logger } from '../logger';
import { ConnectorMemberClient, type ConnectorMemberInfo } from './connectorMember';

/** What Teams says about the sender: their home tenant, and whether they are a guest here. */
export interface Membership {
  /** Absent when Teams answered that the user is not a member of the conversation. */
  tenantId?: string;
  /** The sender's Entra object id as Teams knows it (lower case). */
  aadObjectId?: string;
  guest: boolean;
}

export interface MemberDirectory {
  /**
   * undefined when Teams could not be asked; no tenantId when Teams answered that the user is not a member of
   * the conversation. Either way callers treat the sender as outside the organization.
   */
  membership(context: TurnContext): Promise<Membership | undefined>;
}

/** A member of the conversation as Teams knows them (GET …/members/{userId}); throws when Teams cannot say. */
export function conversationMember(context: TurnContext, userId: string): Promise<{ aadObjectId?: string; name?: string }> {
  return TeamsInfo.getMember(context, userId);
}

const TTL_MS = 10 * 60 * 1000;
/** As long as any other call to the Bot Connector may take (adapter.ts). */
const LOOKUP_TIMEOUT_MS = 3_000;

/**
 * Asks the Bot Connector who the sender is (GET /v3/conversations/{id}/members/{userId}): a guest or a
 * user of another organization in a shared channel is recognised there, not in the activity. Answers are
 * cached per conversation and user for a few minutes.
 */
export class TeamsMemberDirectory implements MemberDirectory {
  private readonly cache = new LruCache<{ at: number; value: Membership }>(5000);
  private readonly inflight = new Map<string, Promise<Membership | undefined>>();
  private readonly client: ConnectorMemberClient;

  constructor(
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
    timeoutMs: number = LOOKUP_TIMEOUT_MS,
  ) {
    this.client = new ConnectorMemberClient(timeoutMs);
  }

  /** Closes the kept-alive connections to the Bot Connector. */
  close(): void {
    this.client.close();
  }

  async membership(context: TurnContext): Promise<Membership | undefined> {
    const userId = context.activity.from?.id;
    const conversationId = context.activity.conversation?.id;
    if (!userId || !conversationId) return undefined;
    const key = `${conversationId}\u0000${userId}`;
    const hit = this.cache.get(key);
    if (hit && this.now() - hit.at < TTL_MS) return hit.value;
    // The directory's lookup behind a conversation's first reply and the turn's own role check ask at once.
    const pending = this.inflight.get(key);
    if (pending) return pending;
    const lookup = this.lookup(context, key, userId, conversationId).finally(() => this.inflight.delete(key));
    this.inflight.set(key, lookup);
    return lookup;
  }

  private async lookup(context: TurnContext, key: string, userId: string, conversationId: string): Promise<Membership | undefined> {
    try {
      const signer = this.client.signerOf(context);
      const member: ConnectorMemberInfo = signer ? await this.client.getMember(context, signer, userId) : await TeamsInfo.getMember(context, userId);
      const value: Membership = {
        tenantId: typeof member.tenantId === 'string' ? member.tenantId.toLowerCase() : undefined,
        aadObjectId: typeof member.aadObjectId === 'string' ? member.aadObjectId.toLowerCase() : undefined,
        guest: typeof member.userRole === 'string' && member.userRole.toLowerCase() === 'guest',
      };
      this.cache.set(key, { at: this.now(), value });
      return value;
    } catch (err) {
      const status = (err as { status?: unknown }).status ?? (err as { statusCode?: unknown }).statusCode;
      if (status === 403 || status === 404) {
        // Teams answered: no such member of this conversation (or the bot is not in it), so nobody is confirmed.
        // Not cached: someone just added may be known a moment later.
        return { guest: false };
      }
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
