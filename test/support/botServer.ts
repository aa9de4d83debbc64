import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, App, AppOverrides } from '../../src/app';
import { FakeConnector } from '../fakes/fakeConnector';
import { DEFAULT_SERVICE_URL } from './activities';
import { loadConfig } from '../../src/config';
import { captureLogger } from '../../src/logger';
import type { Reply } from './replies';

export { visibleText, type Reply } from './replies';

export interface RunningBot {
  url: string;
  app: App;
  logLines: string[];
  /** The Bot Connector the bot asks who a sender is; activities with the default serviceUrl go to it. */
  connector: FakeConnector;
  /** POSTs an activity; returns the HTTP status and parsed body. */
  post(body: unknown, raw?: boolean): Promise<{ status: number; body: any }>;
  /** POSTs an invoke (e.g. Action.Execute) and returns the invoke response body Teams would render. */
  invoke(activity: unknown): Promise<{ statusCode: number; type: string; value: any }>;
  /** POSTs an expectReplies activity and returns the bot's replies. */
  send(activity: unknown): Promise<Reply[]>;
  close(): Promise<void>;
}

/** The real app (restify + CloudAdapter + bot) on a free loopback port, anonymous as `npm start` runs it. */
export async function startBot(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<RunningBot> {
  // A fresh SQLite folder per bot unless the test brings its own store or folder.
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'assistant-test-'));
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'debug', ...env, DATA_DIR: dataDir });
  const { logger, lines } = captureLogger('debug');
  const app = await createApp(config, logger, overrides);
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/api/messages`;
  const connector = await FakeConnector.start();
  const post = async (body: unknown, raw = false) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: raw ? (body as string) : JSON.stringify(throughConnector(body, connector)),
    });
    const text = await res.text();
    // Writes the bot makes behind its reply (conversation references) land before the test looks.
    await app.settled();
    let parsed: any = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* keep the text */
    }
    return { status: res.status, body: parsed };
  };
  return {
    url,
    app,
    connector,
    logLines: lines,
    post,
    invoke: async (activity) => {
      const { status, body } = await post(activity);
      if (status !== 200) throw new Error(`HTTP ${status}: ${JSON.stringify(body)}`);
      // With expectReplies the invoke response travels as an activity of type invokeResponse.
      const wrapped = (body?.activities as Array<{ type: string; value?: { body?: unknown } }> | undefined)?.find(
        (a) => a.type === 'invokeResponse',
      );
      return (wrapped?.value?.body ?? body) as { statusCode: number; type: string; value: any };
    },
    send: async (activity) => {
      const { status, body } = await post(activity);
      if (status !== 200) throw new Error(`HTTP ${status}: ${JSON.stringify(body)}`);
      return ((body as { activities?: Reply[] } | undefined)?.activities ?? []) as Reply[];
    },
    close: async () => {
      await app.close();
      await connector.close();
      if (!env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Points an activity with the default serviceUrl at the fake Bot Connector and tells it who the sender is,
 * as Teams would know: their home tenant (from.tenantId in test activities, else the conversation's) and
 * whether they are a guest (from.role).
 */
function throughConnector(body: unknown, connector: FakeConnector): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const a = body as { serviceUrl?: string; from?: Record<string, string>; conversation?: { tenantId?: string } };
  if (a.serviceUrl !== DEFAULT_SERVICE_URL) return body;
  const from = a.from;
  if (from?.id && !connector.members.has(from.id)) {
    connector.members.set(from.id, {
      id: from.id,
      aadObjectId: from.aadObjectId,
      name: from.name,
      tenantId: from.tenantId ?? a.conversation?.tenantId,
      userRole: from.role === 'guest' ? 'guest' : 'user',
    });
  }
  return { ...a, serviceUrl: connector.serviceUrl };
}
