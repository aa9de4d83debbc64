import type { ActivationDetails } from '../src/domain/activationGateway';
import type { Actor } from '../src/domain/records';
import { captureLogger } from '../src/logger';
import { ETagConflictError, StoreInputError, VersionConflictError, type Store } from '../src/store';
import { describeEachStore, type StoreFactory } from './support/stores';

const TENANT_A = 'tenant-a-0000-0000-0000-000000000001';
const TENANT_B = 'tenant-b-0000-0000-0000-000000000002';
const ADMIN: Actor = { userId: '29:admin', aadObjectId: 'aad-admin', name: 'Ada Admin' };
const ADMIN_2: Actor = { userId: '29:admin2', aadObjectId: 'aad-admin-2', name: 'Bob Admin' };
const USER: Actor = { userId: '29:user', aadObjectId: 'aad-user', name: 'Uma User' };
const USER_2: Actor = { userId: '29:user2', aadObjectId: 'aad-user-2' };
const CONV = '19:general@thread.tacv2';
const DETAILS: ActivationDetails = {
  accessId: 'ACCESS-1111-SECRETISH',
  contractId: 'CONTRACT-2222-SECRETISH',
  contractStart: '2025-01-01',
  contractEnd: '2025-12-31',
  incidentsRemaining: 20,
};
const OTHER_DETAILS: ActivationDetails = { accessId: 'ACCESS-3333-NEW', contractId: 'CONTRACT-4444-NEW' };

/** A clock the test moves by hand, so times and expiries are exact on both backends. */
function manualClock(start = '2025-03-01T10:00:00.000Z') {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
    iso: () => new Date(t).toISOString(),
  };
}

/** A settled promise as a value, so a failing test shows what came back instead of the error. */
async function outcomeOf(p: Promise<unknown>): Promise<{ resolved: unknown } | { rejected: string }> {
  return p.then(
    (resolved) => ({ resolved }),
    (err: Error) => ({ rejected: err.message }),
  );
}
/** The audit log's "never an empty conversation" constraint, as SQLite and PostgreSQL word it. */
const REFUSED_BY_AUDIT_LOG = { rejected: expect.stringMatching(/CHECK constraint failed|violates check constraint/) };

function actions(entries: { action: string }[]): string[] {
  return entries.map((e) => e.action);
}

