import { randomUUID } from 'node:crypto';
import { ActivityTypes, TestAdapter, TurnContext } from 'botbuilder';
import { t } from '../src/i18n/strings';
import { captureLogger } from '../src/logger';
import { INVOKE_ANSWER, PrivateContentGuard } from '../src/bot/privateContent';
import { executeActivity, messageActivity, person, Person, personalChat, submitActivity, Where } from './support/activities';
import { Reply, RunningBot, startBot, visibleText } from './support/botServer';
import { RecordingSender } from './support/fakeSender';
import { describeEachStore } from './support/stores';
import { Notifier } from '../src/bot/notifier';
import { Store } from '../src/store';

const GROUP = (tenantId: string): Where => ({ tenantId, conversationId: `19:${randomUUID()}@unq.gbl.spaces`, conversationType: 'groupChat' });
const CHANNEL = (tenantId: string): Where => ({ tenantId, conversationId: `19:${randomUUID()}@thread.tacv2`, conversationType: 'channel' });
const SHARED = [
  ['a group chat', GROUP],
  ['a channel', CHANNEL],
] as const;

/** Each organization of these tests: its own tenant, Global admin (bootstrap) and member, with their personal chats. */
interface Org {
  tenantId: string;
  admin: Person;
  member: Person;
  adminChat: Where;
  memberChat: Where;
}

function org(): Org {
  const tenantId = randomUUID();
  return { tenantId, admin: person('gina'), member: person('max'), adminChat: personalChat(tenantId), memberChat: personalChat(tenantId) };
}

/**
 * Outside a personal chat nothing carrying the Access ID or Contract ID is sent as a message: it is the
 * answer of the one person's card action, or it goes to their personal chat. Clients without Universal
 * Actions click the Action.Submit fallbacks, which arrive as messages.
 */
