import { t } from '../src/i18n/strings';
import { executeActivity, messageActivity, person, personalChat, type Person, type Where } from './support/activities';
import { startBot, visibleText, type Reply, type RunningBot } from './support/botServer';
import { describeEachStore, type StoreLocation } from './support/stores';
import { FakeConnector } from './fakes/fakeConnector';
import { waitFor } from './support/waitFor';
import { deliverAll, FAST_OUTBOX } from './support/helpdesk';

/**
 * The helpdesk's timers on a fake clock, through the real app: one reminder in the channel for a ticket
 * nobody takes within 4 business hours (Europe/Berlin, 09:00–17:00, Monday to Friday); one reminder to a
 * requester the helpdesk waits on after 2 days, and the ticket closed with a notice after 3. Across a
 * restart and across two instances on one database, each happens once.
 */
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describeEachStore('helpdesk reminders on a fake clock', (factory) => {
  let connector: FakeConnector;
  let location: StoreLocation;
  let clock: Date;
  const bots: RunningBot[] = [];

  beforeEach(async () => {
    connector = await FakeConnector.start();
    location = await factory.location();
  });
  afterEach(async () => {
    await Promise.all(bots.splice(0).map((b) => b.close()));
    await location.dispose();
    await connector.close();
  });

  const people = () => {
    const tenantId = `tenant-${Math.random().toString(36).slice(2)}`;
    const mk = (name: string) => {
      const p: Person = person(name, tenantId);
      connector.members.set(p.id, { id: p.id, aadObjectId: p.aadObjectId, name: p.name, tenantId });
      return p;
    };
    const chat = (): Where => ({ ...personalChat(tenantId), serviceUrl: connector.serviceUrl });
    return {
      tenantId,
      admin: mk('gina'),
      dana: mk('dana'),
      alex: mk('alex'),
      ivan: mk('ivan'),
      chats: { admin: chat(), alex: chat(), ivan: chat() },
      channel: { tenantId, conversationId: `19:queue-${tenantId}@thread.tacv2`, conversationType: 'channel' as const, serviceUrl: connector.serviceUrl },
    };
  };
  type People = ReturnType<typeof people>;

  const start = async (who: People) => {
    const store = await location.open({ now: () => clock });
    const bot = await startBot(
      { BOOTSTRAP_ADMINS: who.admin.aadObjectId, HELPDESK_TIMEZONE: 'Europe/Berlin', TICKET_REMINDER_INTERVAL_MS: '3600000', LOG_LEVEL: 'info' },
      { store, clock: () => clock, outbox: FAST_OUTBOX },
    );
    bots.push(bot);
    return bot;
  };
  const stop = async (bot: RunningBot) => {
    bots.splice(bots.indexOf(bot), 1);
    await bot.close();
  };

  /** The admin sets the queue channel (in `locale`) and makes dana helpdesk. */
  const setUp = async (bot: RunningBot, who: People, locale = 'en-US') => {
    await bot.send(messageActivity('hi', who.admin, who.chats.admin));
    await bot.send(messageActivity(`grant helpdesk ${who.dana.aadObjectId}`, who.admin, who.chats.admin));
    const here = locale.startsWith('fr') ? 'helpdesk ici' : 'helpdesk here';
    await bot.send(messageActivity(`<at>Partner Benefits Assistant</at> ${here}`, who.admin, who.channel, locale));
    expect((await bot.app.store.tickets.getChannel(who.tenantId))?.locale).toBe(locale.slice(0, 2));
  };
  const ask = async (bot: RunningBot, who: Person, where: Where, question: string, locale = 'en-US') => {
    await bot.invoke(executeActivity('helpdesk.create', { draft: `${who.id}-${question.length}`, question, locale: locale.slice(0, 2) }, who, where, locale));
    const [ticket] = await bot.app.store.tickets.listByRequester(where.tenantId, who.aadObjectId);
    await waitFor(`card #${ticket.number}`, async () => (await bot.app.store.tickets.get(where.tenantId, ticket.number))?.card);
    return ticket.number;
  };
  const delivered = (conversationId: string) =>
    connector.posts.filter((p) => (p.status ?? 0) < 300 && p.method === 'POST' && decodeURIComponent(p.path).includes(`/v3/conversations/${conversationId}/`));
  const texts = (conversationId: string) => delivered(conversationId).map((p) => visibleText([p.activity as Reply]));
  const settle = (...running: RunningBot[]) => Promise.all(running.map((b) => b.app.outbox.idle()));

  it('a ticket nobody takes is reminded once in its card thread after 4 business hours, over a weekend, in the channel’s language', async () => {
    // Friday 4 December 2026, 15:00 in Berlin.
    clock = new Date('2026-12-04T14:00:00Z');
    const who = people();
    const bot = await start(who);
    await setUp(bot, who, 'fr-FR');
    const untaken = await ask(bot, who.alex, who.chats.alex, 'Where is our Contract ID?');
    const taken = await ask(bot, who.ivan, who.chats.ivan, 'Где Access ID?', 'ru-RU');
    await bot.invoke(executeActivity('helpdesk.assignSelf', { number: String(taken), locale: 'fr' }, who.dana, who.channel, 'fr-FR'));

    const card = (await bot.app.store.tickets.get(who.tenantId, untaken))!.card!;
    const thread = `${card.conversationId};messageid=${card.activityId}`;
    const reminder = t('fr', 'reminder.unassigned', { number: untaken, hours: 4 });
    const reminders = () => texts(thread).filter((x) => x === reminder);

    // Friday 16:59 and Monday 10:59 in Berlin: 1:59 and 3:59 business hours.
    for (const at of ['2026-12-04T15:59:00Z', '2026-12-07T09:59:00Z']) {
      clock = new Date(at);
      expect(await bot.app.reminders.runOnce()).toEqual({ remindedUnassigned: 0, remindedRequesters: 0, closed: 0 });
    }
    await settle(bot);
    expect(reminders()).toHaveLength(0);

    // Monday 11:00 in Berlin: 4 business hours.
    clock = new Date('2026-12-07T10:00:00Z');
    expect((await bot.app.reminders.runOnce()).remindedUnassigned).toBe(1);
    await settle(bot);
    expect(reminders()).toHaveLength(1);
    // Only the untaken ticket, and nothing about its question outside the card.
    expect(connector.posts.filter((p) => /n° \d+ depuis 4 heures/.test(p.activity.text ?? ''))).toHaveLength(1);
    expect(reminder).not.toContain('Contract ID');

    clock = new Date('2026-12-08T10:00:00Z');
    await bot.app.reminders.runOnce();
    await settle(bot);
    expect(reminders()).toHaveLength(1);
  }, 60_000);

  it('waiting on the requester: the reminder after 2 days and the close after 3 survive restarts, each once, in the requester’s language', async () => {
    const T0 = new Date('2026-12-07T09:00:00Z');
    clock = T0;
    const who = people();
    const first = await start(who);
    await setUp(first, who);
    const number = await ask(first, who.ivan, who.chats.ivan, 'Где Access ID?', 'ru-RU');
    await first.invoke(executeActivity('helpdesk.assignSelf', { number: String(number), locale: 'en' }, who.dana, who.channel));
    await first.invoke(executeActivity('helpdesk.reply', { number: String(number), reply: 'Какой у вас тенант?', locale: 'en' }, who.dana, who.channel));
    await settle(first);
    await stop(first);

    const reminder = t('ru', 'reminder.requester', { number, days: 1 });
    const closed = t('ru', 'reminder.closed', { number, days: 3 });
    const count = (text: string) => texts(who.chats.ivan.conversationId).filter((x) => x === text).length;

    // A new instance a minute before the 2 days: nothing yet.
    clock = new Date(T0.getTime() + 2 * DAY - MINUTE);
    const second = await start(who);
    await second.app.reminders.runOnce();
    await settle(second);
    expect(count(reminder)).toBe(0);
    // 2 days: the reminder, once; the ticket still waits.
    clock = new Date(T0.getTime() + 2 * DAY);
    await second.app.reminders.runOnce();
    await second.app.reminders.runOnce();
    await settle(second);
    expect(count(reminder)).toBe(1);
    expect((await second.app.store.tickets.get(who.tenantId, number))!.status).toBe('waiting');
    await stop(second);

    // 3 days, after another restart: closed with a notice; the reminder is not sent again.
    clock = new Date(T0.getTime() + 3 * DAY);
    const third = await start(who);
    await third.app.reminders.runOnce();
    await third.app.reminders.runOnce();
    await settle(third);
    expect(count(reminder)).toBe(1);
    expect(count(closed)).toBe(1);
    const ticket = (await third.app.store.tickets.get(who.tenantId, number))!;
    expect(ticket.status).toBe('closed');
    expect(ticket.history.filter((e) => e.kind === 'closedNoAnswer')).toHaveLength(1);
    // The card in the channel is updated in place and shows Closed.
    await waitFor('the card showing Closed', () => {
      const updates = connector.posts.filter((p) => p.method === 'PUT' && (p.status ?? 0) < 300 && decodeURIComponent(p.path).includes(ticket.card!.activityId));
      return updates.length > 0 && visibleText([updates[updates.length - 1].activity as Reply]).includes(t('en', 'helpdesk.status.closed'));
    });
  }, 60_000);

  it('two instances on one database: the channel reminder, the requester’s reminder and the close each happen once', async () => {
    const T0 = new Date('2026-12-07T08:00:00Z'); // Monday 09:00 in Berlin
    clock = T0;
    const who = people();
    const a = await start(who);
    const b = await start(who);
    await setUp(a, who);
    const untaken = await ask(a, who.alex, who.chats.alex, 'Where is our Contract ID?');
    const waiting = await ask(b, who.ivan, who.chats.ivan, 'Где Access ID?', 'ru-RU');
    await b.invoke(executeActivity('helpdesk.reply', { number: String(waiting), reply: 'Какой у вас тенант?', locale: 'en' }, who.dana, who.channel));

    const both = async () => {
      const passes = await Promise.all([a, b, a, b].map((bot) => bot.app.reminders.runOnce()));
      await deliverAll(who.tenantId, [a, b]);
      return passes.reduce((s, p) => ({ u: s.u + p.remindedUnassigned, r: s.r + p.remindedRequesters, c: s.c + p.closed }), { u: 0, r: 0, c: 0 });
    };
    clock = new Date(T0.getTime() + 4 * 60 * MINUTE); // Monday 13:00 in Berlin
    expect(await both()).toEqual({ u: 1, r: 0, c: 0 });
    clock = new Date(T0.getTime() + 2 * DAY);
    expect(await both()).toEqual({ u: 0, r: 1, c: 0 });
    clock = new Date(T0.getTime() + 3 * DAY);
    expect(await both()).toEqual({ u: 0, r: 0, c: 1 });

    const card = (await a.app.store.tickets.get(who.tenantId, untaken))!.card!;
    expect(texts(`${card.conversationId};messageid=${card.activityId}`).filter((x) => x === t('en', 'reminder.unassigned', { number: untaken, hours: 4 }))).toHaveLength(1);
    const ivan = texts(who.chats.ivan.conversationId);
    expect(ivan.filter((x) => x === t('ru', 'reminder.requester', { number: waiting, days: 1 }))).toHaveLength(1);
    expect(ivan.filter((x) => x === t('ru', 'reminder.closed', { number: waiting, days: 3 }))).toHaveLength(1);
  }, 60_000);
});
