import type { Actor } from '../src/domain/records';
import type { Store } from '../src/store';
import { describeEachStore, type StoreLocation } from './support/stores';

const TENANT = 'tenant-answers-0000-0000-000000000001';
const OTHER = 'tenant-answers-0000-0000-000000000002';
const DESK: Actor = { userId: '29:adele', aadObjectId: 'aad-adele', name: 'Adele' };
const ADMIN: Actor = { userId: '29:gina', aadObjectId: 'aad-gina', name: 'Gina' };
const DAY = 24 * 60 * 60 * 1000;

function manualClock(start = '2026-11-01T09:00:00.000Z') {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms), iso: () => new Date(t).toISOString() };
}

const DRAFT = {
  locale: 'en' as const,
  question: 'How many TPD hours do we have?',
  phrasings: ['presales hours left'],
  answer: 'We have 40 TPD hours a year; Dana books them.',
};

describeEachStore('the organization\u2019s answers in the store', (factory) => {
  let location: StoreLocation;
  let clock: ReturnType<typeof manualClock>;
  let store: Store;

  beforeEach(async () => {
    clock = manualClock();
    location = await factory.location();
    store = await location.open({ now: clock.now });
  });
  afterEach(() => location.dispose());

  const save = (tenantId = TENANT, draftKey = 'd1') =>
    store.orgAnswers.create(tenantId, { ...DRAFT, draftKey, origin: { kind: 'ticket', number: 7 }, reviewDue: '2027-05-01T09:00:00.000Z' }, DESK, 'a:desk');

  it('saves an answer once per form, for its organization only, with who wrote it and when', async () => {
    const first = await save();
    const again = await save();
    expect(first.created).toBe(true);
    expect(again).toEqual({ created: false, answer: first.answer });
    expect(first.answer).toMatchObject({ ...DRAFT, origin: { kind: 'ticket', number: 7 }, createdBy: DESK, createdAt: '2026-11-01T09:00:00.000Z', uses: 0, version: 1 });
    expect(await store.orgAnswers.list(TENANT)).toEqual([first.answer]);
    expect(await store.orgAnswers.list(TENANT, 'ru')).toEqual([]);
    expect(await store.orgAnswers.list(OTHER)).toEqual([]);
    expect(await store.orgAnswers.get(OTHER, first.answer.id)).toBeUndefined();
  });

  it('an edit applies only to the version it was made on, and every change is kept with before and after', async () => {
    const { answer } = await save();
    clock.advance(DAY);
    const edited = await store.orgAnswers.update(TENANT, answer.id, { ...DRAFT, answer: 'We have 60 TPD hours now.' }, 1, '2027-06-01T09:00:00.000Z', ADMIN, 'a:gina');
    expect(edited?.applied).toBe(true);
    expect(edited?.answer).toMatchObject({ answer: 'We have 60 TPD hours now.', updatedBy: ADMIN, updatedAt: '2026-11-02T09:00:00.000Z', version: 2 });
    const stale = await store.orgAnswers.update(TENANT, answer.id, { ...DRAFT, answer: 'stale' }, 1, '2027-06-01T09:00:00.000Z', DESK, 'a:desk');
    expect(stale).toEqual({ applied: false, answer: edited?.answer });
    expect(await store.orgAnswers.update(OTHER, answer.id, DRAFT, 2, '2027-06-01T09:00:00.000Z', DESK, 'a:desk')).toBeUndefined();
    clock.advance(DAY);
    expect((await store.orgAnswers.remove(TENANT, answer.id, DESK, 'a:desk'))?.id).toBe(answer.id);
    expect(await store.orgAnswers.get(TENANT, answer.id)).toBeUndefined();
    const history = await store.orgAnswers.history(TENANT, answer.id);
    expect(history.map((h) => [h.action, h.actor.name, h.at, h.before?.answer, h.after?.answer])).toEqual([
      ['created', 'Adele', '2026-11-01T09:00:00.000Z', undefined, 'We have 40 TPD hours a year; Dana books them.'],
      ['edited', 'Gina', '2026-11-02T09:00:00.000Z', 'We have 40 TPD hours a year; Dana books them.', 'We have 60 TPD hours now.'],
      ['deleted', 'Adele', '2026-11-03T09:00:00.000Z', 'We have 60 TPD hours now.', undefined],
    ]);
    // The audit trail names the answer, never what it says.
    const audit = await store.audit.list(TENANT);
    expect(audit.map((e) => e.action)).toEqual(['orgAnswer.deleted', 'orgAnswer.edited', 'orgAnswer.created']);
    expect(JSON.stringify(audit)).not.toContain('TPD hours');
  });

  it('finds answers due for review in every organization once per review date, and Still correct sets the next one', async () => {
    const { answer } = await save();
    await save(OTHER);
    expect(await store.orgAnswers.dueForReview('2027-04-30T00:00:00.000Z', 10)).toEqual([]);
    const due = await store.orgAnswers.dueForReview('2027-05-02T00:00:00.000Z', 10);
    expect(due.map((a) => a.tenantId).sort()).toEqual([TENANT, OTHER].sort());
    expect(await store.orgAnswers.markReminded(TENANT, answer.id, answer.reviewDue)).toBe(true);
    expect(await store.orgAnswers.markReminded(TENANT, answer.id, answer.reviewDue)).toBe(false);
    expect((await store.orgAnswers.dueForReview('2027-05-02T00:00:00.000Z', 10)).map((a) => a.tenantId)).toEqual([OTHER]);
    const confirmed = await store.orgAnswers.confirm(TENANT, answer.id, '2027-11-01T00:00:00.000Z', ADMIN, 'a:gina');
    expect(confirmed?.reviewDue).toBe('2027-11-01T00:00:00.000Z');
    expect((await store.orgAnswers.dueForReview('2027-11-02T00:00:00.000Z', 10)).map((a) => a.tenantId).sort()).toEqual([TENANT, OTHER].sort());
  });

  it('counts uses per answer, and the retention sweep deletes old uses but never the answers', async () => {
    const { answer } = await save();
    await store.orgAnswers.recordUse(TENANT, answer.id);
    clock.advance(200 * DAY);
    await store.orgAnswers.recordUse(TENANT, answer.id);
    await store.orgAnswers.recordUse(OTHER, answer.id);
    expect((await store.orgAnswers.get(TENANT, answer.id))?.uses).toBe(2);
    expect(await store.orgAnswers.usesSince(TENANT, '2027-01-01T00:00:00.000Z')).toEqual([{ answerId: answer.id, at: '2027-05-20T09:00:00.000Z' }]);
    const swept = await store.sweepRetention(180, 1000, 'test');
    expect(swept?.orgAnswerUses).toBe(1);
    expect((await store.orgAnswers.get(TENANT, answer.id))?.answer).toBe(DRAFT.answer);
  });
});