describe('IDs never posted in a group chat or channel', () => {
  const orgs = Array.from({ length: 4 }, org);
  let bot: RunningBot;
  const postedTo = (conversationId: string) => bot.connector.posts.filter((p) => decodeURIComponent(p.path).includes(`/v3/conversations/${conversationId}/`)).map((p) => p.activity);

  beforeAll(async () => {
    bot = await startBot({ BOOTSTRAP_ADMINS: orgs.map((o) => o.admin.aadObjectId).join(','), LOG_LEVEL: 'warn' });
    for (const o of orgs) {
      await bot.send(messageActivity('hi', o.admin, o.adminChat));
      await bot.send(messageActivity('hi', o.member, o.memberChat));
    }
  });
  afterAll(() => bot.close());

  const activate = async (o: Org, accessId: string, contractId: string) => {
    const replies = await bot.send(submitActivity({ verb: 'activation.submit', accessId, contractId }, o.admin, o.adminChat));
    expect(visibleText(replies)).toContain(t('en', 'act.recorded.title'));
  };
  const noIds = (replies: Reply[], ...ids: string[]) => {
    for (const id of ids) expect(JSON.stringify(replies)).not.toContain(id);
  };

  describe.each(SHARED)('in %s, from the Action.Submit fallbacks', (_name, where) => {
    const o = orgs[SHARED.findIndex(([, w]) => w === where)];
    const shared = where(o.tenantId);
    beforeAll(() => activate(o, 'ACC-SH-1111', 'CON-SH-2222'));

    it('"Show the IDs" sends them to the member\'s personal chat', async () => {
      const replies = await bot.send(submitActivity({ verb: 'ids.show' }, o.member, shared));
      noIds(replies, 'ACC-SH-1111', 'CON-SH-2222');
      expect(visibleText(replies)).toContain(t('en', 'ids.sentPrivately'));
      expect(JSON.stringify(postedTo(o.memberChat.conversationId))).toContain('ACC-SH-1111');
    });

    it('"Edit" sends the edit form to the admin\'s personal chat', async () => {
      const before = postedTo(o.adminChat.conversationId).length;
      const replies = await bot.send(submitActivity({ verb: 'ids.edit' }, o.admin, shared));
      noIds(replies, 'ACC-SH-1111', 'CON-SH-2222');
      expect(visibleText(replies)).toContain(t('en', 'ids.sentPrivately'));
      const privately = JSON.stringify(postedTo(o.adminChat.conversationId).slice(before));
      expect(privately).toContain('ACC-SH-1111');
      expect(privately).toContain(t('en', 'ids.edit.title'));
    });

    it('"Save" saves, and the updated card goes to the admin\'s personal chat', async () => {
      const { version } = await bot.app.store.benefits.get(o.tenantId);
      const before = postedTo(o.adminChat.conversationId).length;
      const replies = await bot.send(submitActivity({ verb: 'ids.save', accessId: 'ACC-SH-3333', contractId: 'CON-SH-4444', version: String(version) }, o.admin, shared));
      noIds(replies, 'ACC-SH-3333', 'CON-SH-4444', 'ACC-SH-1111');
      expect(visibleText(replies)).toContain(t('en', 'ids.sentPrivately'));
      expect(await bot.app.store.benefits.get(o.tenantId)).toMatchObject({ accessId: 'ACC-SH-3333', contractId: 'CON-SH-4444' });
      expect(JSON.stringify(postedTo(o.adminChat.conversationId).slice(before))).toContain('ACC-SH-3333');
    });

    it('a stale "Save" says someone changed them, with the current card in the personal chat only', async () => {
      const replies = await bot.send(submitActivity({ verb: 'ids.save', accessId: 'ACC-SH-9999', contractId: 'CON-SH-9999', version: '99' }, o.admin, shared));
      noIds(replies, 'ACC-SH-3333', 'CON-SH-4444', 'ACC-SH-9999');
      expect(visibleText(replies)).toContain(t('en', 'ids.conflict'));
    });

    it('"Mark expired" marks it, and the admin card goes to the personal chat', async () => {
      const before = postedTo(o.adminChat.conversationId).length;
      const replies = await bot.send(submitActivity({ verb: 'ids.markExpired' }, o.admin, shared));
      noIds(replies, 'ACC-SH-3333', 'CON-SH-4444');
      expect(visibleText(replies)).toContain(t('en', 'ids.sentPrivately'));
      expect((await bot.app.store.benefits.get(o.tenantId)).state).toBe('expired');
      expect(JSON.stringify(postedTo(o.adminChat.conversationId).slice(before))).toContain('ACC-SH-3333');
    });

    it('nothing the bot posted in the conversation carried an ID', () => {
      const inShared = JSON.stringify(postedTo(shared.conversationId));
      for (const id of ['ACC-SH-1111', 'CON-SH-2222', 'ACC-SH-3333', 'CON-SH-4444']) expect(inShared).not.toContain(id);
    });
  });

  describe.each(SHARED)('in %s, with Universal Actions', (_name, where) => {
    const o = orgs[2 + SHARED.findIndex(([, w]) => w === where)];
    const shared = where(o.tenantId);
    beforeAll(() => activate(o, 'ACC-UA-1111', 'CON-UA-2222'));

    it('"Show the IDs" and "Edit" answer the one person in the card action, with no message next to it', async () => {
      for (const [verb, p] of [['ids.refresh', o.member], ['ids.edit', o.admin]] as const) {
        const res = await bot.post(executeActivity(verb, {}, p, shared));
        const activities = res.body.activities as Array<{ type: string; value?: { body?: unknown } }>;
        expect(activities.map((a) => a.type)).toEqual(['invokeResponse']);
        expect(JSON.stringify(activities[0].value?.body)).toContain('ACC-UA-1111');
      }
    });

    it('a stale "Save" answers with the current card in the action; the conflict text carries no ID', async () => {
      const res = await bot.post(executeActivity('ids.save', { accessId: 'ACC-UA-9', contractId: 'CON-UA-9', version: 99 }, o.admin, shared));
      const activities = res.body.activities as Array<{ type: string; text?: string; value?: { body?: unknown } }>;
      expect(JSON.stringify(activities.find((a) => a.type === 'invokeResponse'))).toContain('ACC-UA-1111');
      const messages = activities.filter((a) => a.type === 'message');
      expect(visibleText(messages as Reply[])).toContain(t('en', 'ids.conflict'));
      expect(JSON.stringify(messages)).not.toContain('ACC-UA-1111');
    });
  });
});