describeEachStore('store', (factory: StoreFactory) => {
  let store: Store;
  let clock: ReturnType<typeof manualClock>;

  beforeEach(async () => {
    clock = manualClock();
    store = await factory.open({ now: clock.now });
  });
  afterEach(async () => {
    await store.close();
  });

  describe('a new store', () => {
    it('is of the expected kind and empty', async () => {
      expect(store.kind).toBe(factory.name);
      expect(await store.benefits.get(TENANT_A)).toEqual({ tenantId: TENANT_A, state: 'notActivated', version: 0 });
      expect(await store.profiles.get(TENANT_A)).toBeUndefined();
      expect(await store.roles.list(TENANT_A)).toEqual([]);
      expect(await store.audit.list(TENANT_A)).toEqual([]);
      expect(await store.activationRequests.listOpen(TENANT_A)).toEqual([]);
      expect(await store.settings.getAnnouncementTarget(TENANT_A)).toBeUndefined();
      expect(await store.conversations.get(TENANT_A, CONV)).toBeUndefined();
    });
  });

  describe('profiles', () => {
    it('saves, replaces and audits the partner profile of one tenant only', async () => {
      const saved = await store.profiles.save(
        TENANT_A,
        { tier: 'gold', competencies: ['security', 'Data Analytics'] },
        ADMIN,
        CONV,
      );
      expect(saved).toEqual({
        tenantId: TENANT_A,
        tier: 'gold',
        competencies: ['security', 'Data Analytics'],
        updatedBy: 'aad-admin',
        updatedAt: clock.iso(),
      });
      expect(await store.profiles.get(TENANT_A)).toEqual(saved);

      clock.advance(1000);
      const replaced = await store.profiles.save(TENANT_A, { competencies: [] }, ADMIN_2, CONV);
      expect(replaced).toEqual({
        tenantId: TENANT_A,
        competencies: [],
        updatedBy: 'aad-admin-2',
        updatedAt: clock.iso(),
      });
      expect(await store.profiles.get(TENANT_A)).toEqual(replaced);

      expect(await store.profiles.get(TENANT_B)).toBeUndefined();
      const audit = await store.audit.list(TENANT_A);
      expect(actions(audit)).toEqual(['profile.updated', 'profile.updated']);
      expect(audit[1].detail).toEqual({ tier: 'gold', competencyCount: 2 });
      expect(JSON.stringify(audit)).not.toContain('Data Analytics');
      expect(await store.audit.list(TENANT_B)).toEqual([]);
    });
  });

  describe('benefits.recordActivation', () => {
    it('activates with the details, who recorded them and one audit entry without the IDs', async () => {
      const result = await store.benefits.recordActivation(TENANT_A, DETAILS, ADMIN, CONV, 'key-1');
      const expected = {
        tenantId: TENANT_A,
        state: 'active',
        ...DETAILS,
        incidentsAsOf: clock.iso(),
        recordedBy: ADMIN,
        recordedAt: clock.iso(),
        version: 1,
      };
      expect(result).toEqual({ applied: true, record: expected });
      expect(await store.benefits.get(TENANT_A)).toEqual(expected);

      const audit = await store.audit.list(TENANT_A);
      expect(audit).toEqual([
        {
          id: expect.any(String),
          tenantId: TENANT_A,
          at: clock.iso(),
          actor: ADMIN,
          conversationId: CONV,
          action: 'activation.recorded',
          outcome: 'done',
          detail: { previousState: 'notActivated', version: 1, replacedDetails: false },
        },
      ]);
      expect(JSON.stringify(audit)).not.toContain(DETAILS.accessId);
      expect(JSON.stringify(audit)).not.toContain(DETAILS.contractId);
    });

    it('stores only the actor fields, not a whole identity object passed as the actor', async () => {
      const identity = { ...ADMIN, tenantId: TENANT_A, extra: 'x' } as Actor;
      const { record } = await store.benefits.recordActivation(TENANT_A, OTHER_DETAILS, identity, CONV, 'k');
      expect(record.recordedBy).toEqual(ADMIN);
      expect((await store.benefits.get(TENANT_A)).recordedBy).toEqual(ADMIN);
    });

    it('gives one activation for a repeated key or the same IDs, and replaces different IDs', async () => {
      const first = await store.benefits.recordActivation(TENANT_A, DETAILS, ADMIN, CONV, 'key-1');
      clock.advance(1000);
      const sameKey = await store.benefits.recordActivation(TENANT_A, OTHER_DETAILS, ADMIN, CONV, 'key-1');
      expect(sameKey).toEqual({ applied: false, record: first.record });
      const sameIds = await store.benefits.recordActivation(TENANT_A, DETAILS, ADMIN_2, CONV, 'key-2');
      expect(sameIds).toEqual({ applied: false, record: first.record });
      expect(actions(await store.audit.list(TENANT_A))).toEqual(['activation.recorded']);

      const replaced = await store.benefits.recordActivation(TENANT_A, OTHER_DETAILS, ADMIN_2, CONV, 'key-3');
      expect(replaced.applied).toBe(true);
      expect(replaced.record).toEqual({
        tenantId: TENANT_A,
        state: 'active',
        ...OTHER_DETAILS,
        recordedBy: ADMIN_2,
        recordedAt: clock.iso(),
        version: 2,
      });
      const audit = await store.audit.list(TENANT_A);
      expect(actions(audit)).toEqual(['activation.recorded', 'activation.recorded']);
      expect(audit[0].detail).toEqual({ previousState: 'active', version: 2, replacedDetails: true });
    });

    it('with the version read before the gateway call, never overwrites other IDs recorded meanwhile', async () => {
      const readBefore = (await store.benefits.get(TENANT_A)).version;
      const first = await store.benefits.recordActivation(TENANT_A, DETAILS, ADMIN, CONV, 'key-1', readBefore);
      expect(first.applied).toBe(true);
      const late = await store.benefits.recordActivation(TENANT_A, OTHER_DETAILS, ADMIN_2, CONV, 'key-2', readBefore);
      expect(late).toEqual({ applied: false, record: first.record, conflict: 'activeWithOtherIds' });
      expect(await store.benefits.get(TENANT_A)).toEqual(first.record);
      expect(actions(await store.audit.list(TENANT_A))).toEqual(['activation.recorded']);
      // A member asking meanwhile moves the version too, but does not stop the admin's activation.
      await store.benefits.recordActivation(TENANT_B, DETAILS, ADMIN, CONV, 'key-3', 0);
      await store.benefits.markExpired(TENANT_B, ADMIN, CONV);
      const asked = await store.benefits.markRequested(TENANT_B, USER, CONV);
      const again = await store.benefits.recordActivation(TENANT_B, OTHER_DETAILS, ADMIN, CONV, 'key-4', asked.record.version - 1);
      expect(again.applied).toBe(true);
    });

    it('re-activates an expired benefit with the same IDs', async () => {
      await store.benefits.recordActivation(TENANT_A, DETAILS, ADMIN, CONV, 'key-1');
      await store.benefits.markExpired(TENANT_A, ADMIN, 'system:expiry');
      const again = await store.benefits.recordActivation(TENANT_A, DETAILS, ADMIN, CONV, 'key-2');
      expect(again.applied).toBe(true);
      expect(again.record).toMatchObject({ state: 'active', version: 3 });
    });

    it("keeps idempotency keys per tenant and never shows one tenant the other tenant's record", async () => {
      await store.benefits.recordActivation(TENANT_A, DETAILS, ADMIN, CONV, 'shared-key');
      expect(await store.benefits.get(TENANT_B)).toEqual({ tenantId: TENANT_B, state: 'notActivated', version: 0 });
      expect(await store.audit.list(TENANT_B)).toEqual([]);

      const b = await store.benefits.recordActivation(TENANT_B, OTHER_DETAILS, ADMIN_2, CONV, 'shared-key');
      expect(b.applied).toBe(true);
      expect((await store.benefits.get(TENANT_A)).accessId).toBe(DETAILS.accessId);
      expect((await store.benefits.get(TENANT_B)).accessId).toBe(OTHER_DETAILS.accessId);
    });

    it('applies exactly once when 20 submits with the same key arrive together', async () => {
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          store.benefits.recordActivation(TENANT_A, DETAILS, ADMIN, CONV, 'double-click'),
        ),
      );
      expect(results.filter((r) => r.applied)).toHaveLength(1);
      expect(new Set(results.map((r) => r.record.version))).toEqual(new Set([1]));
      expect(actions(await store.audit.list(TENANT_A))).toEqual(['activation.recorded']);
      expect((await store.benefits.get(TENANT_A)).version).toBe(1);
    });

    it('applies exactly once when 20 admins record the same IDs together with different keys', async () => {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          store.benefits.recordActivation(TENANT_A, DETAILS, i % 2 ? ADMIN : ADMIN_2, CONV, `key-${i}`),
        ),
      );
      expect(results.filter((r) => r.applied)).toHaveLength(1);
      expect(actions(await store.audit.list(TENANT_A))).toEqual(['activation.recorded']);
      expect(await store.benefits.get(TENANT_A)).toMatchObject({ state: 'active', version: 1 });
    });

    it('writes nothing when the audit entry cannot be written, and the same key works afterwards', async () => {
      // The audit log refuses an entry without a conversation; the benefit row was already updated by then.
      const failing = store.benefits.recordActivation(TENANT_A, DETAILS, ADMIN, '', 'key-1');
      expect(await outcomeOf(failing)).toEqual(REFUSED_BY_AUDIT_LOG);
      // A driver error is a plain Error to callers (and to jest's rejects.toThrow) in every test file.
      await expect(failing).rejects.toBeInstanceOf(Error);
      expect(await store.benefits.get(TENANT_A)).toEqual({ tenantId: TENANT_A, state: 'notActivated', version: 0 });
      expect(await store.audit.list(TENANT_A)).toEqual([]);

      const retried = await store.benefits.recordActivation(TENANT_A, DETAILS, ADMIN, CONV, 'key-1');
      expect(retried.applied).toBe(true);
      expect(retried.record.version).toBe(1);
    });
  });

  describe('benefits.update', () => {
    beforeEach(async () => {
      await store.benefits.recordActivation(TENANT_A, DETAILS, ADMIN, CONV, 'key-1');
      clock.advance(60_000);
    });

    it('edits the fields at the expected version and audits the field names only', async () => {
      const updated = await store.benefits.update(
        TENANT_A,
        { contractEnd: '2026-06-30', contractStart: null, accessId: undefined },
        ADMIN_2,
        CONV,
        1,
      );
      expect(updated).toEqual({
        tenantId: TENANT_A,
        state: 'active',
        accessId: DETAILS.accessId,
        contractId: DETAILS.contractId,
        contractEnd: '2026-06-30',
        incidentsRemaining: 20,
        incidentsAsOf: '2025-03-01T10:00:00.000Z',
        recordedBy: ADMIN_2,
        recordedAt: clock.iso(),
        version: 2,
      });
      expect(await store.benefits.get(TENANT_A)).toEqual(updated);
      const [entry] = await store.audit.list(TENANT_A, 1);
      expect(entry).toMatchObject({ action: 'benefit.updated', outcome: 'done', actor: ADMIN_2 });
      expect(entry.detail).toEqual({ fields: ['contractStart', 'contractEnd'], version: 2 });
    });

    it('dates a new incident count now unless told otherwise', async () => {
      const updated = await store.benefits.update(TENANT_A, { incidentsRemaining: 19 }, ADMIN, CONV, 1);
      expect(updated).toMatchObject({ incidentsRemaining: 19, incidentsAsOf: clock.iso() });
      const dated = await store.benefits.update(
        TENANT_A,
        { incidentsRemaining: 18, incidentsAsOf: '2025-02-01' },
        ADMIN,
        CONV,
        2,
      );
      expect(dated).toMatchObject({ incidentsRemaining: 18, incidentsAsOf: '2025-02-01' });
      expect(await store.benefits.get(TENANT_A)).toEqual(dated);
    });

    it('changes nothing when the patch changes nothing', async () => {
      const before = await store.benefits.get(TENANT_A);
      expect(await store.benefits.update(TENANT_A, { contractEnd: DETAILS.contractEnd }, ADMIN, CONV, 1)).toEqual(
        before,
      );
      expect(actions(await store.audit.list(TENANT_A))).toEqual(['activation.recorded']);
    });

    it('throws VersionConflictError at a stale version and keeps the newer edit', async () => {
      await store.benefits.update(TENANT_A, { contractEnd: '2026-01-31' }, ADMIN, CONV, 1);
      const stale = store.benefits.update(TENANT_A, { contractEnd: '2027-01-31' }, ADMIN_2, CONV, 1);
      await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
      await expect(stale).rejects.toMatchObject({ expectedVersion: 1, actualVersion: 2, tenantId: TENANT_A });
      expect(await store.benefits.get(TENANT_A)).toMatchObject({ contractEnd: '2026-01-31', version: 2 });
    });

    it('lets one of 10 simultaneous edits of the same version win', async () => {
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          store.benefits.update(TENANT_A, { incidentsRemaining: i }, ADMIN, CONV, 1),
        ),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(9);
      lost.forEach((r) => expect(r.reason).toBeInstanceOf(VersionConflictError));
      expect((await store.benefits.get(TENANT_A)).version).toBe(2);
      expect(actions(await store.audit.list(TENANT_A))).toEqual(['benefit.updated', 'activation.recorded']);
    });

    it('leaves the record as it was when the audit entry fails', async () => {
      const before = await store.benefits.get(TENANT_A);
      expect(await outcomeOf(store.benefits.update(TENANT_A, { contractEnd: '2030-01-01' }, ADMIN, '', 1))).toEqual(
        REFUSED_BY_AUDIT_LOG,
      );
      expect(await store.benefits.get(TENANT_A)).toEqual(before);
      expect(actions(await store.audit.list(TENANT_A))).toEqual(['activation.recorded']);
    });
  });

  describe('benefits.markExpired and markRequested', () => {
    it('expires only an active benefit, once', async () => {
      expect(await store.benefits.markExpired(TENANT_A, ADMIN, 'system:expiry')).toEqual({
        applied: false,
        record: { tenantId: TENANT_A, state: 'notActivated', version: 0 },
      });
      await store.benefits.recordActivation(TENANT_A, DETAILS, ADMIN, CONV, 'key-1');
      const expired = await store.benefits.markExpired(TENANT_A, ADMIN, 'system:expiry');
      expect(expired.applied).toBe(true);
      expect(expired.record).toMatchObject({
        state: 'expired',
        version: 2,
        accessId: DETAILS.accessId,
        recordedBy: ADMIN,
      });
      expect((await store.benefits.markExpired(TENANT_A, ADMIN, 'system:expiry')).applied).toBe(false);
      const audit = await store.audit.list(TENANT_A);
      expect(actions(audit)).toEqual(['benefit.expired', 'activation.recorded']);
      expect(audit[0]).toMatchObject({ conversationId: 'system:expiry', detail: { version: 2 } });
    });

    it('opens one request per user and moves the benefit to activationRequested', async () => {
      const first = await store.benefits.markRequested(TENANT_A, USER, 'a:personal-user');
      expect(first.applied).toBe(true);
      expect(first.record).toEqual({ tenantId: TENANT_A, state: 'activationRequested', version: 1 });
      expect(first.request).toEqual({
        id: expect.any(String),
        tenantId: TENANT_A,
        requestedBy: USER,
        conversationId: 'a:personal-user',
        at: clock.iso(),
      });

      const repeat = await store.benefits.markRequested(TENANT_A, USER, 'a:elsewhere');
      expect(repeat).toEqual({ applied: false, record: first.record, request: first.request });

      const second = await store.benefits.markRequested(TENANT_A, USER_2, 'a:personal-user2');
      expect(second.applied).toBe(true);
      expect(second.record.version).toBe(1);
      expect(second.request?.id).not.toBe(first.request?.id);

      expect((await store.activationRequests.listOpen(TENANT_A)).map((r) => r.requestedBy)).toEqual([USER, USER_2]);
      const audit = await store.audit.list(TENANT_A);
      expect(actions(audit)).toEqual(['activation.requested', 'activation.requested']);
      expect(audit[1].detail).toEqual({ previousState: 'notActivated', version: 1 });
      expect(await store.activationRequests.listOpen(TENANT_B)).toEqual([]);
    });

    it('records no request once the benefit is active', async () => {
      await store.benefits.recordActivation(TENANT_A, DETAILS, ADMIN, CONV, 'key-1');
      const result = await store.benefits.markRequested(TENANT_A, USER, CONV);
      expect(result.applied).toBe(false);
      expect(result.request).toBeUndefined();
      expect(result.record.state).toBe('active');
      expect(await store.activationRequests.listOpen(TENANT_A)).toEqual([]);
    });

    it('leaves no request and no state change behind when the audit entry fails', async () => {
      expect(await outcomeOf(store.benefits.markRequested(TENANT_A, USER, ''))).toEqual(REFUSED_BY_AUDIT_LOG);
      expect(await store.activationRequests.listOpen(TENANT_A)).toEqual([]);
      expect((await store.benefits.get(TENANT_A)).state).toBe('notActivated');
    });
  });

  describe('roles', () => {
    it('grants, lists, resolves and revokes roles per tenant with audit entries', async () => {
      const granted = await store.roles.grant(
        TENANT_A,
        { aadObjectId: 'aad-user', name: 'Uma User' },
        'mpnPartnerAdmin',
        ADMIN,
        CONV,
      );
      expect(granted).toEqual({
        applied: true,
        record: {
          tenantId: TENANT_A,
          aadObjectId: 'aad-user',
          role: 'mpnPartnerAdmin',
          grantedBy: 'aad-admin',
          grantedAt: clock.iso(),
          name: 'Uma User',
        },
      });
      clock.advance(1000);
      const again = await store.roles.grant(TENANT_A, { aadObjectId: 'aad-user' }, 'mpnPartnerAdmin', ADMIN_2, CONV);
      expect(again).toEqual({ applied: false, record: granted.record });
      await store.roles.grant(TENANT_A, { aadObjectId: 'aad-user' }, 'helpdesk', ADMIN, CONV);
      await store.roles.grant(TENANT_A, { aadObjectId: 'aad-admin' }, 'globalAdmin', ADMIN, CONV);

      expect(await store.roles.rolesOf(TENANT_A, 'aad-user')).toEqual(['helpdesk', 'mpnPartnerAdmin']);
      expect((await store.roles.list(TENANT_A)).map((g) => `${g.aadObjectId}:${g.role}`)).toEqual([
        'aad-admin:globalAdmin',
        'aad-user:helpdesk',
        'aad-user:mpnPartnerAdmin',
      ]);
      expect(await store.roles.rolesOf(TENANT_B, 'aad-user')).toEqual([]);
      expect(await store.roles.list(TENANT_B)).toEqual([]);
      expect(await store.roles.revoke(TENANT_B, 'aad-user', 'helpdesk', ADMIN, CONV)).toBe(false);

      expect(await store.roles.revoke(TENANT_A, 'aad-user', 'helpdesk', ADMIN, CONV)).toBe(true);
      expect(await store.roles.revoke(TENANT_A, 'aad-user', 'helpdesk', ADMIN, CONV)).toBe(false);
      expect(await store.roles.rolesOf(TENANT_A, 'aad-user')).toEqual(['mpnPartnerAdmin']);

      const audit = await store.audit.list(TENANT_A);
      expect(actions(audit)).toEqual(['role.revoked', 'role.granted', 'role.granted', 'role.granted']);
      expect(audit[0].detail).toEqual({ role: 'helpdesk', aadObjectId: 'aad-user' });
      expect(await store.audit.list(TENANT_B)).toEqual([]);
    });

    it('grants nothing when the audit entry fails', async () => {
      expect(
        await outcomeOf(store.roles.grant(TENANT_A, { aadObjectId: 'aad-user' }, 'globalAdmin', ADMIN, '')),
      ).toEqual(REFUSED_BY_AUDIT_LOG);
      expect(await store.roles.rolesOf(TENANT_A, 'aad-user')).toEqual([]);
    });
  });

  describe('audit', () => {
    it('appends entries and lists them newest first, per tenant, with a limit', async () => {
      for (let i = 0; i < 5; i++) {
        await store.audit.append(TENANT_A, {
          actor: USER,
          conversationId: CONV,
          action: `test.${i}`,
          outcome: i === 4 ? 'refused' : 'done',
          detail: { i },
        });
        clock.advance(1);
      }
      await store.audit.append(TENANT_B, { actor: USER_2, conversationId: CONV, action: 'other', outcome: 'failed' });

      const latest = await store.audit.list(TENANT_A, 2);
      expect(latest).toEqual([
        {
          id: expect.any(String),
          tenantId: TENANT_A,
          at: '2025-03-01T10:00:00.004Z',
          actor: USER,
          conversationId: CONV,
          action: 'test.4',
          outcome: 'refused',
          detail: { i: 4 },
        },
        expect.objectContaining({ action: 'test.3' }),
      ]);
      expect(actions(await store.audit.list(TENANT_A))).toEqual(['test.4', 'test.3', 'test.2', 'test.1', 'test.0']);
      expect(await store.audit.list(TENANT_B)).toEqual([
        expect.objectContaining({ tenantId: TENANT_B, action: 'other', outcome: 'failed', actor: USER_2 }),
      ]);
      expect((await store.audit.list(TENANT_B))[0].detail).toBeUndefined();
    });

    it('keeps a given time in one format and refuses detail that names a benefit ID or a secret', async () => {
      const entry = await store.audit.append(TENANT_A, {
        actor: ADMIN,
        conversationId: CONV,
        action: 'x',
        outcome: 'done',
        at: '2024-12-24T01:00:00+01:00',
      });
      expect(entry.at).toBe('2024-12-24T00:00:00.000Z');
      expect((await store.audit.list(TENANT_A))[0].at).toBe('2024-12-24T00:00:00.000Z');
      await expect(
        store.audit.append(TENANT_A, {
          actor: ADMIN,
          conversationId: CONV,
          action: 'x',
          outcome: 'done',
          at: 'yesterday',
        }),
      ).rejects.toBeInstanceOf(StoreInputError);
      for (const detail of [{ accessId: 'A' }, { nested: { contract_id: 'C' } }, { userToken: 't' }]) {
        await expect(
          store.audit.append(TENANT_A, { actor: ADMIN, conversationId: CONV, action: 'x', outcome: 'done', detail }),
        ).rejects.toBeInstanceOf(StoreInputError);
      }
      expect(await store.audit.list(TENANT_A)).toHaveLength(1);
    });
  });

  describe('conversation references', () => {
    const personal = (user: string) => ({
      conversationId: `a:${user}`,
      kind: 'personal' as const,
      reference: {
        conversation: { id: `a:${user}` },
        user: { aadObjectId: user },
        serviceUrl: 'https://smba.example/',
      },
      userAadObjectId: user,
    });

    it('upserts, reads, lists personal chats of chosen users, and removes, per tenant', async () => {
      const saved = await store.conversations.upsert(TENANT_A, personal('aad-user'));
      expect(saved).toEqual({ tenantId: TENANT_A, ...personal('aad-user'), updatedAt: clock.iso() });
      await store.conversations.upsert(TENANT_A, personal('aad-user-2'));
      await store.conversations.upsert(TENANT_A, personal('aad-user-3'));
      await store.conversations.upsert(TENANT_A, { conversationId: CONV, kind: 'channel', reference: { c: 1 } });
      await store.conversations.upsert(TENANT_B, personal('aad-user'));

      clock.advance(5000);
      const moved = { ...personal('aad-user'), reference: { serviceUrl: 'https://smba.example/emea/' } };
      expect(await store.conversations.upsert(TENANT_A, moved)).toEqual({
        tenantId: TENANT_A,
        ...moved,
        updatedAt: clock.iso(),
      });
      expect(await store.conversations.get(TENANT_A, 'a:aad-user')).toMatchObject({ reference: moved.reference });
      expect(await store.conversations.get(TENANT_A, CONV)).toEqual({
        tenantId: TENANT_A,
        conversationId: CONV,
        kind: 'channel',
        reference: { c: 1 },
        updatedAt: '2025-03-01T10:00:00.000Z',
      });

      const listed = await store.conversations.listPersonal(TENANT_A, [
        'aad-user',
        'aad-user-3',
        'aad-nobody',
        'aad-user',
      ]);
      expect(listed.map((r) => `${r.tenantId}/${r.userAadObjectId}`)).toEqual([
        `${TENANT_A}/aad-user`,
        `${TENANT_A}/aad-user-3`,
      ]);
      expect(await store.conversations.listPersonal(TENANT_A, [])).toEqual([]);
      expect(await store.conversations.get(TENANT_B, CONV)).toBeUndefined();

      expect(await store.conversations.remove(TENANT_B, CONV)).toBe(false);
      expect(await store.conversations.remove(TENANT_A, CONV)).toBe(true);
      expect(await store.conversations.get(TENANT_A, CONV)).toBeUndefined();
      // The other tenant's chat with the same id is untouched, with its own reference.
      expect(await store.conversations.get(TENANT_B, 'a:aad-user')).toEqual({ tenantId: TENANT_B, ...personal('aad-user'), updatedAt: '2025-03-01T10:00:00.000Z' });
    });

    it('lists personal chats of more users than one query takes', async () => {
      const users = Array.from({ length: 1200 }, (_, i) => `aad-${String(i).padStart(4, '0')}`);
      for (const u of users.slice(0, 30)) await store.conversations.upsert(TENANT_A, personal(u));
      const listed = await store.conversations.listPersonal(TENANT_A, users);
      expect(listed).toHaveLength(30);
    });
  });

  describe('activation requests', () => {
    it('keeps one open request per user until it is closed', async () => {
      const a = await store.activationRequests.add(TENANT_A, USER, 'a:user');
      expect(a.created).toBe(true);
      const repeat = await store.activationRequests.add(
        TENANT_A,
        { userId: '29:other-device', aadObjectId: 'aad-user' },
        'a:x',
      );
      expect(repeat).toEqual({ created: false, request: a.request });
      clock.advance(1000);
      const b = await store.activationRequests.add(TENANT_A, USER_2, 'a:user2');
      const other = await store.activationRequests.add(TENANT_B, USER, 'a:user');
      expect(other.created).toBe(true);

      expect((await store.activationRequests.listOpen(TENANT_A)).map((r) => r.id)).toEqual([
        a.request.id,
        b.request.id,
      ]);

      expect(await store.activationRequests.markNotified(TENANT_B, a.request.id)).toBe(false);
      expect(await store.activationRequests.close(TENANT_B, a.request.id)).toBe(false);
      expect(await store.activationRequests.markNotified(TENANT_A, 'not-an-id')).toBe(false);
      expect(await store.activationRequests.markNotified(TENANT_A, a.request.id)).toBe(true);
      expect((await store.activationRequests.listOpen(TENANT_A))[0]).toEqual({ ...a.request, notifiedAt: clock.iso() });

      expect(await store.activationRequests.close(TENANT_A, a.request.id)).toBe(true);
      expect(await store.activationRequests.close(TENANT_A, a.request.id)).toBe(false);
      expect(await store.activationRequests.markNotified(TENANT_A, a.request.id)).toBe(false);
      expect((await store.activationRequests.listOpen(TENANT_A)).map((r) => r.id)).toEqual([b.request.id]);
      expect((await store.activationRequests.listOpen(TENANT_B)).map((r) => r.id)).toEqual([other.request.id]);

      const reopened = await store.activationRequests.add(TENANT_A, USER, 'a:user');
      expect(reopened.created).toBe(true);
      expect(reopened.request.id).not.toBe(a.request.id);
    });

    it('creates one request when the same user asks 10 times at once', async () => {
      const results = await Promise.all(
        Array.from({ length: 10 }, () => store.activationRequests.add(TENANT_A, USER, 'a:user')),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.request.id)).size).toBe(1);
    });
  });

  describe('settings', () => {
    it('sets, replaces and clears the announcement conversation per tenant, audited', async () => {
      expect(await store.settings.clearAnnouncementTarget(TENANT_A, ADMIN, CONV)).toBe(false);
      const target = await store.settings.setAnnouncementTarget(TENANT_A, CONV, ADMIN);
      expect(target).toEqual({ tenantId: TENANT_A, conversationId: CONV, setBy: 'aad-admin', setAt: clock.iso() });
      expect(await store.settings.getAnnouncementTarget(TENANT_A)).toEqual(target);
      expect(await store.settings.getAnnouncementTarget(TENANT_B)).toBeUndefined();

      const replaced = await store.settings.setAnnouncementTarget(TENANT_A, '19:news@thread.tacv2', ADMIN_2);
      expect(await store.settings.getAnnouncementTarget(TENANT_A)).toEqual(replaced);
      expect(await store.settings.clearAnnouncementTarget(TENANT_B, ADMIN, CONV)).toBe(false);
      expect(await store.settings.clearAnnouncementTarget(TENANT_A, ADMIN, CONV)).toBe(true);
      expect(await store.settings.getAnnouncementTarget(TENANT_A)).toBeUndefined();
      expect(actions(await store.audit.list(TENANT_A))).toEqual([
        'settings.announcementTarget.cleared',
        'settings.announcementTarget.set',
        'settings.announcementTarget.set',
      ]);
    });
  });

  describe('claimOnce', () => {
    it('lets one caller per tenant and key through, also 20 at once', async () => {
      const results = await Promise.all(Array.from({ length: 20 }, () => store.claimOnce(TENANT_A, 'announce:v1')));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.claimOnce(TENANT_A, 'announce:v1')).toBe(false);
      expect(await store.claimOnce(TENANT_B, 'announce:v1')).toBe(true);
      expect(await store.claimOnce(TENANT_A, 'announce:v2')).toBe(true);
    });

    it('lets a key be claimed again after its time to live or after release', async () => {
      expect(await store.claimOnce(TENANT_A, 'activity:1', 60_000)).toBe(true);
      clock.advance(59_999);
      expect(await store.claimOnce(TENANT_A, 'activity:1', 60_000)).toBe(false);
      clock.advance(1);
      expect(await store.claimOnce(TENANT_A, 'activity:1', 60_000)).toBe(true);
      expect(await store.claimOnce(TENANT_A, 'activity:1', 60_000)).toBe(false);

      expect(await store.claimOnce(TENANT_A, 'forever')).toBe(true);
      clock.advance(365 * 24 * 3600 * 1000);
      expect(await store.claimOnce(TENANT_A, 'forever')).toBe(false);
      await store.releaseClaim(TENANT_B, 'forever');
      expect(await store.claimOnce(TENANT_A, 'forever')).toBe(false);
      await store.releaseClaim(TENANT_A, 'forever');
      expect(await store.claimOnce(TENANT_A, 'forever')).toBe(true);
    });

    it('is separate from activation idempotency keys', async () => {
      await store.benefits.recordActivation(TENANT_A, DETAILS, ADMIN, CONV, 'k1');
      expect(await store.claimOnce(TENANT_A, 'k1')).toBe(true);
      await store.releaseClaim(TENANT_A, 'k1');
      expect((await store.benefits.recordActivation(TENANT_A, OTHER_DETAILS, ADMIN, CONV, 'k1')).applied).toBe(false);
    });
  });

  describe('botStorage', () => {
    const KEY = 'msteams/conversations/19:abc@thread.tacv2/';

    it('reads nothing for unknown keys and returns a fresh eTag with every write', async () => {
      expect(await store.botStorage.read([KEY])).toEqual({});
      await store.botStorage.write({ [KEY]: { dialogState: { step: 1 }, eTag: '*' } });
      const first = await store.botStorage.read([KEY, 'missing']);
      expect(Object.keys(first)).toEqual([KEY]);
      expect(first[KEY]).toEqual({ dialogState: { step: 1 }, eTag: expect.any(String) });

      await store.botStorage.write({ [KEY]: { ...first[KEY], dialogState: { step: 2 } } });
      const second = await store.botStorage.read([KEY]);
      expect(second[KEY].dialogState).toEqual({ step: 2 });
      expect(second[KEY].eTag).not.toBe(first[KEY].eTag);
    });

    it('throws on a stale eTag and keeps the newer value; "*" and no eTag overwrite', async () => {
      await store.botStorage.write({ [KEY]: { n: 1 } });
      const stale = (await store.botStorage.read([KEY]))[KEY];
      await store.botStorage.write({ [KEY]: { ...stale, n: 2 } });

      const conflict = store.botStorage.write({ [KEY]: { ...stale, n: 3 } });
      await expect(conflict).rejects.toBeInstanceOf(Error);
      await expect(conflict).rejects.toBeInstanceOf(ETagConflictError);
      expect((await store.botStorage.read([KEY]))[KEY].n).toBe(2);

      await store.botStorage.write({ [KEY]: { ...stale, n: 4, eTag: '*' } });
      expect((await store.botStorage.read([KEY]))[KEY].n).toBe(4);
      await store.botStorage.write({ [KEY]: { n: 5 } });
      expect((await store.botStorage.read([KEY]))[KEY].n).toBe(5);
    });

    it('writes an item with an eTag when nothing is stored yet, as MemoryStorage does', async () => {
      await store.botStorage.write({ [KEY]: { n: 1, eTag: 'from-elsewhere' } });
      expect((await store.botStorage.read([KEY]))[KEY].n).toBe(1);
    });

    it('writes nothing of a batch in which one item conflicts', async () => {
      await store.botStorage.write({ a: { n: 1 }, b: { n: 1 } });
      const items = await store.botStorage.read(['a', 'b']);
      await store.botStorage.write({ b: { ...items.b, n: 2 } });
      await expect(store.botStorage.write({ a: { ...items.a, n: 9 }, b: { ...items.b, n: 9 } })).rejects.toThrow(
        ETagConflictError,
      );
      const after = await store.botStorage.read(['a', 'b']);
      expect([after.a.n, after.b.n]).toEqual([1, 2]);
      expect(after.a.eTag).toBe(items.a.eTag);
    });

    it('deletes, and lets only one of 10 writers with the same eTag win', async () => {
      await store.botStorage.write({ [KEY]: { n: 0 } });
      const read = (await store.botStorage.read([KEY]))[KEY];
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) => store.botStorage.write({ [KEY]: { ...read, n: i + 1 } })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);

      await store.botStorage.delete([KEY, 'never-written']);
      expect(await store.botStorage.read([KEY])).toEqual({});
    });

    it('keeps long and non-ASCII keys and values apart', async () => {
      const long = `msteams/conversations/${'19:' + 'x'.repeat(6000)}@thread.tacv2/`;
      const longer = `${long}y`;
      await store.botStorage.write({
        [long]: { v: 'long' },
        [longer]: { v: 'longer' },
        'ключ/会話': { v: 'ünï\u0000còdé' },
      });
      const items = await store.botStorage.read([long, longer, 'ключ/会話']);
      expect([items[long].v, items[longer].v, items['ключ/会話'].v]).toEqual(['long', 'longer', 'ünï\u0000còdé']);
    });

    it('refuses calls without keys like botbuilder storages do', async () => {
      await expect(store.botStorage.read(undefined as unknown as string[])).rejects.toBeInstanceOf(ReferenceError);
      await expect(store.botStorage.write(undefined as unknown as Record<string, object>)).rejects.toBeInstanceOf(
        ReferenceError,
      );
    });
  });
});

