import type { ActivationRequest, Actor } from '../../domain/records';
import type { ActivationRequestRepository } from '../repositories';
import type { SqlExecutor } from './sqlClient';
import { actorOf, compact, iso, optIso, parseJson, personKey, type Row, type SqlContext } from './rows';

const COLUMNS = 'id, requested_by, conversation_id, at, notified_at, closed_at';

function requestOf(tenantId: string, row: Row): ActivationRequest {
  return compact({
    id: String(row.id),
    tenantId,
    requestedBy: parseJson<Actor>(row.requested_by),
    conversationId: String(row.conversation_id),
    at: iso(row.at),
    notifiedAt: optIso(row.notified_at),
    closedAt: optIso(row.closed_at),
  });
}

export async function findOpenRequest(
  tx: SqlExecutor,
  tenantId: string,
  requester: Actor,
): Promise<ActivationRequest | undefined> {
  const rows = await tx.query<Row>(
    `SELECT ${COLUMNS} FROM activation_requests WHERE tenant_id = $1 AND requester_key = $2 AND closed_at IS NULL`,
    [tenantId, personKey(requester)],
  );
  return rows[0] ? requestOf(tenantId, rows[0]) : undefined;
}

/** Inserts unless the user has an open request (the partial unique index decides, also across instances). */
export async function insertOpenRequest(
  tx: SqlExecutor,
  tenantId: string,
  requester: Actor,
  conversationId: string,
  at: string,
): Promise<ActivationRequest | undefined> {
  const rows = await tx.query<Row>(
    `INSERT INTO activation_requests (tenant_id, requester_key, requested_by, conversation_id, at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (tenant_id, requester_key) WHERE closed_at IS NULL DO NOTHING
     RETURNING ${COLUMNS}`,
    [tenantId, personKey(requester), JSON.stringify(actorOf(requester)), conversationId, at],
  );
  return rows[0] ? requestOf(tenantId, rows[0]) : undefined;
}

/** Request ids are numbers in both backends; anything else names no request. */
function validId(id: string): boolean {
  return /^\d{1,18}$/.test(id);
}

export class SqlActivationRequestRepository implements ActivationRequestRepository {
  constructor(private readonly ctx: SqlContext) {}

  add(
    tenantId: string,
    requestedBy: Actor,
    conversationId: string,
  ): Promise<{ created: boolean; request: ActivationRequest }> {
    return this.ctx.client.transaction(async (tx) => {
      // The open request may be closed between the two statements by another instance: try again then.
      for (let attempt = 0; attempt < 3; attempt++) {
        const created = await insertOpenRequest(
          tx,
          tenantId,
          requestedBy,
          conversationId,
          this.ctx.now().toISOString(),
        );
        if (created) return { created: true, request: created };
        const open = await findOpenRequest(tx, tenantId, requestedBy);
        if (open) return { created: false, request: open };
      }
      throw new Error('activation request: open request kept changing; giving up');
    });
  }

  async listOpen(tenantId: string): Promise<ActivationRequest[]> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT ${COLUMNS} FROM activation_requests WHERE tenant_id = $1 AND closed_at IS NULL ORDER BY id`,
      [tenantId],
    );
    return rows.map((r) => requestOf(tenantId, r));
  }

  async markNotified(tenantId: string, requestId: string): Promise<boolean> {
    if (!validId(requestId)) return false;
    const n = await this.ctx.client.execute(
      `UPDATE activation_requests SET notified_at = $3 WHERE tenant_id = $1 AND id = $2 AND closed_at IS NULL`,
      [tenantId, requestId, this.ctx.now().toISOString()],
    );
    return n > 0;
  }

  async close(tenantId: string, requestId: string): Promise<boolean> {
    if (!validId(requestId)) return false;
    const n = await this.ctx.client.execute(
      `UPDATE activation_requests SET closed_at = $3 WHERE tenant_id = $1 AND id = $2 AND closed_at IS NULL`,
      [tenantId, requestId, this.ctx.now().toISOString()],
    );
    return n > 0;
  }
}
