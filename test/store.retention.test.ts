import type { NewTicket } from '../src/store';
import type { Actor } from '../src/domain/records';
import type { Store } from '../src/store';
import { startBot } from './support/botServer';
import { describeEachStore, type StoreLocation } from './support/stores';

const TENANT = 'tenant-r-0000-0000-0000-000000000001';
const ADMIN: Actor = { userId: '29:admin', aadObjectId: 'aad-admin', name: 'Ada Admin' };
const OUTSIDER: Actor = { userId: '29:out', aadObjectId: 'aad-out' };
const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** A clock shared by every instance of the test, moved by hand. */
function manualClock(start = '2026-01-01T00:00:00.000Z') {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

/** Issue item 14: what only grew is swept after RETENTION_DAYS, by one instance per period. */
describeEachStore('retention sweep', (factory) => {
  let location: StoreLocation;
  let clock: ReturnType<typeof manualClock>;
  let a: Store;
  let b: Store;

  beforeEach(async () => {
    clock = manualClock();
    location = await factory.location();
    a = await location.open({ now: clock.now });
    b = await location.open({ now: clock.now });
  });
  afterEach(() => location.dispose());

  async function refusal(actor: Actor, sameOrganization: boolean) {
    await a.audit.append(TENANT, {
      actor,
      conversationId: 'a:chat',
      action: 'activate',
      outcome: 'refused',
      detail: { roles: [], sameOrganization },
    });
  }

  it('deletes claims, activation keys, dialog state, idle conversations and outsiders\' refusals older than 30 days, and keeps the rest', async () => {
    // Day 0: everything that piles up.
    await a.claimOnce(TENANT, 'announce:v1');
    await a.claimOnce(TENANT, 'ids:activity-1');
    await a.claimOnce(TENANT, 'resent:activity-1', 10 * 60 * 1000);
    await a.benefits.recordActivation(TENANT, { accessId: 'ACC-1', contractId: 'CON-1' }, ADMIN, 'a:chat', 'key-old');
    await a.botStorage.write({ 'msteams/conversations/a:idle/users/29:u': { dialog: 'old' } });
    await a.conversations.upsert(TENANT, { conversationId: 'a:idle', kind: 'personal', reference: {}, userAadObjectId: 'u1' });
    await a.conversations.upsert(TENANT, { conversationId: 'a:busy', kind: 'personal', reference: {}, userAadObjectId: 'u2' });
    await refusal(OUTSIDER, false);
    await refusal(ADMIN, true);

    // Day 20: the busy conversation and a dialog are used again; new claims and keys appear.
    clock.advance(20 * DAY);
    await a.conversations.upsert(TENANT, { conversationId: 'a:busy', kind: 'personal', reference: {}, userAadObjectId: 'u2' });
    await a.botStorage.write({ 'msteams/conversations/a:busy/users/29:u': { dialog: 'recent' } });
    await a.claimOnce(TENANT, 'ids:activity-2');
    await refusal(OUTSIDER, false);

    // Day 31: the day-0 rows are past 30 days, the day-20 rows are not.
    clock.advance(11 * DAY);
    const swept = await a.sweepRetention(30, HOUR, 'instance-a');
    expect(swept).toEqual({ claims: 3, activationKeys: 1, dialogState: 1, conversations: 1, outsiderRefusals: 1, sentAnswers: 0, answerFeedback: 0, unansweredQuestions: 0, unansweredQuota: 0, reportSnapshots: 0, sentOutbox: 0, orgAnswerUses: 0 });

    expect(await a.conversations.get(TENANT, 'a:idle')).toBeUndefined();
    expect(await a.conversations.get(TENANT, 'a:busy')).toBeDefined();
    expect(await a.botStorage.read(['msteams/conversations/a:idle/users/29:u'])).toEqual({});
    expect(Object.keys(await a.botStorage.read(['msteams/conversations/a:busy/users/29:u']))).toHaveLength(1);
    expect(await a.claimOnce(TENANT, 'ids:activity-2')).toBe(false);
    expect(await a.claimOnce(TENANT, 'ids:activity-1')).toBe(true);
    // The record itself, the organization's own refusal and the recent outsider refusal stay.
    expect(await a.benefits.get(TENANT)).toMatchObject({ state: 'active', accessId: 'ACC-1' });
    const audit = await a.audit.list(TENANT, 100);
    expect(audit.filter((e) => e.outcome === 'refused')).toHaveLength(2);
    expect(audit.filter((e) => e.action === 'activation.recorded')).toHaveLength(1);
  });

  it('deletes helpdesk messages delivered before the period; pending ones stay', async () => {
    const requester = { userId: '29:r', aadObjectId: 'aad-r', name: 'R', conversationId: 'a:r', reference: {} };
    const input = (draftKey: string): NewTicket => ({
      draftKey,
      requester,
      locale: 'en',
      question: 'q',
      urgency: 'normal' as const,
      transcript: [],
      entitlement: { competencies: [], activation: { activated: false, state: 'notActivated' } },
    });
    const post = (key: string) => () => [{ dedupeKey: key, kind: 'ticketPost' as const, ticketNumber: 1, payload: {}, lane: `l:${key}` }];
    await a.tickets.create(TENANT, input('d1'), post('sent-one'), () => []);
    const [claimed] = await a.outbox.claim('owner', 10, HOUR);
    await a.outbox.sent(claimed.id);
    clock.advance(31 * DAY);
    await a.tickets.create(TENANT, input('d2'), post('pending-one'), () => []);
    const swept = await a.sweepRetention(30, HOUR, 'instance-a');
    expect(swept?.sentOutbox).toBe(1);
    expect((await a.outbox.claim('owner', 10, HOUR)).map((m) => m.dedupeKey)).toEqual(['pending-one']);
  });

  it('runs on one instance per period: the others skip until the lease ends', async () => {
    const both = await Promise.all([a.sweepRetention(30, HOUR, 'a'), b.sweepRetention(30, HOUR, 'b')]);
    expect(both.filter((r) => r !== undefined)).toHaveLength(1);
    clock.advance(HOUR / 2);
    expect(await b.sweepRetention(30, HOUR, 'b')).toBeUndefined();
    expect(await a.sweepRetention(30, HOUR, 'a')).toBeUndefined();
    clock.advance(HOUR / 2);
    const later = await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).sweepRetention(30, HOUR, `i${i}`)));
    expect(later.filter((r) => r !== undefined)).toHaveLength(1);
  });

  it('is run by the bot itself when it starts, with RETENTION_DAYS from the environment', async () => {
    // Rows written 45 days before now, by an instance whose clock says so.
    const past = await location.open({ now: () => new Date(Date.now() - 45 * DAY) });
    await past.claimOnce(TENANT, 'ids:old-activity');
    await past.conversations.upsert(TENANT, { conversationId: 'a:old', kind: 'personal', reference: {} });
    const live = await location.open();
    const bot = await startBot({ RETENTION_DAYS: '30', LOG_LEVEL: 'info' }, { store: live });
    try {
      const deadline = Date.now() + 5000;
      // The sweep logs once every table is done, a little after the conversation is gone.
      while (!bot.logLines.join('\n').includes('retention sweep done') && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(await live.conversations.get(TENANT, 'a:old')).toBeUndefined();
      expect(await live.claimOnce(TENANT, 'ids:old-activity')).toBe(true);
      expect(bot.logLines.join('\n')).toContain('retention sweep done');
    } finally {
      await bot.close();
    }
  });
});
