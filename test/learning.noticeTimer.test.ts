import { t } from '../src/i18n/strings';
import { messageActivity, person, personalChat, type Where } from './support/activities';
import { startBot, visibleText, type Reply, type RunningBot } from './support/botServer';
import { describeEachStore, type StoreLocation } from './support/stores';
import { FakeConnector } from './fakes/fakeConnector';
import { deliverAll } from './support/helpdesk';

/**
 * The daily notices pass: with no case recorded and no question asked, the admins still hear once that the
 * contract ends within 30 days and that 2 or fewer incidents are left, each in their language, however
 * many instances run the pass and however many days it runs.
 */
const DAY = 24 * 60 * 60 * 1000;

describeEachStore('notices to admins from the daily pass', (factory) => {
  let connector: FakeConnector;
  let location: StoreLocation;
  let clock: Date;
  let a: RunningBot;
  let b: RunningBot;
  const tenantId = `tenant-notices-${Math.random().toString(36).slice(2)}`;
  const gina = person('gina', tenantId); // Global admin, French
  const oleg = person('oleg', tenantId); // MPN partner admin, Russian
  let chats: { gina: Where; oleg: Where };

  beforeAll(async () => {
    clock = new Date('2026-12-10T06:00:00Z');
    connector = await FakeConnector.start();
    for (const p of [gina, oleg]) connector.members.set(p.id, { id: p.id, aadObjectId: p.aadObjectId, name: p.name, tenantId });
    chats = { gina: { ...personalChat(tenantId), serviceUrl: connector.serviceUrl }, oleg: { ...personalChat(tenantId), serviceUrl: connector.serviceUrl } };
    location = await factory.location();
    const env = { BOOTSTRAP_ADMINS: gina.aadObjectId, LOG_LEVEL: 'info' };
    const outbox = { pollMs: 40, baseDelayMs: 40, maxDelayMs: 400 };
    a = await startBot(env, { store: await location.open({ now: () => clock }), clock: () => clock, outbox });
    b = await startBot(env, { store: await location.open({ now: () => clock }), clock: () => clock, outbox });
    // The passes each instance ran when it started are over (nothing recorded yet) before the seed.
    await Promise.all([a.app.notices.runOnce(), b.app.notices.runOnce()]);
    await a.send(messageActivity('bonjour', gina, chats.gina, 'fr-FR'));
    await a.send(messageActivity(`grant mpn partner admin ${oleg.aadObjectId}`, gina, chats.gina));
    await b.send(messageActivity('привет', oleg, chats.oleg, 'ru-RU'));
    // Action Pack: 10 on-premises incidents; 8 used in this contract period; the contract ends on 30 December.
    const store = a.app.store;
    await store.profiles.save(tenantId, { tier: 'actionPack', competencies: [] }, { userId: 'seed' }, 'seed');
    await store.benefits.recordActivation(
      tenantId,
      { accessId: 'ACC-TIMER-1', contractId: 'CON-TIMER-1', contractStart: '2026-01-01', contractEnd: '2026-12-30' },
      { userId: 'seed' },
      'seed',
      'seed-key',
    );
    for (let i = 0; i < 8; i += 1) {
      await store.cases.record(tenantId, { caseNumber: `770000${i}`, supportType: 'onPremises', openedOn: '2026-06-01' }, { userId: 'seed' }, 'seed');
    }
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await location?.dispose();
    await connector?.close();
  });

  const cardsTo = (where: Where) =>
    connector.posts
      .filter((p) => (p.status ?? 0) < 300 && p.method === 'POST' && decodeURIComponent(p.path).includes(`/v3/conversations/${where.conversationId}/`))
      .map((p) => visibleText([p.activity as Reply]));
  const count = (where: Where, text: string) => cardsTo(where).filter((x) => x.includes(text)).length;
  const bothPass = async () => {
    const results = await Promise.all([a, b, a, b].map((bot) => bot.app.notices.runOnce()));
    await deliverAll(tenantId, [a, b]);
    return results.filter((r) => r !== undefined).length;
  };

  it('nothing is told before the pass runs', async () => {
    await deliverAll(tenantId, [a, b]);
    expect(count(chats.gina, t('fr', 'notice.contractEnds.title'))).toBe(0);
    expect(count(chats.oleg, t('ru', 'notice.lowIncidents.title'))).toBe(0);
  });

  it('the next day, one instance runs the pass: 19 days to the contract end and 2 incidents left, told once to each admin in their language', async () => {
    clock = new Date(clock.getTime() + DAY);
    expect(await bothPass()).toBe(1);
    expect(count(chats.gina, t('fr', 'notice.contractEnds.title'))).toBe(1);
    expect(cardsTo(chats.gina).join('\n')).toContain(t('fr', 'notice.contractEnds.text', { date: '2026-12-30', days: 19 }));
    expect(count(chats.gina, t('fr', 'notice.lowIncidents.title'))).toBe(1);
    expect(cardsTo(chats.gina).join('\n')).toContain(t('fr', 'notice.lowIncidents.text', { left: 2, allowance: 10, type: t('fr', 'ledger.type.onPremises') }));
    expect(count(chats.oleg, t('ru', 'notice.contractEnds.title'))).toBe(1);
    expect(count(chats.oleg, t('ru', 'notice.lowIncidents.title'))).toBe(1);
  });

  it('the days after, the pass runs again and tells nothing twice', async () => {
    for (let day = 0; day < 3; day += 1) {
      clock = new Date(clock.getTime() + DAY);
      expect(await bothPass()).toBe(1);
    }
    for (const [where, locale] of [[chats.gina, 'fr'], [chats.oleg, 'ru']] as const) {
      expect(count(where, t(locale, 'notice.contractEnds.title'))).toBe(1);
      expect(count(where, t(locale, 'notice.lowIncidents.title'))).toBe(1);
    }
  });
});
