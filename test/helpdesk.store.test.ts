import type { NewTicket, Store } from '../src/store';
import { describeEachStore, StoreLocation } from './support/stores';

const T = 'tenant-helpdesk';
const requester = { userId: '29:a', aadObjectId: 'aad-a', name: 'Alex', conversationId: 'a:1', reference: { conversation: { id: 'a:1' } } };
const input = (draftKey: string): NewTicket => ({
  draftKey,
  requester,
  locale: 'en',
  question: 'q',
  urgency: 'normal',
  transcript: [],
  entitlement: { competencies: [], activation: { activated: false, state: 'notActivated' } },
});

describeEachStore('helpdesk tickets and outbox in the store', (factory) => {
  let location: StoreLocation;
  let a: Store;
  let b: Store;

  beforeEach(async () => {
    location = await factory.location();
    a = await location.open();
    b = await location.open();
  });
  afterEach(() => location.dispose());

  it('numbers tickets per tenant without gaps or repeats across two instances, once per draft', async () => {
    const made = await Promise.all(
      Array.from({ length: 16 }, (_, i) => (i % 2 ? a : b).tickets.create(T, input(`d${i % 8}`), () => [], () => [])),
    );
    const numbers = [...new Set(made.map((m) => m.ticket.number))].sort((x, y) => x - y);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(made.filter((m) => m.created)).toHaveLength(8);
    expect((await a.tickets.create('other-tenant', input('d0'), () => [], () => [])).ticket.number).toBe(1);
  });

  it('two instances claiming at once never get the same message; a lane goes out in order', async () => {
    for (let i = 0; i < 20; i++) {
      await a.tickets.create(T, input(`x${i}`), (tk) => [
        { dedupeKey: `t${tk.number}:post`, kind: 'ticketPost', ticketNumber: tk.number, payload: {}, lane: `ticket:${tk.number}` },
        { dedupeKey: `t${tk.number}:post`, kind: 'ticketPost', ticketNumber: tk.number, payload: {}, lane: `ticket:${tk.number}` },
        { dedupeKey: `t${tk.number}:v1`, kind: 'ticketUpdate', ticketNumber: tk.number, payload: {}, lane: `ticket:${tk.number}` },
      ], () => []);
    }
    expect(await a.outbox.list(T)).toHaveLength(40); // the repeated dedupe key was written once
    const [fromA, fromB] = await Promise.all([a.outbox.claim('A', 50, 60_000), b.outbox.claim('B', 50, 60_000)]);
    const ids = [...fromA, ...fromB].map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Only the head of each lane (the post), never the update behind it.
    expect([...fromA, ...fromB].every((m) => m.kind === 'ticketPost')).toBe(true);
    expect(ids).toHaveLength(20);
    // Leased: nothing more until a message is done.
    expect(await b.outbox.claim('B', 50, 60_000)).toEqual([]);
    await a.outbox.sent(fromA[0]?.id ?? fromB[0].id);
    const next = await b.outbox.claim('B', 50, 60_000);
    expect(next.map((m) => m.kind)).toEqual(['ticketUpdate']);
  });

  it('a ticket post without a channel is parked, and setting the channel puts it back in line', async () => {
    const { ticket } = await a.tickets.create(T, input('p1'), (tk) => [
      { dedupeKey: `t${tk.number}:post`, kind: 'ticketPost', ticketNumber: tk.number, payload: {}, lane: `ticket:${tk.number}`, parked: true },
    ], () => []);
    expect(await a.outbox.claim('A', 10, 60_000)).toEqual([]);
    const { requeued } = await b.tickets.setChannel(T, { conversationId: '19:q', reference: {}, locale: 'en' }, { userId: 'admin' });
    expect(requeued).toBe(1);
    const claimed = await a.outbox.claim('A', 10, 60_000);
    expect(claimed.map((m) => m.ticketNumber)).toEqual([ticket.number]);
  });
});
