import type { AuditEntry, AuditOutcome, NewAuditEntry } from '../../domain/records';
import { StoreInputError } from '../errors';
import type { AuditRepository } from '../repositories';
import type { SqlExecutor } from './sqlClient';
import { actorOf, compact, iso, parseJson, type Row, type SqlContext } from './rows';

/** Names that must never reach the audit log (it is shown to admins and exported). */
const FORBIDDEN_KEY = /(access_?id|contract_?id|token|secret|password)/i;

function checkDetail(value: unknown, path: string, depth = 0): void {
  if (depth > 5 || value === null || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (FORBIDDEN_KEY.test(k)) throw new StoreInputError(`audit detail must not carry "${path}${k}"`);
    checkDetail(v, `${path}${k}.`, depth + 1);
  }
}

/** One format on both backends, whatever ISO form the caller gave. */
function auditTime(given: string | undefined, fallback: string): string {
  if (given === undefined) return fallback;
  const t = new Date(given);
  if (Number.isNaN(t.getTime())) throw new StoreInputError('audit time must be an ISO date-time');
  return t.toISOString();
}

const COLUMNS = 'id, at, actor, conversation_id, action, outcome, detail';

function entryOf(tenantId: string, row: Row): AuditEntry {
  return compact({
    id: String(row.id),
    tenantId,
    at: iso(row.at),
    actor: parseJson<AuditEntry['actor']>(row.actor),
    conversationId: String(row.conversation_id),
    action: String(row.action),
    outcome: row.outcome as AuditOutcome,
    detail:
      row.detail === null || row.detail === undefined ? undefined : parseJson<Record<string, unknown>>(row.detail),
  });
}

/** Appends inside the caller's transaction, so the record and its audit entry commit together. */
export async function insertAudit(
  tx: SqlExecutor,
  tenantId: string,
  entry: NewAuditEntry,
  defaultAt: string,
): Promise<AuditEntry> {
  checkDetail(entry.detail, '');
  const at = auditTime(entry.at, defaultAt);
  const rows = await tx.query<Row>(
    `INSERT INTO audit_log (tenant_id, at, actor, conversation_id, action, outcome, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
    [
      tenantId,
      at,
      JSON.stringify(actorOf(entry.actor)),
      entry.conversationId,
      entry.action,
      entry.outcome,
      entry.detail === undefined ? null : JSON.stringify(entry.detail),
    ],
  );
  return entryOf(tenantId, rows[0]);
}

export class SqlAuditRepository implements AuditRepository {
  constructor(private readonly ctx: SqlContext) {}

  append(tenantId: string, entry: NewAuditEntry): Promise<AuditEntry> {
    return insertAudit(this.ctx.client, tenantId, entry, this.ctx.now().toISOString());
  }

  async list(tenantId: string, limit = 50): Promise<AuditEntry[]> {
    const n = Number.isFinite(limit) ? Math.max(1, Math.min(1000, Math.floor(limit))) : 50;
    const rows = await this.ctx.client.query<Row>(
      `SELECT ${COLUMNS} FROM audit_log WHERE tenant_id = $1 ORDER BY id DESC LIMIT $2`,
      [tenantId, n],
    );
    return rows.map((r) => entryOf(tenantId, r));
  }
}
