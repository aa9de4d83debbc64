import type { ActivationDetails } from '../../domain/activationGateway';
import type { Actor, BenefitPatch, BenefitRecord, BenefitState } from '../../domain/records';
import { VersionConflictError } from '../../domain/ports';
import type { BenefitRepository, MarkRequestedResult, RecordActivationResult, WriteResult } from '../repositories';
import { insertAudit } from './auditLog';
import { findOpenRequest, insertOpenRequest } from './activationRequests';
import type { SqlExecutor } from './sqlClient';
import { actorOf, compact, optIso, optNum, optStr, parseJson, type Row, type SqlContext } from './rows';

const COLUMNS =
  'state, access_id, contract_id, contract_start, contract_end, incidents_remaining, incidents_as_of, recorded_by, recorded_at, version';

const PATCH_FIELDS = [
  'accessId',
  'contractId',
  'contractStart',
  'contractEnd',
  'incidentsRemaining',
  'incidentsAsOf',
] as const;

function recordOf(tenantId: string, row: Row | undefined): BenefitRecord {
  if (!row) return { tenantId, state: 'notActivated', version: 0 };
  return compact({
    tenantId,
    state: row.state as BenefitState,
    accessId: optStr(row.access_id),
    contractId: optStr(row.contract_id),
    contractStart: optStr(row.contract_start),
    contractEnd: optStr(row.contract_end),
    incidentsRemaining: optNum(row.incidents_remaining),
    incidentsAsOf: optStr(row.incidents_as_of),
    recordedBy:
      row.recorded_by === null || row.recorded_by === undefined ? undefined : parseJson<Actor>(row.recorded_by),
    recordedAt: optIso(row.recorded_at),
    version: Number(row.version),
  });
}

/**
 * Creates the tenant's row if missing, then locks it until the transaction ends: every writer of one
 * tenant's benefit queues here, on one instance or many.
 */
async function lockRecord(tx: SqlExecutor, tenantId: string): Promise<BenefitRecord> {
  await tx.execute(
    `INSERT INTO benefits (tenant_id, state, version) VALUES ($1, 'notActivated', 0) ON CONFLICT (tenant_id) DO NOTHING`,
    [tenantId],
  );
  const rows = await tx.query<Row>(`SELECT ${COLUMNS} FROM benefits WHERE tenant_id = $1 FOR UPDATE`, [tenantId]);
  return recordOf(tenantId, rows[0]);
}

async function writeRecord(tx: SqlExecutor, r: BenefitRecord): Promise<void> {
  await tx.execute(
    `UPDATE benefits SET state = $2, access_id = $3, contract_id = $4, contract_start = $5, contract_end = $6,
       incidents_remaining = $7, incidents_as_of = $8, recorded_by = $9, recorded_at = $10, version = $11
     WHERE tenant_id = $1`,
    [
      r.tenantId,
      r.state,
      r.accessId ?? null,
      r.contractId ?? null,
      r.contractStart ?? null,
      r.contractEnd ?? null,
      r.incidentsRemaining ?? null,
      r.incidentsAsOf ?? null,
      r.recordedBy ? JSON.stringify(r.recordedBy) : null,
      r.recordedAt ?? null,
      r.version,
    ],
  );
}

export class SqlBenefitRepository implements BenefitRepository {
  constructor(private readonly ctx: SqlContext) {}

  async get(tenantId: string): Promise<BenefitRecord> {
    const rows = await this.ctx.client.query<Row>(`SELECT ${COLUMNS} FROM benefits WHERE tenant_id = $1`, [tenantId]);
    return recordOf(tenantId, rows[0]);
  }

  async activationKeyUsed(tenantId: string, idempotencyKey: string): Promise<boolean> {
    const used = await this.ctx.client.query(
      `SELECT 1 AS used FROM idempotency_keys WHERE tenant_id = $1 AND scope = 'activation' AND key = $2`,
      [tenantId, idempotencyKey],
    );
    return used.length > 0;
  }

