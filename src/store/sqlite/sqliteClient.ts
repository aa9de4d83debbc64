import Database from 'better-sqlite3';
import type { SqlClient, SqlExecutor, SqlParam } from '../sql/sqlClient';

type Db = Database.Database;
type Statement = Database.Statement<Record<string, SqlParam>, unknown>;

/** `$1` → `?1` (bound by number); `FOR UPDATE` is dropped: BEGIN IMMEDIATE holds the write lock already. */
function translate(sql: string): string {
  return sql.replace(/\$(\d+)/g, '?$1').replace(/\s+FOR\s+UPDATE\b/gi, '');
}

function bindings(params: readonly SqlParam[]): Record<string, SqlParam> {
  const out: Record<string, SqlParam> = {};
  params.forEach((p, i) => {
    out[String(i + 1)] = p === undefined ? null : p;
  });
  return out;
}

/** How long a writer keeps retrying while another connection (process) holds the write lock. */
const LOCK_WAIT_MS = 10_000;

function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/**
 * better-sqlite3 builds its errors with the SqliteError constructor of whichever module instance loaded the
 * native addon first. Under jest every test file is a new realm, so from the second file on the driver's
 * errors fail `instanceof Error` (and `rejects.toThrow()`). Rethrow them as Errors of this realm.
 */
function asLocalError(err: unknown): unknown {
  if (err instanceof Error || typeof err !== 'object' || err === null || !('message' in err)) return err;
  const { message, code, name } = err as { message: unknown; code?: unknown; name?: unknown };
  const local = new Error(String(message), { cause: err }) as Error & { code?: unknown };
  local.name = typeof name === 'string' ? name : 'SqliteError';
  local.code = code;
  return local;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * better-sqlite3 is synchronous and one connection has one transaction at a time, so every call (and every
 * whole transaction, across its awaits) takes its turn on a queue. A transaction spans awaits, so waiting
 * for another connection's write lock must not block the thread (busy_timeout would stall the very event
 * loop that has to finish the other transaction when both connections live in one process): BEGIN
 * IMMEDIATE is retried with short asynchronous pauses instead. Reads need no lock under WAL.
 */
export class SqliteClient implements SqlClient {
  readonly dialect = 'sqlite' as const;
  private turn: Promise<unknown> = Promise.resolve();
  private readonly statements = new Map<string, Statement>();
  private readonly direct: SqlExecutor;
  private readonly pendingWrites: Array<{ work: () => unknown; resolve: (value: unknown) => void; reject: (err: unknown) => void }> = [];

  constructor(private readonly db: Db) {
    this.direct = {
      query: async <R>(sql: string, params: readonly SqlParam[] = []) => this.all(sql, params) as R[],
      execute: async (sql: string, params: readonly SqlParam[] = []) => this.run(sql, params),
      script: async (sql: string) => {
        this.db.exec(sql);
      },
    };
  }

  query<R = Record<string, unknown>>(sql: string, params: readonly SqlParam[] = []): Promise<R[]> {
    let readonly: boolean;
    try {
      readonly = this.prepare(sql).readonly;
    } catch (err) {
      return Promise.reject(asLocalError(err));
    }
    return readonly ? this.exclusive(async () => this.all(sql, params) as R[]) : this.batchedWrite(() => this.all(sql, params) as R[]);
  }

  execute(sql: string, params: readonly SqlParam[] = []): Promise<number> {
    return this.batchedWrite(() => this.run(sql, params));
  }

  script(sql: string): Promise<void> {
    return this.exclusive(() =>
      this.inTransaction(async () => {
        this.db.exec(sql);
      }),
    );
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.exclusive(() => this.inTransaction(() => fn(this.direct)));
  }

  /** Call only from inside exclusive(). */
  private async inTransaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.beginImmediate();
    try {
      const result = await fn();
      this.db.exec('COMMIT');
      return result;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    }
  }

  private async beginImmediate(): Promise<void> {
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (let attempt = 1; ; attempt++) {
      try {
        this.db.exec('BEGIN IMMEDIATE');
        return;
      } catch (err) {
        if (!isBusy(err) || Date.now() >= deadline) throw err;
        await pause(Math.min(50, attempt * 2) + Math.random() * 5);
      }
    }
  }

  async close(): Promise<void> {
    await this.exclusive(async () => {
      await this.flushWrites();
      if (this.db.open) this.db.close();
    });
  }

  /**
   * Group commit: single-statement writes issued while the event loop is busy (the turns of other requests,
   * a conversation remembered behind its reply, an answer recorded for feedback) wait for the next check
   * phase and commit together, one BEGIN IMMEDIATE / COMMIT for all. Each write still resolves only once
   * committed, and a write that fails (a constraint) is undone alone: SQLite backs out just that statement.
   */
  private batchedWrite<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pendingWrites.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (this.pendingWrites.length === 1) {
        setImmediate(() => {
          void this.exclusive(() => this.flushWrites());
        });
      }
    });
  }

  /** Call only from inside exclusive(). Never rejects: each write's outcome goes to its own promise. */
  private async flushWrites(): Promise<void> {
    const batch = this.pendingWrites.splice(0);
    if (batch.length === 0) return;
    if (!this.db.open) {
      for (const w of batch) w.reject(new Error('The store is closed.'));
      return;
    }
    try {
      await this.beginImmediate();
    } catch (err) {
      for (const w of batch) w.reject(asLocalError(err));
      return;
    }
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; err: unknown }> = [];
    for (const w of batch) {
      try {
        outcomes.push({ ok: true, value: w.work() });
      } catch (err) {
        outcomes.push({ ok: false, err });
        if (!this.db.inTransaction) {
          // An error that ended the whole transaction (I/O, disk full): nothing of this batch was kept.
          for (const other of batch) other.reject(asLocalError(err));
          return;
        }
      }
    }
    try {
      this.db.exec(outcomes.some((o) => o.ok) ? 'COMMIT' : 'ROLLBACK');
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const w of batch) w.reject(asLocalError(err));
      return;
    }
    batch.forEach((w, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) w.resolve(outcome.value);
      else w.reject(asLocalError(outcome.err));
    });
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.turn.then(fn, fn).catch((err: unknown) => {
      throw asLocalError(err);
    });
    this.turn = run.catch(() => undefined);
    return run;
  }

  private prepare(sql: string): Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(translate(sql)) as Statement;
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  private all(sql: string, params: readonly SqlParam[]): unknown[] {
    return this.prepare(sql).all(bindings(params));
  }

  private run(sql: string, params: readonly SqlParam[]): number {
    return this.prepare(sql).run(bindings(params)).changes;
  }
}
