import { randomUUID } from 'node:crypto';

/** Teams-shaped activities for tests: the same fields Teams sends, nothing the bot should not rely on. */
export interface Person {
  id: string;
  aadObjectId: string;
  name: string;
  /** Home tenant; defaults to the conversation's. */
  tenantId?: string;
  /** 'guest': a B2B guest of the conversation's tenant (Teams says so through the Bot Connector). */
  role?: 'guest';
}

export interface Where {
  tenantId: string;
  conversationId: string;
  conversationType?: 'personal' | 'groupChat' | 'channel';
  serviceUrl?: string;
}

/** Activities built here carry this serviceUrl; the test bot server routes it to its fake Bot Connector. */
export const DEFAULT_SERVICE_URL = 'http://127.0.0.1:1/';

export const TENANT_A = '11111111-1111-4111-8111-111111111111';
export const TENANT_B = '22222222-2222-4222-8222-222222222222';

export function person(name: string, tenantId?: string): Person {
  const aad = randomUUID();
  return { id: `29:${name}-${aad.slice(0, 8)}`, aadObjectId: aad, name, tenantId };
}

export function personalChat(tenantId = TENANT_A): Where {
  return { tenantId, conversationId: `a:personal-${randomUUID()}`, conversationType: 'personal' };
}

function base(from: Person, where: Where) {
  return {
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: where.serviceUrl ?? DEFAULT_SERVICE_URL,
    from: {
      id: from.id,
      aadObjectId: from.aadObjectId,
      name: from.name,
      ...(from.tenantId ? { tenantId: from.tenantId } : {}),
      ...(from.role ? { role: from.role } : {}),
    },
    recipient: { id: '28:assistant', name: 'Partner Benefits Assistant' },
    conversation: {
      id: where.conversationId,
      conversationType: where.conversationType ?? 'personal',
      tenantId: where.tenantId,
      isGroup: where.conversationType && where.conversationType !== 'personal' ? true : undefined,
    },
    channelData: { tenant: { id: where.tenantId } },
    deliveryMode: 'expectReplies',
  };
}

export function messageActivity(text: string, from: Person, where: Where, locale = 'en-US') {
  return { ...base(from, where), type: 'message', text, locale, textFormat: 'plain' };
}

/** What Teams sends for an Action.Submit click: a message with `value` = the button's data. */
export function submitActivity(data: Record<string, unknown>, from: Person, where: Where, locale = 'en-US') {
  return { ...base(from, where), type: 'message', value: data, locale };
}

/** What Teams sends for an Action.Execute click. */
export function executeActivity(verb: string, data: Record<string, unknown>, from: Person, where: Where, locale = 'en-US') {
  return {
    ...base(from, where),
    type: 'invoke',
    name: 'adaptiveCard/action',
    locale,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export function botAddedActivity(from: Person, where: Where, locale = 'en-US') {
  return {
    ...base(from, where),
    type: 'conversationUpdate',
    locale,
    membersAdded: [{ id: '28:assistant' }],
  };
}
