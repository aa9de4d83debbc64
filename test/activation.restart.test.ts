import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { t } from '../src/i18n/strings';
import { messageActivity, person, personalChat } from './support/activities';
import { visibleText } from './support/botServer';
import { FakeConnector } from './fakes/fakeConnector';

const ROOT = join(__dirname, '..');

/** Runs `npm start`'s entry as a real process and resolves with its base URL once it listens. */
function startProcess(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/src/index.js')], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`bot did not start: ${out}`)), 20_000);
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

async function send(url: string, activity: unknown) {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: [] }).activities;
}

const backends: Array<{ name: string; env: () => Record<string, string> }> = [
  { name: 'sqlite', env: () => ({ DATA_DIR: mkdtempSync(join(tmpdir(), 'assistant-restart-')) }) },
];
if (process.env.TEST_DATABASE_URL) backends.push({ name: 'postgres', env: () => ({ DATABASE_URL: process.env.TEST_DATABASE_URL! }) });

describe.each(backends)('a process killed in the middle of the activation dialog ($name)', ({ env }) => {
  const children: ChildProcess[] = [];
  let backendEnv: Record<string, string>;

  beforeAll(() => {
    const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
    backendEnv = env();
  }, 120_000);
  afterAll(() => {
    children.forEach((c) => c.kill('SIGKILL'));
    if (backendEnv.DATA_DIR) rmSync(backendEnv.DATA_DIR, { recursive: true, force: true });
  });

  it('resumes in a new process: the Contract ID typed after the restart completes the activation', async () => {
    const admin = person('gina');
    const connector = await FakeConnector.start();
    const tenantId = randomUUID();
    connector.members.set(admin.id, { id: admin.id, aadObjectId: admin.aadObjectId, tenantId });
    const where = { ...personalChat(tenantId), serviceUrl: connector.serviceUrl };
    const processEnv = { ...backendEnv, BOOTSTRAP_ADMINS: admin.aadObjectId };

    const first = await startProcess(processEnv);
    children.push(first.child);
    await send(first.url, messageActivity('activate our benefit', admin, where));
    const asked = await send(first.url, messageActivity('ACC-4242', admin, where));
    expect(visibleText(asked)).toContain(t('en', 'act.typed.askContractId'));
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));

    const second = await startProcess(processEnv);
    children.push(second.child);
    const done = await send(second.url, messageActivity('77665544', admin, where));
    expect(visibleText(done)).toContain(t('en', 'act.recorded.title'));
    const ids = await send(second.url, messageActivity('our IDs', admin, where));
    expect(visibleText(ids)).toContain('ACC-4242');
    expect(visibleText(ids)).toContain('77665544');
    await connector.close();
  }, 90_000);
});
