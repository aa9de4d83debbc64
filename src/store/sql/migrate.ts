import type { Logger } from '../../logger';
import type { SqlClient } from './sqlClient';

/** One step of the schema. Never edit a released step: add the next number. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/**
 * Applies the missing steps in one transaction. `lockSql` serializes instances that open at the same
 * time (PostgreSQL); SQLite's write transaction already does. Returns the versions applied now.
 */
export async function migrate(
  client: SqlClient,
  migrations: readonly Migration[],
  lockSql: string | undefined,
  logger: Logger,
  now: () => Date,
): Promise<number[]> {
  return client.transaction(async (tx) => {
    if (lockSql) await tx.query(lockSql);
    await tx.script(MIGRATIONS_TABLE);
    const rows = await tx.query<{ version: number | string }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => Number(r.version)));
    const known = Math.max(0, ...migrations.map((m) => m.version));
    const newest = Math.max(0, ...done);
    if (newest > known) {
      logger.warn('store schema is newer than this code; running anyway', {
        schemaVersion: newest,
        codeVersion: known,
      });
    }
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await tx.script(m.sql);
      await tx.execute('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        m.version,
        m.name,
        now().toISOString(),
      ]);
      applied.push(m.version);
    }
    return applied;
  });
}
