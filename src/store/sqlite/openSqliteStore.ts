import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from '../../logger';
import type { Store } from '../repositories';
import { migrate } from '../sql/migrate';
import { SqlStore } from '../sql/sqlStore';
import { SQLITE_MIGRATIONS } from './migrations';
import { SqliteClient } from './sqliteClient';

export const SQLITE_FILE_NAME = 'assistant.sqlite';

/**
 * Short on purpose: it blocks the thread. Waiting for another connection's write transaction is done
 * asynchronously by SqliteClient; this only covers the brief locks of a WAL checkpoint.
 */
const BUSY_TIMEOUT_MS = 50;

export async function openSqliteStore(dataDir: string, logger: Logger, now: () => Date): Promise<Store> {
  const started = Date.now();
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, SQLITE_FILE_NAME);
  const db = new Database(file);
  try {
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (String(mode).toLowerCase() !== 'wal') logger.warn('sqlite did not switch to WAL', { file, mode });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    // With WAL, NORMAL survives a killed process; only a power cut may lose the last commits.
    db.pragma('synchronous = NORMAL');
    const client = new SqliteClient(db);
    const applied = await migrate(client, SQLITE_MIGRATIONS, undefined, logger, now);
    logger.info('store opened', { kind: 'sqlite', file, migrationsApplied: applied, ms: Date.now() - started });
    return new SqlStore('sqlite', { client, now });
  } catch (err) {
    db.close();
    throw err;
  }
}
