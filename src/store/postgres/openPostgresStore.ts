import { Pool } from 'pg';
import type { Logger } from '../../logger';
import type { Store } from '../repositories';
import { migrate } from '../sql/migrate';
import { SqlStore } from '../sql/sqlStore';
import { POSTGRES_MIGRATIONS } from './migrations';
import { PgClient } from './pgClient';

/** Instances starting together migrate one at a time (per schema). */
const MIGRATION_LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('partner-benefits-assistant:' || coalesce(current_schema(), '')))`;

export interface PostgresOptions {
  poolSize?: number;
}

/** Where we connect, for the log: never the password. */
function describe(databaseUrl: string): Record<string, string> {
  try {
    const u = new URL(databaseUrl);
    return { host: u.hostname, port: u.port || '5432', database: u.pathname.replace(/^\//, '') };
  } catch {
    return { host: 'unparsable DATABASE_URL' };
  }
}

export async function openPostgresStore(
  databaseUrl: string,
  logger: Logger,
  now: () => Date,
  options: PostgresOptions = {},
): Promise<Store> {
  const started = Date.now();
  const where = describe(databaseUrl);
  const pool = new Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its connection emits here; unhandled, it would end the process.
  pool.on('error', (err) => logger.error('postgres idle connection failed', { err, ...where }));
  const client = new PgClient(pool, logger);
  try {
    const applied = await migrate(client, POSTGRES_MIGRATIONS, MIGRATION_LOCK_SQL, logger, now);
    logger.info('store opened', { kind: 'postgres', ...where, migrationsApplied: applied, ms: Date.now() - started });
    return new SqlStore('postgres', { client, now });
  } catch (err) {
    await pool.end().catch(() => undefined);
    logger.error('could not open the PostgreSQL store', { err, ...where });
    throw new Error(
      `could not open the PostgreSQL store at ${where.host}:${where.port ?? ''}/${where.database ?? ''}: ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  }
}
