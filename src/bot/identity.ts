import { Activity, ChannelAccount, ConversationReference, TurnContext } from 'botbuilder';
import { UserIdentity } from '../domain/roles';

/** The tenant of the conversation, from the activity only (never from card data). */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const fromConversation = activity.conversation?.tenantId;
  const fromChannelData = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const id = fromConversation ?? (typeof fromChannelData === 'string' ? fromChannelData : undefined);
  return id ? id.toLowerCase() : undefined;
}

/**
 * Who sent the activity. Teams does not put the sender's home tenant on `from`; a guest or a shared-channel
 * user from another organization is recognised by `from.tenantId` when present, and in any case the roster
 * and Graph only know users of this tenant.
 */
export function userOf(activity: Partial<Activity>): UserIdentity {
  const from: Partial<ChannelAccount> & { id: string } = activity.from ?? { id: 'unknown' };
  const homeTenant = (from as { tenantId?: string }).tenantId;
  return {
    tenantId: (homeTenant ?? tenantOf(activity) ?? '').toLowerCase(),
    aadObjectId: from.aadObjectId ? from.aadObjectId.toLowerCase() : undefined,
    userId: from.id,
    name: from.name,
  };
}

export type ConversationKind = 'personal' | 'groupChat' | 'channel';

/** Where later messages to the activity's conversation go (the SDK's conversation reference of it). */
export function conversationReferenceOf(activity: Partial<Activity>): Partial<ConversationReference> {
  return TurnContext.getConversationReference(activity);
}

/** A stored reference (proactive sends): shared unless it is plainly a personal chat. */
export function isSharedReference(reference: Partial<ConversationReference>): boolean {
  const c = reference.conversation as (Partial<ConversationReference>['conversation'] & { conversationType?: string }) | undefined;
  if (!c) return true;
  return c.conversationType === 'channel' || c.conversationType === 'groupChat' || c.isGroup === true || String(c.id ?? '').includes('@thread');
}

export function conversationKindOf(activity: Partial<Activity>): ConversationKind {
  const type = activity.conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat' || activity.conversation?.isGroup) return 'groupChat';
  return 'personal';
}
