import { iso, optNum, parseJson, type Row, type SqlContext } from '../sql/rows';
import type { NewOutboxMessage, OutboxKind, OutboxMessage, OutboxRepository, OutboxState } from './contracts';
import { insertOutbox } from './sqlTickets';

const COLUMNS = 'id, tenant_id, dedupe_key, lane, kind, ticket_number, payload, state, attempts, next_attempt_at, last_status, created_at';

function messageOf(row: Row): OutboxMessage {
  const m: OutboxMessage = {
    id: String(row.id),
    tenantId: String(row.tenant_id),
    dedupeKey: String(row.dedupe_key),
    lane: String(row.lane),
    kind: row.kind as OutboxKind,
    payload: parseJson<Record<string, unknown>>(row.payload),
    state: row.state as OutboxState,
    attempts: Number(row.attempts),
    nextAttemptAt: iso(row.next_attempt_at),
    createdAt: iso(row.created_at),
  };
  const n = optNum(row.ticket_number);
  if (n !== undefined) m.ticketNumber = n;
  const s = optNum(row.last_status);
  if (s !== undefined) m.lastStatus = s;
  return m;
}

/** Due, unleased, and the oldest pending message of its lane (sends of a conversation keep their order). */
const DUE = `o.state = 'pending' AND o.next_attempt_at <= $1 AND (o.lease_until IS NULL OR o.lease_until <= $1)
  AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.tenant_id = o.tenant_id AND p.lane = o.lane AND p.state = 'pending' AND p.id < o.id)`;

/**
 * The outbox table. Claims go through the database, never an in-process lock: on PostgreSQL the due rows
 * are locked with FOR UPDATE SKIP LOCKED (two instances never claim the same row), on SQLite the claim is
 * one write transaction. A claim is a lease: a process killed mid-send leaves the row to be claimed again.
 */
export class SqlOutboxRepository implements OutboxRepository {
  constructor(private readonly ctx: SqlContext) {}

  async claim(owner: string, limit: number, leaseMs: number): Promise<OutboxMessage[]> {
    const now = this.ctx.now();
    const at = now.toISOString();
    const until = new Date(now.getTime() + leaseMs).toISOString();
    const pick =
      this.ctx.client.dialect === 'postgres'
        ? `SELECT o.id FROM outbox o WHERE ${DUE} ORDER BY o.id LIMIT $4 FOR UPDATE OF o SKIP LOCKED`
        : `SELECT o.id FROM outbox o WHERE ${DUE} ORDER BY o.id LIMIT $4`;
    const rows = await this.ctx.client.transaction((tx) =>
      tx.query<Row>(`UPDATE outbox SET lease_until = $2, claimed_by = $3 WHERE id IN (${pick}) RETURNING ${COLUMNS}`, [
        at,
        until,
        owner,
        limit,
      ]),
    );
    return rows.map(messageOf).sort((a, b) => Number(a.id) - Number(b.id));
  }

  async pendingCount(): Promise<number> {
    const rows = await this.ctx.client.query<Row>(`SELECT COUNT(*) AS n FROM outbox WHERE state = 'pending'`, []);
    return Number(rows[0]?.n ?? 0);
  }

  async sent(id: string): Promise<void> {
    await this.ctx.client.execute(`UPDATE outbox SET state = 'sent', lease_until = NULL, done_at = $2 WHERE id = $1`, [
      Number(id),
      this.ctx.now().toISOString(),
    ]);
  }

  async retry(id: string, at: Date, status?: number): Promise<void> {
    await this.ctx.client.execute(
      `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $2, lease_until = NULL, last_status = $3 WHERE id = $1`,
      [Number(id), at.toISOString(), status ?? null],
    );
  }

  async defer(id: string, at: Date): Promise<void> {
    await this.ctx.client.execute(`UPDATE outbox SET next_attempt_at = $2, lease_until = NULL WHERE id = $1`, [
      Number(id),
      at.toISOString(),
    ]);
  }

  async failed(id: string, status?: number): Promise<void> {
    await this.ctx.client.execute(
      `UPDATE outbox SET state = 'failed', attempts = attempts + 1, lease_until = NULL, last_status = $2, done_at = $3 WHERE id = $1`,
      [Number(id), status ?? null, this.ctx.now().toISOString()],
    );
  }

  enqueue(tenantId: string, messages: NewOutboxMessage[]): Promise<void> {
    if (messages.length === 0) return Promise.resolve();
    return this.ctx.client.transaction((tx) => insertOutbox(tx, tenantId, messages, this.ctx.now().toISOString()));
  }

  async list(tenantId: string): Promise<OutboxMessage[]> {
    const rows = await this.ctx.client.query<Row>(`SELECT ${COLUMNS} FROM outbox WHERE tenant_id = $1 ORDER BY id`, [tenantId]);
    return rows.map(messageOf);
  }
}
