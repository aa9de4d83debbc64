import { t } from '../src/i18n/strings';
import { Store } from '../src/store';
import { executeActivity, messageActivity, person, personalChat, TENANT_A, Where } from './support/activities';
import { RunningBot, startBot, visibleText } from './support/botServer';
import { describeEachStore, StoreLocation } from './support/stores';
import { waitFor as waitUntil } from './support/waitFor';
import { FAST_OUTBOX } from './support/helpdesk';

const CHANNEL: Where = { tenantId: TENANT_A, conversationId: '19:queue@thread.tacv2', conversationType: 'channel' };

/** Faults take retries: a longer default wait than the other helpdesk tests. */
const waitFor = <T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 15_000) => waitUntil(what, probe, ms);

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Posted = RunningBot['connector']['posts'][number];
function accepted(posts: Posted[], conversationId: string, method = 'POST'): Posted[] {
  return posts.filter((p) => (p.status ?? 0) < 300 && p.method === method && decodeURIComponent(p.path).includes(`/v3/conversations/${conversationId}/`));
}

describeEachStore('helpdesk delivery through a failing Bot Connector', (factory) => {
  const admin = person('gina');
  const dana = person('dana');
  const alex = person('alex');
  const alexChat = personalChat(TENANT_A);
  let store: Store;
  let bot: RunningBot;

  beforeAll(async () => {
    store = await factory.open();
    bot = await startBot({ BOOTSTRAP_ADMINS: admin.aadObjectId, LOG_LEVEL: 'info' }, { store, outbox: FAST_OUTBOX });
    await bot.send(messageActivity(`grant helpdesk ${dana.aadObjectId}`, admin, personalChat(TENANT_A)));
    await bot.send(messageActivity('<at>Partner</at> helpdesk here', admin, CHANNEL));
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  it('429 with Retry-After, then 502, then 403 for a while, then recovery: the card is posted once, the failure was shown in the queue meanwhile', async () => {
    bot.connector.outage = { status: 429, headers: { 'Retry-After': '1' } };
    const created = await bot.invoke(executeActivity('helpdesk.create', { draft: 'f-1', question: 'Partner Center error', locale: 'en' }, alex, alexChat));
    expect(created.value).toBe(t('en', 'helpdesk.created', { number: 1 }));
    await waitFor('a throttled attempt', () => bot.connector.posts.some((p) => p.status === 429));
    await pause(1200);
    bot.connector.outage = { status: 502 };
    await waitFor('a 502', () => bot.connector.posts.some((p) => p.status === 502));
    bot.connector.outage = { status: 403 };
    await waitFor('the failure on the ticket', async () => (await store.tickets.get(TENANT_A, 1))?.deliveryProblem === 'channel:403');
    const queue = visibleText(await bot.send(messageActivity('tickets', dana, personalChat(TENANT_A))));
    expect(queue).toContain(t('en', 'helpdesk.queue.problem', { problem: t('en', 'helpdesk.problem.channel', { status: 403 }) }));
    expect(queue).toMatch(/#1 /);
    await pause(700); // a few more refused attempts
    expect(accepted(bot.connector.posts, CHANNEL.conversationId)).toHaveLength(0);

    bot.connector.outage = undefined;
    const ticket = await waitFor('the card', async () => (await store.tickets.get(TENANT_A, 1))?.card && (await store.tickets.get(TENANT_A, 1)));
    expect(ticket.deliveryProblem).toBeUndefined();
    await pause(800);
    await bot.app.outbox.idle();
    expect(accepted(bot.connector.posts, CHANNEL.conversationId)).toHaveLength(1);
    const attempts = bot.connector.posts.filter((p) => decodeURIComponent(p.path).includes(CHANNEL.conversationId));
    expect(attempts.filter((p) => p.status === 429).length).toBeLessThan(10);
  }, 30_000);

  it('a requester notice and a card update sent during throttling and 502s arrive once each', async () => {
    bot.connector.outage = { status: 429, headers: { 'Retry-After': '1' } };
    const r = await bot.invoke(executeActivity('helpdesk.assignSelf', { number: '1', locale: 'en' }, dana, CHANNEL));
    expect(r.statusCode).toBe(200);
    await pause(600);
    bot.connector.outage = { status: 502 };
    await pause(600);
    bot.connector.outage = undefined;
    const notice = t('en', 'helpdesk.notice.assigned', { number: 1, name: 'dana' });
    await waitFor('the notice', () => accepted(bot.connector.posts, alexChat.conversationId).some((p) => p.activity.text === notice));
    await waitFor('the update', () => accepted(bot.connector.posts, CHANNEL.conversationId, 'PUT').length >= 1);
    await pause(800);
    await bot.app.outbox.idle();
    expect(accepted(bot.connector.posts, alexChat.conversationId).filter((p) => p.activity.text === notice)).toHaveLength(1);
    expect(accepted(bot.connector.posts, CHANNEL.conversationId, 'PUT')).toHaveLength(1);
    const outbox = await store.outbox.list(TENANT_A);
    expect(outbox.filter((m) => m.state !== 'sent')).toEqual([]);
  }, 30_000);

  it('a requester who removed the bot (403) is shown as a delivery problem on the ticket', async () => {
    bot.connector.outage = { status: 403 };
    await bot.invoke(executeActivity('helpdesk.resolve', { number: '1', locale: 'en' }, dana, CHANNEL));
    await waitFor('the problem', async () => (await store.tickets.get(TENANT_A, 1))?.deliveryProblem === 'requester:403');
    bot.connector.outage = undefined;
    const queue = visibleText(await bot.send(messageActivity('ticket 1', dana, personalChat(TENANT_A))));
    expect(queue).toContain(t('en', 'helpdesk.problem.requester', { status: 403 }));
  }, 30_000);
});

describeEachStore('two bot instances sharing one store', (factory) => {
  const admin = person('gina');
  const dana = person('dana');
  const hugo = person('hugo');
  let location: StoreLocation;
  let bots: RunningBot[];

  beforeAll(async () => {
    location = await factory.location();
    const stores = [await location.open(), await location.open()];
    bots = [];
    for (const s of stores) bots.push(await startBot({ BOOTSTRAP_ADMINS: admin.aadObjectId, LOG_LEVEL: 'warn' }, { store: s, outbox: FAST_OUTBOX }));
    await bots[0].send(messageActivity(`grant helpdesk ${dana.aadObjectId}`, admin, personalChat(TENANT_A)));
    await bots[1].send(messageActivity(`grant helpdesk ${hugo.aadObjectId}`, admin, personalChat(TENANT_A)));
    await bots[0].send(messageActivity('<at>Partner</at> helpdesk here', admin, CHANNEL));
  }, 60_000);
  afterAll(async () => {
    for (const b of bots) await b.close();
    await location.dispose();
  });

  it('tickets created at once on both get unique sequential numbers and exactly one card each', async () => {
    const people = Array.from({ length: 12 }, (_, i) => person(`user${i}`));
    const results = await Promise.all(
      people.map((p, i) =>
        bots[i % 2].invoke(executeActivity('helpdesk.create', { draft: `d-${i}`, question: `question ${i}`, locale: 'en' }, p, personalChat(TENANT_A))),
      ),
    );
    const numbers = results.map((r) => Number(/#(\d+)/.exec(String(r.value))![1])).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const store = bots[0].app.store;
    await waitFor('12 cards', async () => (await store.tickets.listOpen(TENANT_A)).every((x) => x.card));
    await pause(500);
    await Promise.all(bots.map((b) => b.app.outbox.idle()));
    const posts = bots.flatMap((b) => accepted(b.connector.posts, CHANNEL.conversationId));
    expect(posts).toHaveLength(12);
  }, 60_000);

  it('two helpdesk members assigning the same ticket at once on two instances: one gets it, the card says who', async () => {
    const [a, b] = await Promise.all([
      bots[0].invoke(executeActivity('helpdesk.assignSelf', { number: '3', locale: 'en' }, dana, CHANNEL)),
      bots[1].invoke(executeActivity('helpdesk.assignSelf', { number: '3', locale: 'en' }, hugo, CHANNEL)),
    ]);
    const ticket = (await bots[0].app.store.tickets.get(TENANT_A, 3))!;
    const winner = ticket.assignee!.name!;
    expect(['dana', 'hugo']).toContain(winner);
    for (const r of [a, b]) expect(JSON.stringify(r.value)).toContain(winner);
    expect(ticket.history.filter((e) => e.kind === 'assigned')).toHaveLength(1);
  }, 30_000);
});
