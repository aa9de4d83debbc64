import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteClient } from '../src/store/sqlite/sqliteClient';

// Single-statement writes issued together commit together (one transaction), yet each behaves as if alone:
// it resolves once durable (another connection sees it), a failing one fails alone, and closing the store
// writes what was still waiting.

describe('SQLite writes issued together', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'group-commit-'));
    file = path.join(dir, 'db.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE)');
    db.close();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function open(): SqliteClient {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    return new SqliteClient(db);
  }

  it('all land, each resolved once another connection can read it; a duplicate fails alone', async () => {
    const client = open();
    const reader = new Database(file, { readonly: true });
    try {
      const writes = Array.from({ length: 20 }, (_, i) => client.execute('INSERT INTO notes (id, body) VALUES ($1, $2)', [i + 1, `note ${i + 1}`]));
      const duplicate = client.execute('INSERT INTO notes (id, body) VALUES ($1, $2)', [100, 'note 3']);
      const returning = client.query<{ id: number }>('INSERT INTO notes (id, body) VALUES ($1, $2) RETURNING id', [200, 'note 200']);
      await expect(duplicate).rejects.toThrow(/UNIQUE/);
      expect(await returning).toEqual([{ id: 200 }]);
      const changes = await Promise.all(writes);
      expect(changes).toEqual(Array(20).fill(1));
      // Durable for another connection as soon as each promise resolved.
      expect((reader.prepare('SELECT COUNT(*) AS n FROM notes').get() as { n: number }).n).toBe(21);
      expect(reader.prepare('SELECT id FROM notes WHERE id = 100').get()).toBeUndefined();
    } finally {
      reader.close();
      await client.close();
    }
  });

  it('a write issued right before close is written, and a write after close is refused', async () => {
    const client = open();
    const pending = client.execute('INSERT INTO notes (id, body) VALUES (1, $1)', ['last words']);
    await client.close();
    expect(await pending).toBe(1);
    await expect(client.execute('INSERT INTO notes (id, body) VALUES (2, $1)', ['too late'])).rejects.toThrow();
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT body FROM notes').all()).toEqual([{ body: 'last words' }]);
    } finally {
      db.close();
    }
  });

  it('a statement that cannot be prepared rejects without holding up the others', async () => {
    const client = open();
    try {
      const bad = client.query('INSERT INTO no_such_table (x) VALUES (1)');
      const good = client.execute('INSERT INTO notes (id, body) VALUES (1, $1)', ['fine']);
      await expect(bad).rejects.toThrow(/no such table/);
      expect(await good).toBe(1);
    } finally {
      await client.close();
    }
  });
});
