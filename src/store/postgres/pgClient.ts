import type { Pool, PoolClient } from 'pg';
import type { Logger } from '../../logger';
import type { SqlClient, SqlExecutor, SqlParam } from '../sql/sqlClient';

/** serialization_failure and deadlock_detected: safe to run the whole transaction again. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 4;

function executorOf(client: Pool | PoolClient): SqlExecutor {
  return {
    query: async <R>(sql: string, params: readonly SqlParam[] = []) =>
      (await client.query(sql, params as SqlParam[])).rows as R[],
    execute: async (sql: string, params: readonly SqlParam[] = []) =>
      (await client.query(sql, params as SqlParam[])).rowCount ?? 0,
    script: async (sql: string) => {
      // No parameters: the simple query protocol runs several statements.
      await client.query(sql);
    },
  };
}

function sqlState(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/** READ COMMITTED transactions; the repositories lock the rows they decide on (SELECT ... FOR UPDATE). */
export class PgClient implements SqlClient {
  readonly dialect = 'postgres' as const;
  private readonly direct: SqlExecutor;
  private closed = false;

  constructor(
    readonly pool: Pool,
    private readonly logger: Logger,
  ) {
    this.direct = executorOf(pool);
  }

  query<R = Record<string, unknown>>(sql: string, params?: readonly SqlParam[]): Promise<R[]> {
    return this.direct.query<R>(sql, params);
  }

  execute(sql: string, params?: readonly SqlParam[]): Promise<number> {
    return this.direct.execute(sql, params);
  }

  script(sql: string): Promise<void> {
    return this.direct.script(sql);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(executorOf(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackErr) {
          // The connection is unusable: drop it from the pool instead of handing it out again.
          broken = rollbackErr as Error;
          this.logger.warn('postgres rollback failed; discarding the connection', { err: rollbackErr });
        }
        const code = sqlState(err);
        if (code && RETRYABLE.has(code) && attempt < MAX_ATTEMPTS) {
          this.logger.debug('postgres transaction retried', { code, attempt });
          continue;
        }
        throw err;
      } finally {
        client.release(broken);
      }
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
