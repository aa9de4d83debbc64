/**
 * Runs a suite on every store backend: SQLite always, PostgreSQL when TEST_DATABASE_URL is set
 * (`eval "$(bash scripts/ci-postgres.sh)"`). Each open() is an empty store of its own.
 *
 *   describeEachStore('activation', (factory) => {
 *     let store: Store;
 *     beforeEach(async () => { store = await factory.open(); });
 *     afterEach(() => store.close());
 *     it('...', async () => { ... });
 *   });
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createLogger, type Logger } from '../../src/logger';
import Database from 'better-sqlite3';
import { openStore, SQLITE_FILE_NAME, type OpenStoreOptions, type Store, type StoreKind } from '../../src/store';

export interface TestStoreOptions extends OpenStoreOptions {
  /** Defaults to a logger that prints only errors. */
  logger?: Logger;
}

/** One database (an SQLite file, a PostgreSQL schema) that several Store objects can open, like processes. */
export interface StoreLocation {
  open(options?: TestStoreOptions): Promise<Store>;
  /** Closes every store opened here and deletes the data. */
  dispose(): Promise<void>;
  /** Runs raw SQL on the location's database (bulk seeding for size tests): one text per backend. */
  sql(statements: { sqlite: string; postgres: string }): Promise<void>;
}

export interface StoreFactory {
  name: StoreKind;
  /** A fresh, empty store; its close() also deletes the data. */
  open(options?: TestStoreOptions): Promise<Store>;
  /** A fresh, empty location to open several times (persistence, several instances). */
  location(): Promise<StoreLocation>;
}

function errorsOnlyLogger(): Logger {
  return createLogger('error', (line) => process.stderr.write(line + '\n'));
}

function trackedLocation(
  openOne: (options: TestStoreOptions) => Promise<Store>,
  removeData: () => Promise<void>,
  sql: StoreLocation['sql'],
): StoreLocation {
  const opened: Store[] = [];
  return {
    async open(options = {}) {
      const store = await openOne(options);
      opened.push(store);
      return store;
    },
    async dispose() {
      await Promise.all(opened.map((s) => s.close()));
      await removeData();
    },
    sql,
  };
}

/** The same store, whose close() also disposes of its location. */
function disposingOnClose(store: Store, location: StoreLocation): Store {
  return {
    kind: store.kind,
    profiles: store.profiles,
    benefits: store.benefits,
    roles: store.roles,
    audit: store.audit,
    conversations: store.conversations,
    activationRequests: store.activationRequests,
    settings: store.settings,
    tickets: store.tickets,
    outbox: store.outbox,
    feedback: store.feedback,
    cases: store.cases,
    timers: store.timers,
    reports: store.reports,
    orgAnswers: store.orgAnswers,
    botStorage: store.botStorage,
    claimOnce: (tenantId, key, ttlMs) => store.claimOnce(tenantId, key, ttlMs),
    releaseClaim: (tenantId, key) => store.releaseClaim(tenantId, key),
    sweepRetention: (days, leaseMs, holder) => store.sweepRetention(days, leaseMs, holder),
    ping: () => store.ping(),
    postgresPool: store.postgresPool,
    close: () => location.dispose(),
  };
}

function sqliteFactory(): StoreFactory {
  const location = async (): Promise<StoreLocation> => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assistant-store-'));
    return trackedLocation(
      ({ logger, ...options }) => openStore({ dataDir }, logger ?? errorsOnlyLogger(), options),
      async () => fs.rmSync(dataDir, { recursive: true, force: true }),
      async ({ sqlite }) => {
        const db = new Database(path.join(dataDir, SQLITE_FILE_NAME));
        try {
          db.exec(sqlite);
        } finally {
          db.close();
        }
      },
    );
  };
  return {
    name: 'sqlite',
    location,
    async open(options) {
      const loc = await location();
      return disposingOnClose(await loc.open(options), loc);
    },
  };
}

async function asAdmin(databaseUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, empty PostgreSQL schema; `url` is a DATABASE_URL whose connections use it (search_path). */
export async function postgresSchema(databaseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await asAdmin(databaseUrl, `CREATE SCHEMA ${schema}`);
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString(), drop: () => asAdmin(databaseUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE`) };
}

function postgresFactory(databaseUrl: string): StoreFactory {
  const location = async (): Promise<StoreLocation> => {
    const schema = await postgresSchema(databaseUrl);
    return trackedLocation(
      ({ logger, ...options }) =>
        openStore({ dataDir: '', databaseUrl: schema.url }, logger ?? errorsOnlyLogger(), {
          poolSize: 5,
          ...options,
        }),
      () => schema.drop(),
      ({ postgres }) => asAdmin(schema.url, postgres),
    );
  };
  return {
    name: 'postgres',
    location,
    async open(options) {
      const loc = await location();
      return disposingOnClose(await loc.open(options), loc);
    },
  };
}

export { errorsOnlyLogger };

export function storeFactories(): StoreFactory[] {
  const factories = [sqliteFactory()];
  const url = process.env.TEST_DATABASE_URL;
  // In CI a missing PostgreSQL must fail the run, not make every PostgreSQL suite vanish.
  if (!url && process.env.CI === 'true') throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL suites cannot run');
  if (url) factories.push(postgresFactory(url));
  return factories;
}

/**
 * describe.each over the available stores ("title (sqlite)", "title (postgres)"). Without
 * TEST_DATABASE_URL only the "(sqlite)" suites run: no empty skipped test stands in for PostgreSQL.
 */
export function describeEachStore(title: string, fn: (factory: StoreFactory) => void): void {
  const factories = storeFactories();
  describe.each(factories)(`${title} ($name)`, (factory) => fn(factory));
}
