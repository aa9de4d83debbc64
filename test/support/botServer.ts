import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, App, AppOverrides } from '../../src/app';
import { loadConfig } from '../../src/config';
import { captureLogger } from '../../src/logger';

export interface Reply {
  type: string;
  text?: string;
  attachments?: Array<{ contentType: string; content: unknown }>;
  [k: string]: unknown;
}

export interface RunningBot {
  url: string;
  app: App;
  logLines: string[];
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
  const post = async (body: unknown, raw = false) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: raw ? (body as string) : JSON.stringify(body),
    });
    const text = await res.text();
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
      if (!env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Everything a user can read in the replies: text, and every string inside the cards. */
export function visibleText(replies: Reply[]): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'data' || k === 'type' || k === 'contentType' || k === '$schema' || k === 'version') continue;
        walk(x);
      }
    }
  };
  for (const r of replies) {
    if (r.text) out.push(r.text);
    walk(r.attachments?.map((a) => a.content));
  }
  return out.join('\n');
}