/** The net under every handler: one check on each message the bot sends to a shared conversation. */
describe('the private content guard', () => {
  const TENANT = 'guard-tenant';
  const idCard = { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', body: [{ type: 'FactSet', facts: [{ title: 'Access ID', value: 'ACC-NET-1' }] }] } };
  const editForm = { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', body: [{ type: 'Input.Text', id: 'contractId', value: 'anything' }] } };

  async function sent(conversationType: 'personal' | 'groupChat' | 'channel', message: object, invokeAnswer = false): Promise<Array<{ text?: string; attachments?: unknown[] }>> {
    const guard = new PrivateContentGuard(async (tenantId) => (tenantId === TENANT ? ['ACC-NET-1', 'CON-NET-2'] : []), captureLogger('warn').logger);
    const adapter = new TestAdapter();
    const out: Array<{ text?: string; attachments?: unknown[] }> = [];
    await adapter.processActivity(
      { type: ActivityTypes.Message, text: 'x', conversation: { id: 'c', conversationType, tenantId: TENANT, isGroup: conversationType !== 'personal' } as never, locale: 'fr-FR' },
      async (context: TurnContext) => {
        guard.install(context);
        if (invokeAnswer) context.turnState.set(INVOKE_ANSWER, true);
        await context.sendActivity(message);
      },
    );
    while (adapter.activeQueue.length) out.push(adapter.activeQueue.shift() as never);
    return out;
  }

  it.each(['groupChat', 'channel'] as const)('replaces a message with the tenant\'s ID, or a filled ID field, in a %s', async (kind) => {
    for (const message of [{ type: 'message', attachments: [idCard] }, { type: 'message', text: 'Le Contract ID est CON-NET-2' }, { type: 'message', attachments: [editForm] }]) {
      const [out] = await sent(kind, message);
      expect(JSON.stringify(out)).not.toContain('NET-');
      expect(JSON.stringify(out)).not.toContain('anything');
      expect(out.text).toBe(t('fr', 'ids.notHere'));
    }
  });

  it('leaves personal chats, an invoke\'s own answer and messages without IDs alone', async () => {
    expect(JSON.stringify(await sent('personal', { type: 'message', attachments: [idCard] }))).toContain('ACC-NET-1');
    expect(JSON.stringify(await sent('channel', { type: 'message', attachments: [idCard] }, true))).toContain('ACC-NET-1');
    expect((await sent('channel', { type: 'message', text: 'ACC-NET-12 is not an ID of this tenant' }))[0].text).toContain('ACC-NET-12');
  });
});

/** Proactive messages follow the same rule: a shared conversation never gets one carrying the tenant's IDs. */
describeEachStore('proactive messages and the IDs', (factory) => {
  const TENANT = 'proactive-tenant';
  let store: Store;
  beforeAll(async () => {
    store = await factory.open();
    await store.benefits.recordActivation(TENANT, { accessId: 'ACC-PRO-1', contractId: 'CON-PRO-2' }, { userId: '29:ga', name: 'Gina' }, 'a:ga', 'k1');
    for (const [conversationId, kind, user] of [['19:ch@thread.tacv2', 'channel', undefined], ['a:max', 'personal', 'aad-max']] as const) {
      await store.conversations.upsert(TENANT, { conversationId, kind, userAadObjectId: user, reference: { conversation: { id: conversationId } } });
    }
  });
  afterAll(() => store.close());

  it('an ID-bearing message to a channel is not sent; to a personal chat it is', async () => {
    const sender = new RecordingSender();
    const notifier = new Notifier(store, sender, captureLogger('warn').logger, store.conversations);
    const message = () => ({ type: 'message', text: 'Access ID ACC-PRO-1' });
    expect(await notifier.toConversation(TENANT, '19:ch@thread.tacv2', 'n1', message)).toBe(false);
    expect(await notifier.toConversation(TENANT, '19:ch@thread.tacv2', 'n2', () => ({ type: 'message', text: 'The benefit is active.' }))).toBe(true);
    expect(await notifier.toUsers(TENANT, ['aad-max'], 'n3', message)).toBe(1);
    expect(sender.sent.map((s) => [s.conversationId, s.activity.text])).toEqual([
      ['19:ch@thread.tacv2', 'The benefit is active.'],
      ['a:max', 'Access ID ACC-PRO-1'],
    ]);
  });
});
