import { createHash } from 'node:crypto';
import type { VersionedKv, VersionedValue, VersionedWrite } from '../botStorage';
import { ETagConflictError } from '../errors';
import { chunks, placeholders, type Row, type SqlContext } from './rows';
import type { SqlExecutor } from './sqlClient';

/** botbuilder keys embed conversation ids of any length; the primary key is their hash. */
function sha256Of(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A turn reads and then writes the same key: the hash of recent keys is kept (oldest dropped first). */
const RECENT_HASHES = 4096;
const recentHashes = new Map<string, string>();

function hashOf(key: string): string {
  let hash = recentHashes.get(key);
  if (hash === undefined) {
    hash = sha256Of(key);
    if (recentHashes.size >= RECENT_HASHES) recentHashes.delete(recentHashes.keys().next().value as string);
    recentHashes.set(key, hash);
  }
  return hash;
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
    // One write is one statement, atomic on its own: outside an explicit transaction it joins the writes
    // other turns issue meanwhile (SQLite's group commit) instead of a BEGIN / COMMIT of its own.
    if (writes.length === 1) return this.putOne(this.ctx.client, writes[0]);
    return this.ctx.client.transaction(async (tx) => {
      for (const w of writes) await this.putOne(tx, w);
    });
  }

  private async putOne(sql: SqlExecutor, w: VersionedWrite): Promise<void> {
    const params = [hashOf(w.key), w.key, w.value, w.etag, this.ctx.now().toISOString()];
    const upsert = `INSERT INTO bot_state (key_hash, key, data, etag, updated_at) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (key_hash) DO UPDATE SET data = excluded.data, etag = excluded.etag, updated_at = excluded.updated_at`;
    if (w.ifMatch === undefined) {
      await sql.execute(upsert, params);
      return;
    }
    // Inserts when nothing is stored, updates only over the expected eTag; no row back means conflict.
    const rows = await sql.query(`${upsert} WHERE bot_state.etag = $6 RETURNING key_hash`, [...params, w.ifMatch]);
    if (rows.length === 0) throw new ETagConflictError(w.key);
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