  recordActivation(
    tenantId: string,
    details: ActivationDetails,
    actor: Actor,
    conversationId: string,
    idempotencyKey: string,
    expectedVersion?: number,
  ): Promise<RecordActivationResult> {
    return this.ctx.client.transaction(async (tx) => {
      const current = await lockRecord(tx, tenantId);
      const used = await tx.query(
        `SELECT 1 AS used FROM idempotency_keys WHERE tenant_id = $1 AND scope = 'activation' AND key = $2`,
        [tenantId, idempotencyKey],
      );
      if (used.length > 0) return { applied: false, record: current };
      if (
        current.state === 'active' &&
        current.accessId === details.accessId &&
        current.contractId === details.contractId
      ) {
        return { applied: false, record: current };
      }
      // Decided inside the lock: another admin may have recorded other IDs while the gateway was called.
      if (expectedVersion !== undefined && current.version !== expectedVersion && current.state === 'active') {
        return { applied: false, record: current, conflict: 'activeWithOtherIds' };
      }
      const at = this.ctx.now().toISOString();
      const next: BenefitRecord = compact({
        tenantId,
        state: 'active',
        accessId: details.accessId,
        contractId: details.contractId,
        contractStart: details.contractStart,
        contractEnd: details.contractEnd,
        incidentsRemaining: details.incidentsRemaining,
        incidentsAsOf: details.incidentsRemaining === undefined ? undefined : at,
        recordedBy: actorOf(actor),
        recordedAt: at,
        version: current.version + 1,
      });
      await writeRecord(tx, next);
      await insertAudit(
        tx,
        tenantId,
        {
          actor,
          conversationId,
          action: 'activation.recorded',
          outcome: 'done',
          detail: { previousState: current.state, version: next.version, replacedDetails: current.state === 'active' },
        },
        at,
      );
      await tx.execute(
        `INSERT INTO idempotency_keys (tenant_id, scope, key, created_at, expires_at) VALUES ($1, 'activation', $2, $3, NULL)`,
        [tenantId, idempotencyKey, at],
      );
      return { applied: true, record: next };
    });
  }

  update(
    tenantId: string,
    patch: BenefitPatch,
    actor: Actor,
    conversationId: string,
    expectedVersion: number,
  ): Promise<BenefitRecord> {
    return this.ctx.client.transaction(async (tx) => {
      const current = await lockRecord(tx, tenantId);
      if (current.version !== expectedVersion) {
        throw new VersionConflictError(tenantId, expectedVersion, current.version);
      }
      const at = this.ctx.now().toISOString();
      const next: BenefitRecord = { ...current };
      const fields: string[] = [];
      const set = <K extends (typeof PATCH_FIELDS)[number]>(k: K, v: BenefitRecord[K] | null | undefined) => {
        if (v === undefined || (v ?? undefined) === current[k]) return;
        if (v === null) delete next[k];
        else next[k] = v;
        fields.push(k);
      };
      for (const k of PATCH_FIELDS) set(k, patch[k]);
      if (fields.length === 0) return current;
      // A new incident count without its own date is as of now.
      if (fields.includes('incidentsRemaining') && patch.incidentsAsOf === undefined) {
        if (next.incidentsRemaining === undefined) delete next.incidentsAsOf;
        else next.incidentsAsOf = at;
      }
      next.recordedBy = actorOf(actor);
      next.recordedAt = at;
      next.version = current.version + 1;
      await writeRecord(tx, next);
      await insertAudit(
        tx,
        tenantId,
        {
          actor,
          conversationId,
          action: 'benefit.updated',
          outcome: 'done',
          detail: { fields, version: next.version },
        },
        at,
      );
      return next;
    });
  }

  markExpired(tenantId: string, actor: Actor, conversationId: string): Promise<WriteResult<BenefitRecord>> {
    return this.ctx.client.transaction(async (tx) => {
      const rows = await tx.query<Row>(`SELECT ${COLUMNS} FROM benefits WHERE tenant_id = $1 FOR UPDATE`, [tenantId]);
      const current = recordOf(tenantId, rows[0]);
      if (current.state !== 'active') return { applied: false, record: current };
      const at = this.ctx.now().toISOString();
      const next: BenefitRecord = { ...current, state: 'expired', version: current.version + 1 };
      await writeRecord(tx, next);
      await insertAudit(
        tx,
        tenantId,
        { actor, conversationId, action: 'benefit.expired', outcome: 'done', detail: { version: next.version } },
        at,
      );
      return { applied: true, record: next };
    });
  }

  markRequested(tenantId: string, actor: Actor, conversationId: string): Promise<MarkRequestedResult> {
    return this.ctx.client.transaction(async (tx) => {
      const current = await lockRecord(tx, tenantId);
      if (current.state === 'active') return { applied: false, record: current };
      const at = this.ctx.now().toISOString();
      const request = await insertOpenRequest(tx, tenantId, actor, conversationId, at);
      if (!request) {
        // The user already has an open request (the unique index decided): nothing new to record.
        const open = await findOpenRequest(tx, tenantId, actor);
        return { applied: false, record: current, request: open };
      }
      let next = current;
      if (current.state !== 'activationRequested') {
        next = { ...current, state: 'activationRequested', version: current.version + 1 };
        await writeRecord(tx, next);
      }
      await insertAudit(
        tx,
        tenantId,
        {
          actor,
          conversationId,
          action: 'activation.requested',
          outcome: 'done',
          detail: { previousState: current.state, version: next.version },
        },
        at,
      );
      return { applied: true, record: next, request };
    });
  }
}
