import { t } from '../src/i18n/strings';
import { Store } from '../src/store';
import { messageActivity, person, personalChat, submitActivity, TENANT_A, Where } from './support/activities';
import { RunningBot, startBot } from './support/botServer';
import { RecordingSender } from './support/fakeSender';
import { describeEachStore } from './support/stores';

/** A double click, a Teams retry, or two admins at once: one activation, one audit entry, one announcement. */
describeEachStore('activation is recorded and announced once', (factory) => {
  const ga = person('gina');
  const mpn = person('mario');
  const member = person('max');
  const IDS = { accessId: 'ACC-5150', contractId: '31415926' };
  let store: Store;
  let bot: RunningBot;
  let sender: RecordingSender;
  const channel: Where = { tenantId: TENANT_A, conversationId: '19:general@thread.tacv2', conversationType: 'channel' };
  const chats = new Map([ga, mpn, member].map((p) => [p.id, personalChat(TENANT_A)]));

  beforeAll(async () => {
    store = await factory.open();
    sender = new RecordingSender();
    bot = await startBot({ BOOTSTRAP_ADMINS: ga.aadObjectId, LOG_LEVEL: 'warn' }, { store, sender });
    await bot.send(messageActivity(`grant mpn partner admin ${mpn.aadObjectId}`, ga, chats.get(ga.id)!));
    await bot.send(messageActivity('hello', mpn, chats.get(mpn.id)!));
    await bot.send(messageActivity('announce here', ga, channel));
    await bot.send(submitActivity({ verb: 'activation.askAdmin', locale: 'ru' }, member, chats.get(member.id)!, 'ru-RU'));
    await bot.send(submitActivity({ verb: 'activation.askAdmin', locale: 'ru' }, member, chats.get(member.id)!, 'ru-RU'));
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  it('the member asking (twice, in Russian) reached each admin once, in the admin\'s own language', () => {
    const toGina = sender.to(chats.get(ga.id)!.conversationId);
    expect(toGina).toHaveLength(1);
    expect(JSON.stringify(toGina[0].activity)).toContain(t('en', 'act.askedCard.title'));
    expect(sender.to(chats.get(mpn.id)!.conversationId)).toHaveLength(1);
  });

  it('20 concurrent submits from two admins, and a retried activity, make one record and one announcement', async () => {
    const submits = Array.from({ length: 20 }, (_, i) => {
      const admin = i % 2 === 0 ? ga : mpn;
      return submitActivity({ verb: 'activation.submit', ...IDS }, admin, chats.get(admin.id)!);
    });
    const retried = submits[0];
    const results = await Promise.all([...submits, retried].map((a) => bot.post(a)));
    expect(results.every((r) => r.status === 200)).toBe(true);

    const record = await store.benefits.get(TENANT_A);
    expect(record).toMatchObject({ state: 'active', ...IDS, version: expect.any(Number) });
    const audit = await store.audit.list(TENANT_A, 1000);
    expect(audit.filter((e) => e.action === 'activation.recorded')).toHaveLength(1);
    expect(sender.to(channel.conversationId)).toHaveLength(1);
    expect(sender.to(chats.get(member.id)!.conversationId)).toHaveLength(1);
    expect(JSON.stringify(sender.sent)).not.toContain(IDS.accessId);
    expect(await store.activationRequests.listOpen(TENANT_A)).toEqual([]);
  });
});
