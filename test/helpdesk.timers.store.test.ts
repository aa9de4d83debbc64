import type { NewTicket, Store, TicketChange } from '../src/store';
import { describeEachStore, StoreLocation } from './support/stores';

const T = 'tenant-timers';
const requester = { userId: '29:a', aadObjectId: 'aad-a', name: 'Alex', conversationId: 'a:1', reference: { conversation: { id: 'a:1' } } };
const dana = { userId: '29:d', aadObjectId: 'aad-d', name: 'Dana' };
const input = (draftKey: string): NewTicket => ({
  draftKey,
  requester,
  locale: 'en',
  question: 'q',
  urgency: 'normal',
  transcript: [],
  entitlement: { competencies: [], activation: { activated: false, state: 'notActivated' } },
});
const FAR = new Date('2100-01-01T00:00:00Z');
const NEVER = new Date(0);
/** Everything whose timer could be due by 2100 (or nothing of a kind, with NEVER). */
const cut = (unassignedBefore: Date, waitingBefore: Date) => ({ unassignedBefore, remindBefore: waitingBefore, closeBefore: waitingBefore, remindedBefore: waitingBefore });

describeEachStore('ticket timers in the store', (factory) => {
  let location: StoreLocation;
  let a: Store;
  let b: Store;
  let clock: Date;

  beforeEach(async () => {
    clock = new Date('2026-12-01T10:00:00Z');
    location = await factory.location();
    a = await location.open({ now: () => clock });
    b = await location.open({ now: () => clock });
  });
  afterEach(() => location.dispose());

  const reply = (store: Store, number: number, status: 'waiting' | 'assigned' = 'waiting', kind: 'reply' | 'answer' = 'reply') =>
    store.tickets.change(T, number, dana, 'c', () => ({
      status,
      assignee: dana,
      event: { at: '', kind, actor: dana, text: 'x' },
      auditAction: `ticket.${kind}`,
      outbox: () => [],
    }));

  it('a new ticket is a candidate only once its tenant has a channel; its reminder is claimed once across two instances, with its message', async () => {
    await a.tickets.create(T, input('d1'), () => [], () => []);
    expect(await a.timers.candidates(cut(FAR, NEVER), 10)).toEqual([]);
    await a.tickets.setChannel(T, { conversationId: '19:q', reference: {}, locale: 'en' }, dana);
    expect(await a.timers.candidates(cut(FAR, NEVER), 10)).toEqual([{ tenantId: T, number: 1, status: 'new', createdAt: '2026-12-01T10:00:00.000Z' }]);
    // Created after the cut-off: not yet.
    expect(await a.timers.candidates(cut(new Date('2026-12-01T09:59:59Z'), NEVER), 10)).toEqual([]);

    const at = new Date('2026-12-01T15:00:00Z');
    const message = { dedupeKey: 't1:remind', kind: 'ticketReminder' as const, ticketNumber: 1, payload: { hours: 4 }, lane: 'ticket:1' };
    const claims = await Promise.all([a, b, a, b].map((s) => s.timers.remindUnassigned(T, 1, at, () => [message])));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect((await a.outbox.list(T)).filter((m) => m.kind === 'ticketReminder')).toHaveLength(1);
    expect(await b.timers.candidates(cut(FAR, NEVER), 10)).toEqual([]);
    expect((await a.audit.list(T)).filter((e) => e.action === 'ticket.reminder.unassigned')).toHaveLength(1);
  });

  it('waiting starts at the helpdesk’s reply, restarts at the next reply, ends when the requester answers; the reminder and the close happen once', async () => {
    await a.tickets.create(T, input('d2'), () => [], () => []);
    clock = new Date('2026-12-01T11:00:00Z');
    await reply(a, 1);
    let [waiting] = await a.timers.candidates(cut(FAR, FAR), 10);
    expect(waiting).toMatchObject({ status: 'waiting', waitingSince: '2026-12-01T11:00:00.000Z' });
    expect(waiting.waitingRemindedAt).toBeUndefined();

    // The requester answers, then a second reply: the wait starts again from the second reply.
    clock = new Date('2026-12-02T09:00:00Z');
    await reply(a, 1, 'assigned', 'answer');
    expect(await a.timers.candidates(cut(FAR, FAR), 10)).toEqual([]);
    clock = new Date('2026-12-02T10:00:00Z');
    await reply(a, 1);
    [waiting] = await a.timers.candidates(cut(FAR, FAR), 10);
    expect(waiting.waitingSince).toBe('2026-12-02T10:00:00.000Z');

    // A reminder claimed with a stale wait (the reply before) is refused.
    expect(await a.timers.remindRequester(T, 1, '2026-12-01T11:00:00.000Z', new Date('2026-12-04T10:00:00Z'), () => [])).toBe(false);
    const remindedAt = new Date('2026-12-04T10:00:00Z');
    const msg = { dedupeKey: 't1:w:remind', kind: 'message' as const, ticketNumber: 1, payload: {}, lane: 'conv:a:1' };
    const reminded = await Promise.all([a, b].map((s) => s.timers.remindRequester(T, 1, waiting.waitingSince!, remindedAt, () => [msg])));
    expect(reminded.filter(Boolean)).toHaveLength(1);
    [waiting] = await a.timers.candidates(cut(FAR, FAR), 10);
    expect(waiting.waitingRemindedAt).toBe('2026-12-04T10:00:00.000Z');
    // Reminded too recently to close: not listed, so it never crowds out tickets due for their reminder.
    expect(await a.timers.candidates({ ...cut(FAR, FAR), remindedBefore: new Date('2026-12-04T09:59:59Z') }, 10)).toEqual([]);

    const close = (): TicketChange => ({
      status: 'closed',
      assignee: dana,
      event: { at: '', kind: 'closedNoAnswer', actor: { userId: 'system:reminders' }, detail: '3' },
      auditAction: 'ticket.closedNoAnswer',
      outbox: (after) => [{ dedupeKey: `t1:v${after.version}`, kind: 'ticketUpdate', ticketNumber: 1, payload: {}, lane: 'ticket:1' }],
    });
    const closedAt = new Date('2026-12-05T10:00:00Z');
    const closed = await Promise.all([a, b].map((s) => s.timers.closeUnanswered(T, 1, waiting.waitingSince!, closedAt, close)));
    expect(closed.filter(Boolean)).toHaveLength(1);
    const ticket = (await b.tickets.get(T, 1))!;
    expect(ticket.status).toBe('closed');
    expect(ticket.history.filter((e) => e.kind === 'closedNoAnswer')).toEqual([
      { at: '2026-12-05T10:00:00.000Z', kind: 'closedNoAnswer', actor: { userId: 'system:reminders' }, detail: '3' },
    ]);
    expect(await a.timers.candidates(cut(FAR, FAR), 10)).toEqual([]);
  });

  it('lists the tenants with a recorded contract end, and lends a named lease to one holder per period', async () => {
    await a.benefits.recordActivation('t-end', { accessId: 'ACC-1', contractId: 'CON-1', contractEnd: '2027-01-15' }, dana, 'c', 'k1');
    await a.benefits.recordActivation('t-none', { accessId: 'ACC-2', contractId: 'CON-2' }, dana, 'c', 'k2');
    expect(await b.timers.tenantsWithContractEnd()).toEqual(['t-end']);

    const at = new Date('2026-12-01T00:00:00Z');
    const taken = await Promise.all([a.timers.lease('notices', 'A', at, 60_000), b.timers.lease('notices', 'B', at, 60_000)]);
    expect(taken.filter(Boolean)).toHaveLength(1);
    expect(await b.timers.lease('notices', 'B', new Date(at.getTime() + 59_999), 60_000)).toBe(false);
    expect(await b.timers.lease('notices', 'B', new Date(at.getTime() + 60_000), 60_000)).toBe(true);
  });
});
