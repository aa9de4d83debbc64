/**
 * The store: PostgreSQL when DATABASE_URL is set (several bot instances), else an embedded SQLite file
 * in DATA_DIR. Both open the same logical schema and pass the same test suite.
 */
import type { Logger } from '../logger';
import type { Store } from './repositories';
import { openSqliteStore } from './sqlite/openSqliteStore';

export type * from './repositories';
export { ETagConflictError, StoreInputError, TicketLimitError, VersionConflictError } from './errors';
export { ETAG_NOT_STORED, KvBotStorage, OptimisticPrivateConversationState, type VersionedKv, type VersionedValue, type VersionedWrite } from './botStorage';
export { RetentionSweeper, type RetentionSettings } from './retentionSweeper';
export { SQLITE_FILE_NAME } from './sqlite/openSqliteStore';

export interface StoreConfig {
  dataDir: string;
  databaseUrl?: string;
}

export interface OpenStoreOptions {
  /** The clock for every stored time and expiry; tests pass a fake one. */
  now?: () => Date;
  /** PostgreSQL pool size per instance (default 10). */
  poolSize?: number;
}

export async function openStore(config: StoreConfig, logger: Logger, options: OpenStoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const log = logger.child({ component: 'store' });
  if (config.databaseUrl) {
    // Loaded only for PostgreSQL: pg and its pool are no part of a SQLite instance's start-up.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { openPostgresStore } = require('./postgres/openPostgresStore') as typeof import('./postgres/openPostgresStore');
    return openPostgresStore(config.databaseUrl, log, now, { poolSize: options.poolSize });
  }
  return openSqliteStore(config.dataDir, log, now);
}
