import { t } from '../src/i18n/strings';
import { Store } from '../src/store';
import { messageActivity, person, personalChat, submitActivity, TENANT_A } from './support/activities';
import { RunningBot, startBot, visibleText } from './support/botServer';
import { FakeActivationWebhook } from './fakes/fakeActivationWebhook';
import { RecordingSender } from './support/fakeSender';
import { describeEachStore } from './support/stores';

/** Issue item 15: the activation's idempotency key with long activity ids and with none. */
describeEachStore('the activation idempotency key', (factory) => {
  const SECRET = 'webhook-secret-for-tests-0123456789';
  const gina = person('Gina Global');
  let store: Store;
  let hook: FakeActivationWebhook;
  let bot: RunningBot;

  beforeAll(async () => {
    store = await factory.open();
    hook = await FakeActivationWebhook.start(SECRET, { status: 200, body: { accessId: 'HOOK-ACC-1', contractId: 'HOOK-CON-1' } });
    bot = await startBot(
      {
        BOOTSTRAP_ADMINS: gina.aadObjectId,
        ACTIVATION_WEBHOOK_URL: hook.url,
        ACTIVATION_WEBHOOK_SECRET: SECRET,
        ACTIVATION_WEBHOOK_TIMEOUT_MS: '2000',
        LOG_LEVEL: 'warn',
      },
      { store, sender: new RecordingSender() },
    );
  });
  afterAll(async () => {
    await bot.close();
    await hook.close();
    await store.close();
  });

  it('works through the webhook for a 300-character activity id, and a retry of it sends the same short key', async () => {
    const chat = personalChat(TENANT_A);
    await bot.send(messageActivity('hello', gina, chat));
    const submit = { ...submitActivity({ verb: 'activation.submit', accessId: 'E-1', contractId: 'E-2' }, gina, chat), id: `1:${'x'.repeat(298)}` };
    const replies = await bot.send(submit);
    expect(visibleText(replies)).toContain(t('en', 'act.recorded.title'));
    expect(visibleText(replies)).not.toContain(t('en', 'act.gateway.rejected'));
    expect(await store.benefits.get(TENANT_A)).toMatchObject({ state: 'active', accessId: 'HOOK-ACC-1' });

    // Teams resends the same activity: recognized by its key, not called again, not "other IDs".
    const retried = await bot.send(submit);
    expect(visibleText(retried)).toContain(t('en', 'act.recorded.repeat'));
    expect(hook.calls).toHaveLength(1);
    const key = String(hook.calls[0].headers['idempotency-key']);
    expect(key.length).toBeLessThanOrEqual(200);
    expect(key).not.toContain('x'.repeat(20));
    expect(JSON.parse(hook.calls[0].body).idempotencyKey).toBe(key);
  });

  it('records a later activation from an activity without id instead of taking it for a repeat of the first', async () => {
    await store.benefits.markExpired(TENANT_A, { userId: gina.id }, 'system:test');
    const chat = personalChat(TENANT_A);
    hook.reset();
    hook.reply({ status: 200, body: { accessId: 'HOOK-ACC-2', contractId: 'HOOK-CON-2' } });
    hook.reply({ status: 200, body: { accessId: 'HOOK-ACC-3', contractId: 'HOOK-CON-3' } });
    const withoutId = (accessId: string, at: string) => {
      const { id: _id, ...rest } = submitActivity({ verb: 'activation.submit', accessId, contractId: 'E-9' }, gina, chat);
      return { ...rest, timestamp: at };
    };
    const first = await bot.send(withoutId('E-3', '2026-01-10T09:00:00.000Z'));
    expect(visibleText(first)).toContain(t('en', 'act.recorded.text'));
    expect(await store.benefits.get(TENANT_A)).toMatchObject({ state: 'active', accessId: 'HOOK-ACC-2' });

    await store.benefits.markExpired(TENANT_A, { userId: gina.id }, 'system:test');
    const second = await bot.send(withoutId('E-4', '2026-02-10T09:00:00.000Z'));
    expect(visibleText(second)).toContain(t('en', 'act.recorded.text'));
    expect(await store.benefits.get(TENANT_A)).toMatchObject({ state: 'active', accessId: 'HOOK-ACC-3' });
    const keys = hook.calls.map((c) => String(c.headers['idempotency-key']));
    expect(new Set(keys).size).toBe(2);
  });
});
