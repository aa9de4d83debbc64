import { t } from '../src/i18n/strings';
import { Store } from '../src/store';
import {
  botAddedActivity,
  executeActivity,
  messageActivity,
  person,
  personalChat,
  submitActivity,
  TENANT_A,
  TENANT_B,
  Where,
} from './support/activities';
import { Reply, RunningBot, startBot, visibleText } from './support/botServer';
import { RecordingSender } from './support/fakeSender';
import { describeEachStore } from './support/stores';
import { FakeActivationWebhook } from './fakes/fakeActivationWebhook';

const card = (replies: Reply[]) => replies[0]?.attachments?.[0]?.content as Record<string, any>;
const actionTitles = (c: Record<string, any>) => JSON.stringify(c.actions ?? []);

/** The IDs in a team channel: the message everyone sees carries none; each user's refreshed view is role-checked. */
describeEachStore('the Access ID and Contract ID in a channel', (factory) => {
  const ga = person('gina');
  const member = person('max');
  const guest = person('eve', TENANT_B);
  const b2bGuest = { ...person('greta'), role: 'guest' as const };
  const channel: Where = { tenantId: TENANT_A, conversationId: '19:benefits@thread.tacv2', conversationType: 'channel' };
  let store: Store;
  let bot: RunningBot;

  beforeAll(async () => {
    store = await factory.open();
    bot = await startBot({ BOOTSTRAP_ADMINS: ga.aadObjectId, LOG_LEVEL: 'warn' }, { store, sender: new RecordingSender() });
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  it('is welcomed when added to the team, in the Teams locale', async () => {
    const replies = await bot.send(botAddedActivity(ga, channel, 'fr-FR'));
    expect(visibleText(replies)).toContain(t('fr', 'cards.help.anytime'));
  });

  it('forgets the channel when the bot is removed from it', async () => {
    const other: Where = { tenantId: TENANT_A, conversationId: '19:temporary@thread.tacv2', conversationType: 'channel' };
    await bot.send(messageActivity('help', member, other));
    expect(await store.conversations.get(TENANT_A, other.conversationId)).toMatchObject({
      tenantId: TENANT_A,
      conversationId: other.conversationId,
      kind: 'channel',
      reference: { conversation: { id: other.conversationId } },
    });
    await bot.send({ ...botAddedActivity(ga, other), membersAdded: undefined, membersRemoved: [{ id: '28:assistant' }] });
    expect(await store.conversations.get(TENANT_A, other.conversationId)).toBeUndefined();
  });

  it('before activation, members see "not activated yet" and can ask an admin', async () => {
    const replies = await bot.send(messageActivity('what is our access id?', member, personalChat(TENANT_A)));
    expect(visibleText(replies)).toContain(t('en', 'ids.state.notActivated'));
    expect(visibleText(replies)).toContain(t('en', 'act.askButton'));
  });

  it('after activation, the channel message hides the IDs and refreshes for the asker only', async () => {
    await bot.send(submitActivity({ verb: 'activation.submit', accessId: 'ACC-CH-1', contractId: 'CON-CH-1' }, ga, personalChat(TENANT_A)));
    const replies = await bot.send(messageActivity('our IDs', member, channel));
    const c = card(replies);
    expect(JSON.stringify(c)).not.toContain('ACC-CH-1');
    expect(c.refresh).toMatchObject({ action: { type: 'Action.Execute', verb: 'ids.refresh' }, userIds: [member.id] });
    expect(actionTitles(c)).toContain(t('en', 'ids.show'));
    expect(JSON.stringify(c.actions)).toContain('"fallback":{"type":"Action.Submit"');
  });

  it('the refresh gives a member the IDs, an admin the IDs with Edit and Mark expired, another tenant\'s user or a guest nothing', async () => {
    const forMember = await bot.invoke(executeActivity('ids.refresh', {}, member, channel));
    expect(forMember.statusCode).toBe(200);
    expect(JSON.stringify(forMember.value)).toContain('ACC-CH-1');
    expect(actionTitles(forMember.value)).not.toContain(t('en', 'ids.edit'));

    const forAdmin = await bot.invoke(executeActivity('ids.refresh', {}, ga, channel));
    expect(JSON.stringify(forAdmin.value)).toContain('ACC-CH-1');
    expect(actionTitles(forAdmin.value)).toContain(t('en', 'ids.edit'));
    expect(actionTitles(forAdmin.value)).toContain(t('en', 'ids.markExpired'));

    for (const outsider of [guest, b2bGuest]) {
      const forGuest = await bot.invoke(executeActivity('ids.refresh', {}, outsider, channel));
      expect(JSON.stringify(forGuest)).not.toContain('ACC-CH-1');
      expect(JSON.stringify(forGuest)).not.toContain('CON-CH-1');
      const typed = await bot.send(messageActivity('our IDs', outsider, personalChat(TENANT_A)));
      expect(JSON.stringify(typed)).not.toContain('ACC-CH-1');
    }
  });

  it('a client without Universal Actions gets the IDs privately, never in the channel', async () => {
    await bot.send(messageActivity('hi', member, personalChat(TENANT_A)));
    const replies = await bot.send(submitActivity({ verb: 'ids.show' }, member, channel));
    expect(JSON.stringify(replies)).not.toContain('ACC-CH-1');
    expect(visibleText(replies)).toMatch(new RegExp(`${t('en', 'ids.sentPrivately')}|${t('en', 'ids.openPersonal')}`.replace(/[.()]/g, '\\$&')));
  });

  it('a sender Teams does not know is told so and gets nothing', async () => {
    const stranger = person('sam');
    const where = { ...personalChat(TENANT_A), serviceUrl: bot.connector.serviceUrl };
    const replies = await bot.send(messageActivity('our IDs', stranger, where));
    expect(visibleText(replies)).toContain(t('en', 'tenant.unverified'));
    expect(JSON.stringify(replies)).not.toContain('ACC-CH');
  });

  it('a refused card action is answered in the card action itself, not with an extra message', async () => {
    const res = await bot.post(executeActivity('ids.markExpired', {}, member, channel));
    const activities = res.body.activities as Array<{ type: string; value?: { body?: { value?: unknown } } }>;
    expect(activities.map((a) => a.type)).toEqual(['invokeResponse']);
    expect(activities[0].value?.body?.value).toBe(t('en', 'act.refused'));
  });

  it('an edit with a bad date says why, and a stale edit says someone else changed the IDs', async () => {
    const { version } = await store.benefits.get(TENANT_A);
    const bad = await bot.invoke(executeActivity('ids.save', { accessId: 'ACC-X', contractId: 'CON-X', contractEnd: '2020-13-45', version }, ga, channel));
    expect(bad.value).toContain(t('en', 'act.err.badDate'));
    const stale = await bot.post(executeActivity('ids.save', { accessId: 'ACC-X', contractId: 'CON-X', version: version + 7 }, ga, channel));
    expect(JSON.stringify(stale.body)).toContain(t('en', 'ids.conflict'));
    expect((await store.benefits.get(TENANT_A)).accessId).not.toBe('ACC-X');
  });

  it('the admin edits from the card: the form shows the current IDs and saving updates them', async () => {
    const form = await bot.invoke(executeActivity('ids.edit', {}, ga, channel));
    expect(JSON.stringify(form.value)).toContain('ACC-CH-1');
    const { version } = await store.benefits.get(TENANT_A);
    const saved = await bot.invoke(executeActivity('ids.save', { accessId: 'ACC-CH-2', contractId: 'CON-CH-2', contractEnd: '2027-12-31', incidentsRemaining: '7', version }, ga, channel));
    expect(JSON.stringify(saved.value)).toContain('ACC-CH-2');
    expect(await store.benefits.get(TENANT_A)).toMatchObject({ accessId: 'ACC-CH-2', contractEnd: '2027-12-31', incidentsRemaining: 7 });
    expect(JSON.stringify(saved.value)).toContain(t('en', 'ids.contractUntil', { end: '2027-12-31' }));
  });
});

describe('activation through the organization\'s webhook', () => {
  const SECRET = 'webhook-secret-for-tests-0123456789';
  let hook: FakeActivationWebhook;
  let bot: RunningBot;
  const ga = person('gina');

  beforeAll(async () => {
    hook = await FakeActivationWebhook.start(SECRET, { status: 200, body: { accessId: 'HOOK-ACC', contractId: 'HOOK-CON' } });
    bot = await startBot(
      { BOOTSTRAP_ADMINS: ga.aadObjectId, ACTIVATION_WEBHOOK_URL: hook.url, ACTIVATION_WEBHOOK_SECRET: SECRET, ACTIVATION_WEBHOOK_RETRIES: '1', ACTIVATION_WEBHOOK_TIMEOUT_MS: '500', LOG_LEVEL: 'warn' },
      { sender: new RecordingSender() },
    );
  });
  afterAll(async () => {
    await bot.close();
    await hook.close();
  });

  it('a failing webhook is shown to the admin and nothing is recorded', async () => {
    hook.reply({ status: 503 }, { status: 503 });
    const chat = personalChat(TENANT_A);
    const replies = await bot.send(submitActivity({ verb: 'activation.submit', accessId: 'ENTERED-1', contractId: 'ENTERED-2' }, ga, chat));
    expect(visibleText(replies)).toContain(t('en', 'act.gateway.unreachable'));
    expect(visibleText(await bot.send(messageActivity('our IDs', ga, chat)))).toContain(t('en', 'ids.state.notActivated'));
    expect(hook.calls.every((c) => c.signatureValid)).toBe(true);
  });

  it('a working webhook records the IDs it returns', async () => {
    hook.reset();
    const chat = personalChat(TENANT_A);
    const replies = await bot.send(submitActivity({ verb: 'activation.submit', accessId: 'ENTERED-1', contractId: 'ENTERED-2' }, ga, chat));
    expect(visibleText(replies)).toContain(t('en', 'act.recorded.title'));
    expect(visibleText(await bot.send(messageActivity('our IDs', ga, chat)))).toContain('HOOK-ACC');
    expect(hook.calls).toHaveLength(1);
  });
});
