import { createHash } from 'node:crypto';
import type { VersionedKv, VersionedValue, VersionedWrite } from '../botStorage';
import { ETagConflictError } from '../errors';
import { chunks, placeholders, type Row, type SqlContext } from './rows';

/** botbuilder keys embed conversation ids of any length; the primary key is their hash. */
function hashOf(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

const CHUNK = 500;

export class SqlBotStateKv implements VersionedKv {
  constructor(private readonly ctx: SqlContext) {}

  async get(keys: readonly string[]): Promise<Map<string, VersionedValue>> {
    const found = new Map<string, VersionedValue>();
    for (const part of chunks([...new Set(keys)], CHUNK)) {
      const rows = await this.ctx.client.query<Row>(
        `SELECT key, data, etag FROM bot_state WHERE key_hash IN (${placeholders(part.length, 1)})`,
        part.map(hashOf),
      );
      for (const r of rows) found.set(String(r.key), { value: String(r.data), etag: String(r.etag) });
    }
    return found;
  }

  put(writes: readonly VersionedWrite[]): Promise<void> {
    return this.ctx.client.transaction(async (tx) => {
      const at = this.ctx.now().toISOString();
      for (const w of writes) {
        const params = [hashOf(w.key), w.key, w.value, w.etag, at];
        const upsert = `INSERT INTO bot_state (key_hash, key, data, etag, updated_at) VALUES ($1, $2, $3, $4, $5)
          ON CONFLICT (key_hash) DO UPDATE SET data = excluded.data, etag = excluded.etag, updated_at = excluded.updated_at`;
        if (w.ifMatch === undefined) {
          await tx.execute(upsert, params);
          continue;
        }
        // Inserts when nothing is stored, updates only over the expected eTag; no row back means conflict.
        const rows = await tx.query(`${upsert} WHERE bot_state.etag = $6 RETURNING key_hash`, [...params, w.ifMatch]);
        if (rows.length === 0) throw new ETagConflictError(w.key);
      }
    });
  }

  async remove(keys: readonly string[]): Promise<void> {
    for (const part of chunks([...new Set(keys)], CHUNK)) {
      await this.ctx.client.execute(
        `DELETE FROM bot_state WHERE key_hash IN (${placeholders(part.length, 1)})`,
        part.map(hashOf),
      );
    }
  }
}
