import type { Actor } from '../src/domain/records';
import type { Store } from '../src/store';
import { normalizeQuestion, windowStarts } from '../src/domain/helpdeskReport';
import { describeEachStore, type StoreLocation } from './support/stores';
import { seedTicket } from './support/helpdesk';

const TENANT = 'tenant-report-0000-0000-000000000001';
const OTHER = 'tenant-report-0000-0000-000000000002';
const REQUESTER = { userId: '29:megan', aadObjectId: 'aad-megan', name: 'Megan', conversationId: 'a:megan', reference: {} };
const DESK: Actor = { userId: '29:adele', aadObjectId: 'aad-adele', name: 'Adele' };
const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;

function manualClock(start = '2026-11-01T09:00:00.000Z') {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms), iso: () => new Date(t).toISOString() };
}

const ticket = (store: Store, tenantId: string, draftKey: string, topic?: string) => seedTicket(store, tenantId, { draftKey, requester: REQUESTER, topic });

describeEachStore('the helpdesk report\u2019s store', (factory) => {
  let location: StoreLocation;
  let clock: ReturnType<typeof manualClock>;
  let store: Store;

  beforeEach(async () => {
    clock = manualClock();
    location = await factory.location();
    store = await location.open({ now: clock.now });
  });
  afterEach(() => location.dispose());

  it('keeps unanswered questions per tenant, with their time at the store\u2019s clock, and reads them from a date on', async () => {
    await store.reports.recordUnanswered(TENANT, { locale: 'en', text: 'How many TPD hours do we get?', normalized: 'how many tpd hours do we get', topic: 'notInArticle:tpdHours' }, 'aad-megan');
    const first = clock.iso();
    clock.advance(2 * DAY);
    await store.reports.recordUnanswered(TENANT, { locale: 'ru', text: 'Какой номер телефона?', normalized: 'какой номер телефона' }, 'aad-megan');
    await store.reports.recordUnanswered(OTHER, { locale: 'fr', text: 'Quel est le prix ?', normalized: 'quel est le prix' }, 'aad-megan');

    expect(await store.reports.unansweredSince(TENANT, '2026-01-01T00:00:00.000Z')).toEqual([
      { at: first, locale: 'en', text: 'How many TPD hours do we get?', normalized: 'how many tpd hours do we get', topic: 'notInArticle:tpdHours', count: 1 },
      { at: clock.iso(), locale: 'ru', text: 'Какой номер телефона?', normalized: 'какой номер телефона', count: 1 },
    ]);
    // From one day after the first: only the second.
    const later = await store.reports.unansweredSince(TENANT, new Date(Date.parse(first) + DAY).toISOString());
    expect(later.map((q) => q.text)).toEqual(['Какой номер телефона?']);
    // The other tenant sees only its own.
    expect((await store.reports.unansweredSince(OTHER, '2026-01-01T00:00:00.000Z')).map((q) => q.text)).toEqual(['Quel est le prix ?']);
  });

  it('reads the tenant\u2019s feedback and its tickets\u2019 status, topic and event times, nothing of the ticket\u2019s text', async () => {
    await store.feedback.recordAnswer(TENANT, { conversationId: 'a:c', activityId: 'm1' }, { topic: 'incidents', locale: 'en' });
    await store.feedback.add(TENANT, { conversationId: 'a:c', activityId: 'm1' }, 'aad-megan', { reaction: 'dislike', comment: 'wrong' });
    const created = await ticket(store, TENANT, 'd1', 'activation');
    await ticket(store, OTHER, 'd2', 'activation');
    clock.advance(30 * MINUTE);
    await store.tickets.change(TENANT, created.number, DESK, 'a:desk', (current) => ({
      status: 'assigned',
      assignee: DESK,
      event: { at: '', kind: 'assigned', actor: DESK, detail: 'Adele' },
      auditAction: 'ticket.assigned',
      outbox: () => [],
    }));

    expect(await store.reports.feedbackSince(TENANT, '2026-01-01T00:00:00.000Z')).toEqual([{ at: '2026-11-01T09:00:00.000Z', topic: 'incidents', reaction: 'dislike' }]);
    const facts = await store.reports.ticketsSince(TENANT, '2026-01-01T00:00:00.000Z');
    expect(facts).toEqual([
      {
        number: created.number,
        status: 'assigned',
        topic: 'activation',
        createdAt: '2026-11-01T09:00:00.000Z',
        history: [
          { at: '2026-11-01T09:00:00.000Z', kind: 'created' },
          { at: '2026-11-01T09:30:00.000Z', kind: 'assigned' },
        ],
      },
    ]);
    expect(JSON.stringify(facts)).not.toContain('portal');
    expect(await store.reports.ticketsSince(TENANT, '2026-11-01T09:00:00.001Z')).toEqual([]);
  });

  it('keeps a report snapshot until it expires, under its id only', async () => {
    const report = {
      tenantId: TENANT,
      generatedAt: clock.iso(),
      unanswered: { total: { 7: 1, 30: 1 }, top: [] },
      dislikes: { total: { 7: 0, 30: 0 }, byTopic: [] },
      tickets: {
        total: { 7: 0, 30: 0 },
        byStatus: { new: { 7: 0, 30: 0 }, assigned: { 7: 0, 30: 0 }, waiting: { 7: 0, 30: 0 }, resolved: { 7: 0, 30: 0 }, closed: { 7: 0, 30: 0 } },
        byTopic: [],
      },
      firstReplyMs: { 7: 60000, 30: undefined },
      resolutionMs: { 7: undefined, 30: undefined },
    };
    const expiresAt = new Date(clock.now().getTime() + 15 * MINUTE).toISOString();
    await store.reports.saveReport({ id: 'r-one', tenantId: TENANT, createdAt: clock.iso(), expiresAt, report });
    expect(await store.reports.getReport('r-one')).toMatchObject({ id: 'r-one', tenantId: TENANT, expiresAt, report: { tenantId: TENANT, firstReplyMs: { 7: 60000 } } });
    expect(await store.reports.getReport('r-two')).toBeUndefined();
    clock.advance(15 * MINUTE);
    expect(await store.reports.getReport('r-one')).toBeUndefined();
  });

  it('retention sweeps answers sent, feedback and unanswered questions older than the period, and expired snapshots', async () => {
    // Day 0: an answer, its feedback, an unanswered question, a snapshot with a 15-minute link.
    await store.feedback.recordAnswer(TENANT, { conversationId: 'a:c', activityId: 'old' }, { topic: 'incidents', locale: 'en' });
    await store.feedback.add(TENANT, { conversationId: 'a:c', activityId: 'old' }, 'aad-megan', { reaction: 'like' });
    await store.reports.recordUnanswered(TENANT, { locale: 'en', text: 'old question', normalized: 'old question' }, 'aad-megan');
    const report = (await store.reports.getReport('none'))?.report;
    expect(report).toBeUndefined();
    await store.reports.saveReport({
      id: 'snap',
      tenantId: TENANT,
      createdAt: clock.iso(),
      expiresAt: new Date(clock.now().getTime() + 15 * MINUTE).toISOString(),
      report: { tenantId: TENANT } as never,
    });
    // Day 20: the same again, still inside a 30-day period at day 31.
    clock.advance(20 * DAY);
    await store.feedback.recordAnswer(TENANT, { conversationId: 'a:c', activityId: 'new' }, { topic: 'ids', locale: 'en' });
    await store.feedback.add(TENANT, { conversationId: 'a:c', activityId: 'new' }, 'aad-megan', { reaction: 'dislike' });
    await store.reports.recordUnanswered(TENANT, { locale: 'en', text: 'new question', normalized: 'new question' }, 'aad-megan');
    clock.advance(11 * DAY);

    const swept = await store.sweepRetention(30, 60 * MINUTE, 'instance-a');
    expect(swept).toMatchObject({ sentAnswers: 1, answerFeedback: 1, unansweredQuestions: 1, reportSnapshots: 1 });
    expect((await store.reports.unansweredSince(TENANT, '2000-01-01T00:00:00.000Z')).map((q) => q.text)).toEqual(['new question']);
    expect((await store.feedback.list(TENANT)).map((f) => f.activityId)).toEqual(['new']);
    expect(await store.feedback.answerOf(TENANT, { conversationId: 'a:c', activityId: 'old' })).toBeUndefined();
    expect(await store.feedback.answerOf(TENANT, { conversationId: 'a:c', activityId: 'new' })).toEqual({ topic: 'ids', locale: 'en' });
  });

  it('counts unanswered questions in SQL: grouped by their words, per window, most asked first, the latest wording as example', async () => {
    const NOW = Date.parse('2026-11-30T12:00:00.000Z');
    const at = (msAgo: number) => clock.advance(NOW - msAgo - clock.now().getTime());
    const ask = (text: string, who = 'aad-megan', topic?: string) =>
      store.reports.recordUnanswered(TENANT, { locale: 'en', text, normalized: normalizeQuestion(text), ...(topic ? { topic } : {}) }, who);
    at(31 * DAY);
    await ask('Too old to count');
    at(20 * DAY);
    await ask('How many TPD hours do we get?', 'aad-a', 'notInArticle:tpdHours');
    at(3 * DAY);
    await ask('What is the phone number?', 'aad-b');
    at(2 * DAY);
    await ask('how many  tpd hours do we get', 'aad-c');
    at(1 * DAY);
    await ask('How many TPD hours do we get ?!', 'aad-d');
    await ask('Another tenant', 'aad-e').then(() => store.reports.recordUnanswered(OTHER, { locale: 'en', text: 'x', normalized: 'x' }, 'aad-e'));
    at(-MINUTE);
    await ask('From the future');
    const now = new Date(NOW);
    const summary = await store.reports.unansweredSummary(TENANT, windowStarts(now), now.toISOString(), 2);
    expect(summary.total).toEqual({ 7: 4, 30: 5 });
    expect(summary.top).toEqual([
      { normalized: 'how many tpd hours do we get', example: 'How many TPD hours do we get ?!', counts: { 7: 2, 30: 3 } },
      { normalized: 'another tenant', example: 'Another tenant', counts: { 7: 1, 30: 1 } },
    ]);
  });

  it('the same question the same day is one row with a count; a member past the daily cap adds nothing that day', async () => {
    const ask = (text: string, who: string) => store.reports.recordUnanswered(TENANT, { locale: 'en', text, normalized: normalizeQuestion(text) }, who);
    for (let i = 0; i < 5; i++) expect(await ask('What is the SLA?', 'aad-x')).toBe(true);
    const rows = await store.reports.unansweredSince(TENANT, '2000-01-01T00:00:00.000Z');
    expect(rows.map((r) => [r.normalized, r.count])).toEqual([['what is the sla', 5]]);

    // One scripted member: distinct questions stop counting at the cap; a colleague still counts.
    const CAP = 30;
    let kept = 5;
    for (let i = 0; i < 200; i++) if (await ask(`scripted question ${i}`, 'aad-x')) kept += 1;
    expect(kept).toBe(CAP);
    expect(await ask('A real question from a colleague', 'aad-y')).toBe(true);
    // The next day the member counts again.
    clock.advance(DAY);
    expect(await ask('scripted question again', 'aad-x')).toBe(true);
  });

  it('200,000 stored questions: the summary is counted in the database, in little CPU and memory, and is right', async () => {
    const N = 200_000;
    const day = clock.iso().slice(0, 10);
    await location.sql({
      sqlite: `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${N})
        INSERT INTO unanswered_questions (tenant_id, day, normalized, at, locale, topic, text, count)
        SELECT '${TENANT}', '${day}', 'question number ' || i, '${clock.iso()}', 'en', NULL, 'Question number ' || i || '?', 1 + (i % 3 = 0) FROM n`,
      postgres: `INSERT INTO unanswered_questions (tenant_id, day, normalized, at, locale, topic, text, count)
        SELECT '${TENANT}', '${day}', 'question number ' || i, '${clock.iso()}'::timestamptz, 'en', NULL, 'Question number ' || i || '?', CASE WHEN i % 3 = 0 THEN 2 ELSE 1 END
        FROM generate_series(1, ${N}) AS i`,
    });
    clock.advance(MINUTE);
    const now = clock.now();
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const cpuBefore = process.cpuUsage();
    const summary = await store.reports.unansweredSummary(TENANT, windowStarts(now), now.toISOString(), 20);
    const cpu = process.cpuUsage(cpuBefore);
    const heapAfter = process.memoryUsage().heapUsed;
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const heapMb = (heapAfter - heapBefore) / 2 ** 20;
    console.log(`report summary over ${N} rows (${factory.name}): ${cpuMs.toFixed(0)} ms CPU in this process, heap +${heapMb.toFixed(1)} MB`);
    expect(summary.total).toEqual({ 7: N + Math.floor(N / 3), 30: N + Math.floor(N / 3) });
    expect(summary.top).toHaveLength(20);
    expect(summary.top[0].counts).toEqual({ 7: 2, 30: 2 });
    // The bound is generous for a shared machine: what it guards against is reading the rows into memory.
    expect(heapMb).toBeLessThan(100);
    expect(cpuMs).toBeLessThan(2000);
  });
});
