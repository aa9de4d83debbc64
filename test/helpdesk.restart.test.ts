import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { t } from '../src/i18n/strings';
import { executeActivity, messageActivity, person, personalChat } from './support/activities';
import { FakeConnector } from './fakes/fakeConnector';

const ROOT = join(__dirname, '..');

function startProcess(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/src/index.js')], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`bot did not start: ${out}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /"url":"(http:\/\/localhost:\d+)\/api\/messages"/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1].replace('localhost', '127.0.0.1') });
      }
    });
    child.on('exit', (code) => reject(new Error(`bot exited with ${code}: ${out}`)));
  });
}

async function post(url: string, activity: unknown): Promise<{ value?: unknown }[]> {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: { value?: unknown }[] }).activities;
}

async function waitFor(what: string, probe: () => boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!probe()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
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

interface Backend {
  env: Record<string, string>;
  dispose: () => Promise<void>;
}

const backends: Array<{ name: string; make: () => Promise<Backend> }> = [
  {
    name: 'sqlite',
    make: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'helpdesk-restart-'));
      return { env: { DATA_DIR: dir }, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
];
const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl) {
  backends.push({
    name: 'postgres',
    make: async () => {
      const schema = `helpdesk_${randomBytes(6).toString('hex')}`;
      await asAdmin(pgUrl, `CREATE SCHEMA ${schema}`);
      const url = new URL(pgUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return { env: { DATABASE_URL: url.toString() }, dispose: () => asAdmin(pgUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE`) };
    },
  });
}

describe.each(backends)('a process killed between a ticket and its channel post ($name)', ({ make }) => {
  const children: ChildProcess[] = [];
  let backend: Backend;

  beforeAll(async () => {
    const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
    backend = await make();
  }, 180_000);
  afterAll(async () => {
    children.forEach((c) => c.kill('SIGKILL'));
    await backend.dispose();
  });

  it('posts the card once after the restart', async () => {
    const admin = person('gina');
    const alex = person('alex');
    const connector = await FakeConnector.start();
    const tenantId = randomUUID();
    for (const p of [admin, alex]) connector.members.set(p.id, { id: p.id, aadObjectId: p.aadObjectId, name: p.name, tenantId });
    const channel = { tenantId, conversationId: '19:queue@thread.tacv2', conversationType: 'channel' as const, serviceUrl: connector.serviceUrl };
    const chat = { ...personalChat(tenantId), serviceUrl: connector.serviceUrl };
    const env = { ...backend.env, BOOTSTRAP_ADMINS: admin.aadObjectId, OUTBOX_POLL_MS: '100', OUTBOX_LEASE_MS: '1000' };
    const channelPosts = (ok: boolean) =>
      connector.posts.filter((p) => p.method === 'POST' && decodeURIComponent(p.path).includes(channel.conversationId) && ((p.status ?? 0) < 300) === ok);

    const first = await startProcess(env);
    children.push(first.child);
    await post(first.url, messageActivity('<at>Partner</at> helpdesk here', admin, channel));
    connector.outage = { status: 503 };
    const created = await post(first.url, executeActivity('helpdesk.create', { draft: 'k-1', question: 'Where is our Contract ID?', locale: 'en' }, alex, chat));
    expect(JSON.stringify(created)).toContain(t('en', 'helpdesk.created', { number: 1 }));
    await waitFor('a failed attempt', () => channelPosts(false).length > 0);
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    connector.outage = undefined;
    expect(channelPosts(true)).toHaveLength(0);

    const second = await startProcess(env);
    children.push(second.child);
    await waitFor('the card', () => channelPosts(true).length > 0);
    await new Promise((r) => setTimeout(r, 2500)); // leases expire, polls run: nothing more may come
    expect(channelPosts(true)).toHaveLength(1);
    expect(JSON.stringify(channelPosts(true)[0].activity)).toContain(t('en', 'helpdesk.card.title', { number: 1 }));
    second.child.kill('SIGTERM');
    await connector.close();
  }, 90_000);
});
