import { randomUUID } from 'node:crypto';
import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import { AppMetrics } from '../src/http/metrics';
import { metricsAllowed } from '../src/http/operations';
import { captureLogger } from '../src/logger';
import { CloudAdapterProactiveSender } from '../src/services/proactiveSender';
import { executeActivity, messageActivity, person, personalChat } from './support/activities';
import { RunningBot, startBot } from './support/botServer';

/** Prometheus text exposition: # HELP / # TYPE lines and `name{labels} value` samples, nothing else. */
function parsePrometheus(text: string): Array<{ name: string; labels: Record<string, string>; value: number }> {
  const samples: Array<{ name: string; labels: Record<string, string>; value: number }> = [];
  for (const line of text.split('\n')) {
    if (line === '' || /^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* /.test(line)) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (-?(?:[0-9.]+(?:e[+-]?\d+)?|\+Inf|NaN))$/.exec(line);
    if (!m) throw new Error(`not Prometheus text: ${line}`);
    const labels: Record<string, string> = {};
    for (const pair of (m[2] ?? '').match(/[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*"/g) ?? []) {
      const eq = pair.indexOf('=');
      labels[pair.slice(0, eq)] = pair.slice(eq + 2, -1);
    }
    samples.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return samples;
}

const valueOf = (samples: ReturnType<typeof parsePrometheus>, name: string, labels: Record<string, string> = {}) =>
  samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);

describe('GET /metrics', () => {
  let bot: RunningBot;
  let origin: string;
  const tenant = randomUUID();
  const other = randomUUID();
  const alice = person('alice', tenant);
  beforeAll(async () => {
    bot = await startBot({ RATE_LIMIT_PER_TENANT_PER_MINUTE: '4' });
    origin = new URL(bot.url).origin;
  });
  afterAll(() => bot.close());

  it('exposes turns by kind, their latency, intents, responses by status and our 429s, in Prometheus text, without tenant ids', async () => {
    const chat = personalChat(tenant);
    await bot.send(messageActivity('help', alice, chat));
    await bot.send(messageActivity('how many incidents do we get?', alice, chat));
    await bot.post(executeActivity('noSuchVerb', {}, alice, chat));
    await bot.send(messageActivity('help', alice, chat));
    expect((await bot.post(messageActivity('help', alice, chat))).status).toBe(429);
    expect((await bot.post({})).status).toBe(400);
    await bot.send(messageActivity('help', person('zed', other), personalChat(other)));

    const res = await fetch(`${origin}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    const samples = parsePrometheus(text);

    expect(valueOf(samples, 'assistant_turns_total', { kind: 'message' })).toBe(4);
    expect(valueOf(samples, 'assistant_turns_total', { kind: 'invoke:adaptiveCard/action' })).toBe(1);
    expect(valueOf(samples, 'assistant_turn_duration_seconds_count', { kind: 'message' })).toBe(4);
    expect(valueOf(samples, 'assistant_turn_duration_seconds_bucket', { kind: 'message', le: '+Inf' })).toBe(4);
    expect(valueOf(samples, 'assistant_turn_duration_seconds_sum', { kind: 'message' })).toBeGreaterThan(0);
    expect(valueOf(samples, 'assistant_intents_total')).toBeGreaterThanOrEqual(3);
    expect(valueOf(samples, 'assistant_http_responses_total', { route: '/api/messages', status: '200' })).toBe(5);
    expect(valueOf(samples, 'assistant_http_responses_total', { route: '/api/messages', status: '429' })).toBe(1);
    expect(valueOf(samples, 'assistant_http_responses_total', { route: '/api/messages', status: '400' })).toBe(1);
    expect(valueOf(samples, 'assistant_rate_limited_total', { scope: 'tenant' })).toBe(1);
    expect(valueOf(samples, 'assistant_teams_throttled_total', { path: 'proactive' })).toBe(0);

    // No tenant, user or conversation id, no message text, and no outbox gauge while there is no outbox.
    for (const secret of [tenant, other, alice.id, alice.aadObjectId, chat.conversationId, 'incidents do we get']) {
      expect(text).not.toContain(secret);
    }
  }, 60_000);

  it('counts a turn that fails inside the bot as a turn error', async () => {
    const failing = await startBot({}, { recognizer: { recognize: () => Promise.reject(new Error('model crashed')) } });
    try {
      const t = randomUUID();
      const replies = await failing.send(messageActivity('what is tpd?', person('una', t), personalChat(t)));
      expect(replies.length).toBeGreaterThan(0);
      const samples = parsePrometheus(await (await fetch(new URL('/metrics', failing.url))).text());
      expect(valueOf(samples, 'assistant_turn_errors_total', { kind: 'message' })).toBe(1);
    } finally {
      await failing.close();
    }
  }, 60_000);

  it('a second app instance in the same process has its own counts (no global registry)', async () => {
    const second = await startBot();
    try {
      const samples = parsePrometheus(await (await fetch(new URL('/metrics', second.url))).text());
      expect(valueOf(samples, 'assistant_turns_total')).toBe(0);
    } finally {
      await second.close();
    }
  }, 60_000);

  it('the running app shows its helpdesk outbox depth (nothing waiting on a fresh store)', async () => {
    const third = await startBot();
    try {
      const text = await (await fetch(new URL('/metrics', third.url))).text();
      expect(text).toMatch(/^assistant_outbox_depth 0$/m);
    } finally {
      await third.close();
    }
  }, 60_000);
});

describe('who may read /metrics', () => {
  it('with METRICS_TOKEN, only a scraper sending that bearer token; others get 401 and no figures', async () => {
    const bot = await startBot({ METRICS_TOKEN: 'scrape-token-7f3a' });
    try {
      const url = new URL('/metrics', bot.url);
      const none = await fetch(url);
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const noneText = await none.text();
      expect(noneText).not.toContain('assistant_turns_total');
      const wrong = await fetch(url, { headers: { authorization: 'Bearer scrape-token-7f3b' } });
      expect(wrong.status).toBe(401);
      const basic = await fetch(url, { headers: { authorization: 'Basic c2NyYXBlLXRva2VuLTdmM2E=' } });
      expect(basic.status).toBe(401);
      const right = await fetch(url, { headers: { authorization: 'Bearer scrape-token-7f3a' } });
      expect(right.status).toBe(200);
      expect(await right.text()).toContain('assistant_turns_total');
      // The bot's own route and health are unaffected.
      expect((await fetch(new URL('/healthz', bot.url))).status).toBe(200);
    } finally {
      await bot.close();
    }
  }, 60_000);

  it('through the app: a bot started with credentials and no METRICS_TOKEN answers 404 and shows no figure', async () => {
    const bot = await startBot({ MicrosoftAppId: '0b4f2a8e-1c1e-4f7a-9d7e-5a9f0c6a1b22', MicrosoftAppPassword: 'not-used-in-this-test' });
    try {
      const res = await fetch(bot.url.replace('/api/messages', '/metrics'));
      expect(res.status).toBe(404);
      expect(await res.text()).not.toMatch(/assistant_|process_/);
    } finally {
      await bot.close();
    }
  });

  it('a bot with credentials and no METRICS_TOKEN hides /metrics; a local anonymous one shows it', () => {
    expect(metricsAllowed({ open: false }, undefined)).toBe('hidden');
    expect(metricsAllowed({ open: false }, 'Bearer anything')).toBe('hidden');
    expect(metricsAllowed({ open: true }, undefined)).toBe('yes');
    expect(metricsAllowed({ token: 't0k', open: true }, undefined)).toBe('unauthorized');
    expect(metricsAllowed({ token: 't0k', open: false }, 'bearer t0k')).toBe('yes');
  });

  it('counts a reply the Bot Connector refuses with 429 (Teams throttling the bot)', async () => {
    const bot = await startBot();
    try {
      bot.connector.outage = { status: 429, headers: { 'retry-after': '0' } };
      const t = randomUUID();
      const activity = { ...messageActivity('help', person('ola', t), personalChat(t)) } as Record<string, unknown>;
      delete activity.deliveryMode;
      const { status } = await bot.post(activity);
      expect(status).toBeLessThan(500);
      const samples = parsePrometheus(await (await fetch(new URL('/metrics', bot.url))).text());
      expect(valueOf(samples, 'assistant_teams_throttled_total', { path: 'reply' })).toBeGreaterThanOrEqual(1);
    } finally {
      await bot.close();
    }
  }, 60_000);
});

describe('metrics hooks', () => {
  it('counts each 429 the Bot Connector answers to a proactive send', async () => {
    const metrics = new AppMetrics();
    const throttled = Object.assign(new Error('HTTP 429'), { name: 'RestError', statusCode: 429 });
    let calls = 0;
    const sender = new CloudAdapterProactiveSender({
      adapter: {
        continueConversationAsync: async (_id: string, _ref: Partial<ConversationReference>, logic: (c: TurnContext) => Promise<void>) => {
          calls++;
          await logic({
            sendActivity: async (_a: Partial<Activity>) => {
              if (calls <= 2) throw throttled;
              return { id: 'x' };
            },
          } as unknown as TurnContext);
        },
      },
      botAppId: '',
      logger: captureLogger('error').logger,
      onThrottled: () => metrics.teamsThrottle('proactive'),
      sleep: async () => undefined,
    });
    const result = await sender.send(
      { serviceUrl: 'https://smba.example.test/', conversation: { id: 'a:1', isGroup: false, conversationType: 'personal', name: '' } },
      { type: 'message', text: 'x' },
    );
    expect(result).toBe('sent');
    expect(await metrics.text()).toContain('assistant_teams_throttled_total{path="proactive"} 2');
  });

  it('setOutboxDepthProvider exposes the outbox depth read at scrape time', async () => {
    const metrics = new AppMetrics();
    let depth = 3;
    metrics.setOutboxDepthProvider(() => depth);
    expect(await metrics.text()).toContain('assistant_outbox_depth 3');
    depth = 7;
    expect(await metrics.text()).toContain('assistant_outbox_depth 7');
  });
});