describeEachStore('store shared by several instances', (factory: StoreFactory) => {
  it('keeps everything when the store is opened again, and migrates only once', async () => {
    const location = await factory.location();
    try {
      const firstLog = captureLogger('info');
      const first = await location.open({ logger: firstLog.logger });
      await first.benefits.recordActivation(TENANT_A, DETAILS, ADMIN, CONV, 'key-1');
      await first.profiles.save(TENANT_A, { tier: 'silver', competencies: ['cloudPlatform'] }, ADMIN, CONV);
      await first.roles.grant(TENANT_A, { aadObjectId: 'aad-user' }, 'helpdesk', ADMIN, CONV);
      await first.conversations.upsert(TENANT_A, {
        conversationId: 'a:1',
        kind: 'personal',
        reference: { x: 1 },
        userAadObjectId: 'aad-user',
      });
      await first.activationRequests.add(TENANT_A, USER, 'a:1');
      await first.settings.setAnnouncementTarget(TENANT_A, CONV, ADMIN);
      await first.botStorage.write({ k: { v: 1 } });
      await first.claimOnce(TENANT_A, 'once');
      await first.close();

      const secondLog = captureLogger('info');
      const second = await location.open({ logger: secondLog.logger });
      const opened = (lines: string[]) => lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'store opened');
      expect(opened(firstLog.lines).migrationsApplied).toEqual([1, 2, 100, 110, 120, 122, 140, 141, 160]);
      expect(opened(secondLog.lines).migrationsApplied).toEqual([]);
      expect(secondLog.lines.join('\n')).not.toContain('assistant_test_pw');

      expect(await second.benefits.get(TENANT_A)).toMatchObject({
        state: 'active',
        accessId: DETAILS.accessId,
        version: 1,
      });
      expect((await second.benefits.recordActivation(TENANT_A, OTHER_DETAILS, ADMIN, CONV, 'key-1')).applied).toBe(
        false,
      );
      expect(await second.profiles.get(TENANT_A)).toMatchObject({ tier: 'silver', competencies: ['cloudPlatform'] });
      expect(await second.roles.rolesOf(TENANT_A, 'aad-user')).toEqual(['helpdesk']);
      expect(await second.conversations.listPersonal(TENANT_A, ['aad-user'])).toHaveLength(1);
      expect(await second.activationRequests.listOpen(TENANT_A)).toHaveLength(1);
      expect(await second.settings.getAnnouncementTarget(TENANT_A)).toMatchObject({ conversationId: CONV });
      expect((await second.botStorage.read(['k'])).k.v).toBe(1);
      expect(await second.claimOnce(TENANT_A, 'once')).toBe(false);
      expect(await second.audit.list(TENANT_A)).toHaveLength(4);
    } finally {
      await location.dispose();
    }
  });

  it('opens from several instances at once and records one activation among 20 concurrent submits', async () => {
    const location = await factory.location();
    try {
      const instances = await Promise.all([location.open(), location.open(), location.open()]);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          instances[i % instances.length].benefits.recordActivation(TENANT_A, DETAILS, ADMIN, CONV, `key-${i % 4}`),
        ),
      );
      expect(results.filter((r) => r.applied)).toHaveLength(1);
      for (const s of instances) {
        expect(actions(await s.audit.list(TENANT_A))).toEqual(['activation.recorded']);
        expect((await s.benefits.get(TENANT_A)).version).toBe(1);
      }

      const claims = await Promise.all(
        Array.from({ length: 12 }, (_, i) => instances[i % instances.length].claimOnce(TENANT_A, 'announce')),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);

      await instances[0].botStorage.write({ k: { n: 1 } });
      const seen = (await instances[1].botStorage.read(['k'])).k;
      await instances[2].botStorage.write({ k: { ...seen, n: 2 } });
      await expect(instances[1].botStorage.write({ k: { ...seen, n: 3 } })).rejects.toBeInstanceOf(ETagConflictError);
      expect((await instances[0].botStorage.read(['k'])).k.n).toBe(2);
    } finally {
      await location.dispose();
    }
  });
});
