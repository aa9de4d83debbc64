import type { ConversationKind, ConversationRef } from '../../domain/records';
import type { ConversationRefInput, ConversationRefRepository } from '../repositories';
import { chunks, compact, iso, optStr, parseJson, placeholders, type Row, type SqlContext } from './rows';

const COLUMNS = 'conversation_id, kind, reference, user_aad_object_id, updated_at';
/** Keeps IN lists well under both backends' parameter limits. */
const CHUNK = 500;

function refOf(tenantId: string, row: Row): ConversationRef {
  return compact({
    tenantId,
    conversationId: String(row.conversation_id),
    kind: row.kind as ConversationKind,
    reference: parseJson<object>(row.reference),
    userAadObjectId: optStr(row.user_aad_object_id),
    updatedAt: iso(row.updated_at),
  });
}

export class SqlConversationRefRepository implements ConversationRefRepository {
  constructor(private readonly ctx: SqlContext) {}

  async upsert(tenantId: string, ref: ConversationRefInput): Promise<ConversationRef> {
    const rows = await this.ctx.client.query<Row>(
      `INSERT INTO conversation_refs (tenant_id, conversation_id, kind, reference, user_aad_object_id, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, conversation_id) DO UPDATE SET kind = excluded.kind, reference = excluded.reference,
         user_aad_object_id = excluded.user_aad_object_id, updated_at = excluded.updated_at
       RETURNING ${COLUMNS}`,
      [
        tenantId,
        ref.conversationId,
        ref.kind,
        JSON.stringify(ref.reference),
        ref.userAadObjectId ?? null,
        this.ctx.now().toISOString(),
      ],
    );
    return refOf(tenantId, rows[0]);
  }

  async get(tenantId: string, conversationId: string): Promise<ConversationRef | undefined> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT ${COLUMNS} FROM conversation_refs WHERE tenant_id = $1 AND conversation_id = $2`,
      [tenantId, conversationId],
    );
    return rows[0] ? refOf(tenantId, rows[0]) : undefined;
  }

  async listRecentPersonal(tenantId: string, limit: number): Promise<ConversationRef[]> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT ${COLUMNS} FROM conversation_refs
       WHERE tenant_id = $1 AND kind = 'personal' AND user_aad_object_id IS NOT NULL
       ORDER BY updated_at DESC, conversation_id LIMIT $2`,
      [tenantId, Math.max(1, Math.min(1000, Math.floor(limit)))],
    );
    return rows.map((r) => refOf(tenantId, r));
  }

  async listPersonal(tenantId: string, userAadObjectIds: readonly string[]): Promise<ConversationRef[]> {
    const out: ConversationRef[] = [];
    for (const ids of chunks([...new Set(userAadObjectIds)], CHUNK)) {
      const rows = await this.ctx.client.query<Row>(
        `SELECT ${COLUMNS} FROM conversation_refs
         WHERE tenant_id = $1 AND kind = 'personal' AND user_aad_object_id IN (${placeholders(ids.length, 2)})
         ORDER BY user_aad_object_id, conversation_id`,
        [tenantId, ...ids],
      );
      out.push(...rows.map((r) => refOf(tenantId, r)));
    }
    return out;
  }

  async remove(tenantId: string, conversationId: string): Promise<boolean> {
    const n = await this.ctx.client.execute(
      `DELETE FROM conversation_refs WHERE tenant_id = $1 AND conversation_id = $2`,
      [tenantId, conversationId],
    );
    return n > 0;
  }
}
