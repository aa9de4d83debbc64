import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { captureLogger } from '../src/logger';
import { openStore, SQLITE_FILE_NAME } from '../src/store';

describe('openStore', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'assistant-open-'));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('uses an SQLite file in WAL mode in the data folder, creating the folder', async () => {
    const dataDir = path.join(tmp, 'not', 'there', 'yet');
    const { logger } = captureLogger();
    const store = await openStore({ dataDir }, logger);
    expect(store.kind).toBe('sqlite');
    await store.close();

    const file = path.join(dataDir, SQLITE_FILE_NAME);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }, { version: 2 }, { version: 100 }, { version: 110 }, { version: 120 }, { version: 122 }, { version: 140 }, { version: 141 }, { version: 160 }]);
    } finally {
      db.close();
    }
  });

  it('opens an SQLite store in well under 200 ms', async () => {
    const { logger } = captureLogger();
    let started = Date.now();
    const first = await openStore({ dataDir: tmp }, logger);
    const firstMs = Date.now() - started;
    await first.close();
    started = Date.now();
    const again = await openStore({ dataDir: tmp }, logger);
    const againMs = Date.now() - started;
    await again.close();
    expect(firstMs).toBeLessThan(200);
    expect(againMs).toBeLessThan(200);
  });

  it('warns, and still opens, when the schema is newer than the code (a rolling deploy)', async () => {
    const { logger } = captureLogger();
    await (await openStore({ dataDir: tmp }, logger)).close();
    const db = new Database(path.join(tmp, SQLITE_FILE_NAME));
    db.prepare(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 'x')`).run();
    db.close();

    const capture = captureLogger();
    const store = await openStore({ dataDir: tmp }, capture.logger);
    expect((await store.benefits.get('t')).state).toBe('notActivated');
    await store.close();
    expect(capture.lines.map((l) => JSON.parse(l).msg)).toContain(
      'store schema is newer than this code; running anyway',
    );
  });

  it('fails fast and clearly, without the password, when PostgreSQL cannot be reached', async () => {
    const { logger, lines } = captureLogger();
    const opening = openStore(
      { dataDir: tmp, databaseUrl: 'postgres://bot:hunter2pass@127.0.0.1:1/assistant' },
      logger,
    );
    await expect(opening).rejects.toThrow(/could not open the PostgreSQL store at 127\.0\.0\.1:1\/assistant/);
    const err = await opening.catch((e: Error) => e);
    expect(String((err as Error).message)).not.toContain('hunter2pass');
    expect(lines.join('\n')).not.toContain('hunter2pass');
    expect(fs.existsSync(path.join(tmp, SQLITE_FILE_NAME))).toBe(false);
  });
});
