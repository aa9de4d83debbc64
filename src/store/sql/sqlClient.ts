/**
 * The small SQL surface the repositories need, so their logic is written once for both backends.
 * Statements use PostgreSQL placeholders ($1, $2, ...) and may end in `FOR UPDATE`; the SQLite client
 * translates both (SQLite locks the whole database for the transaction instead).
 */
import type { Pool } from 'pg';

export type SqlParam = string | number | null;

export interface SqlExecutor {
  /** Rows of a SELECT or of a statement with RETURNING. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly SqlParam[]): Promise<R[]>;
  /** Affected row count of a statement without RETURNING. */
  execute(sql: string, params?: readonly SqlParam[]): Promise<number>;
  /** Several statements without parameters (migrations). */
  script(sql: string): Promise<void>;
}

export interface SqlClient extends SqlExecutor {
  readonly dialect: 'sqlite' | 'postgres';
  /** The PostgreSQL pool behind the client (shared with the rate limiter); undefined on SQLite. */
  readonly pool?: Pool;
  /** Runs fn in one transaction that serializes writers: committed if fn resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
