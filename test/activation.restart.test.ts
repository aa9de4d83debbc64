import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { t } from '../src/i18n/strings';
import { messageActivity, person, personalChat } from './support/activities';
import { visibleText } from './support/replies';
import { buildApp, startBotProcess, type BotProcess, type BuiltApp } from './support/botProcess';
import { postgresSchema } from './support/stores';
import { FakeConnector } from './fakes/fakeConnector';

/** Where both processes keep their data, and how to delete it. */
interface Backend {
  env: Record<string, string>;
  dispose(): Promise<void>;
}

const backends: Array<{ name: string; open: () => Promise<Backend> }> = [
  {
    name: 'sqlite',
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'assistant-restart-'));
      return { env: { DATA_DIR: dir }, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
];
const databaseUrl = process.env.TEST_DATABASE_URL;
if (databaseUrl) {
  backends.push({
    name: 'postgres',
    open: async () => {
      const schema = await postgresSchema(databaseUrl);
      return { env: { DATABASE_URL: schema.url }, dispose: () => schema.drop() };
    },
  });
}

describe.each(backends)('a process killed in the middle of the activation dialog ($name)', ({ open }) => {
  const children: BotProcess[] = [];
  let backend: Backend;
  let built: BuiltApp;

  beforeAll(async () => {
    built = buildApp();
    backend = await open();
  }, 120_000);
  afterAll(async () => {
    await Promise.all(children.map((c) => c.kill()));
    await backend?.dispose();
  });

  it('resumes in a new process: the Contract ID typed after the restart completes the activation', async () => {
    const admin = person('gina');
    const connector = await FakeConnector.start();
    const tenantId = randomUUID();
    connector.members.set(admin.id, { id: admin.id, aadObjectId: admin.aadObjectId, tenantId });
    const where = { ...personalChat(tenantId), serviceUrl: connector.serviceUrl };
    const processEnv = { ...backend.env, BOOTSTRAP_ADMINS: admin.aadObjectId };

    const first = await startBotProcess(built, processEnv);
    children.push(first);
    await first.send(messageActivity('activate our benefit', admin, where));
    const asked = await first.send(messageActivity('ACC-4242', admin, where));
    expect(visibleText(asked)).toContain(t('en', 'act.typed.askContractId'));
    await first.kill();

    const second = await startBotProcess(built, processEnv);
    children.push(second);
    const done = await second.send(messageActivity('77665544', admin, where));
    expect(visibleText(done)).toContain(t('en', 'act.recorded.title'));
    const ids = await second.send(messageActivity('our IDs', admin, where));
    expect(visibleText(ids)).toContain('ACC-4242');
    expect(visibleText(ids)).toContain('77665544');
    await connector.close();
  }, 90_000);
});
