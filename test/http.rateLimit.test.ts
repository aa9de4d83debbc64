import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { loadConfig } from '../src/config';
import { TurnRateLimiter } from '../src/http/rateLimit';
import { captureLogger } from '../src/logger';
import { messageActivity, person, personalChat } from './support/activities';
import { RunningBot, startBot } from './support/botServer';
import { storeFactories, type StoreLocation } from './support/stores';

const expectTooMany = (res: { status: number; body: any }, headers: Headers | undefined = undefined) => {
  expect(res.status).toBe(429);
  expect(res.body).toEqual({ error: { code: 'TooManyRequests', message: expect.stringMatching(/retry after \d+ s/) } });
  if (headers) {
    const retryAfter = Number(headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
  }
};

/** POSTs an activity and keeps the response headers (Retry-After). */
async function postWithHeaders(bot: RunningBot, activity: object) {
  const res = await fetch(bot.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...activity, serviceUrl: bot.connector.serviceUrl }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

describe('per-tenant rate limit', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ RATE_LIMIT_PER_TENANT_PER_MINUTE: '3' });
  });
  afterAll(() => bot.close());

  it('answers 429 with Retry-After to the 4th turn of one tenant in a minute, while another tenant is still served', async () => {
    const busy = randomUUID();
    const calm = randomUUID();
    const alice = person('alice', busy);
    for (let i = 0; i < 3; i++) {
      const replies = await bot.send(messageActivity('help', alice, personalChat(busy)));
      expect(replies.length).toBeGreaterThan(0);
    }
    const limited = await postWithHeaders(bot, messageActivity('help', alice, personalChat(busy)));
    expectTooMany(limited, limited.headers);
    // The tenant comes from the activity: another person of the same tenant is limited too ...
    expectTooMany(await postWithHeaders(bot, messageActivity('help', person('bob', busy), personalChat(busy))));
    // ... and a tenant named only in channelData as well.
    const { conversation, ...rest } = messageActivity('help', person('carol', busy), personalChat(busy));
    expectTooMany(await postWithHeaders(bot, { ...rest, conversation: { id: conversation.id, conversationType: 'personal' } }));
    // Another organization is not affected.
    const replies = await bot.send(messageActivity('help', person('dave', calm), personalChat(calm)));
    expect(replies.length).toBeGreaterThan(0);
    // The server is alive and healthy afterwards.
    expect((await fetch(bot.url.replace('/api/messages', '/healthz'))).status).toBe(200);
  }, 60_000);
});

describe('limits that match how Teams calls', () => {
  it('tenant A at 10x its limit and tenant B at one turn a second, from the same address: B is never refused', async () => {
    // Tenant limit 6 a minute; the address may send 15 a minute that count.
    const bot = await startBot({ RATE_LIMIT_PER_TENANT_PER_MINUTE: '6', RATE_LIMIT_PER_IP_PER_MINUTE: '15', RATE_LIMIT_EXEMPT_LOOPBACK: 'false' });
    try {
      const a = randomUUID();
      const b = randomUUID();
      const statuses = { a: [] as number[], b: [] as number[] };
      for (let i = 0; i < 60; i++) {
        statuses.a.push((await postWithHeaders(bot, messageActivity('help', person(`a${i}`, a), personalChat(a)))).status);
        if (i % 12 === 11) statuses.b.push((await postWithHeaders(bot, messageActivity('help', person('b', b), personalChat(b)))).status);
      }
      console.log(`tenant A: ${statuses.a.filter((s) => s === 200).length} served, ${statuses.a.filter((s) => s === 429).length} refused; tenant B: ${statuses.b.filter((s) => s === 200).length} served, ${statuses.b.filter((s) => s === 429).length} refused`);
      expect(statuses.a.filter((s) => s === 200)).toHaveLength(6);
      expect(statuses.b).toEqual([200, 200, 200, 200, 200]);
    } finally {
      await bot.close();
    }
  }, 60_000);

  it('a tenant id longer than any real one still has a bucket (by its hash)', async () => {
    const bot = await startBot({ RATE_LIMIT_PER_TENANT_PER_MINUTE: '2' });
    try {
      const long = `t-${'x'.repeat(120)}`;
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await postWithHeaders(bot, messageActivity('help', person(`l${i}`, long), personalChat(long)))).status);
      expect(codes).toEqual([200, 200, 429, 429]);
    } finally {
      await bot.close();
    }
  }, 60_000);
});

describe('per-IP rate limit', () => {
  it('answers 429 to the 3rd request from one address in a minute, whatever the tenant; health checks are not limited', async () => {
    const bot = await startBot({ RATE_LIMIT_PER_IP_PER_MINUTE: '2', RATE_LIMIT_EXEMPT_LOOPBACK: 'false' });
    try {
      for (let i = 0; i < 2; i++) {
        const t = randomUUID();
        expect((await bot.send(messageActivity('help', person('p', t), personalChat(t)))).length).toBeGreaterThan(0);
      }
      const t = randomUUID();
      const limited = await postWithHeaders(bot, messageActivity('help', person('q', t), personalChat(t)));
      expectTooMany(limited, limited.headers);
      // Even a malformed request is limited: the per-IP limit runs before the body is read.
      expect((await bot.post('{"broken', true)).status).toBe(429);
      expect((await fetch(bot.url.replace('/api/messages', '/healthz'))).status).toBe(200);
    } finally {
      await bot.close();
    }
  }, 60_000);

  it('by default leaves loopback clients (a local Playground, the benchmark) out of the per-IP limit', async () => {
    const bot = await startBot({ RATE_LIMIT_PER_IP_PER_MINUTE: '2' });
    try {
      for (let i = 0; i < 4; i++) {
        const t = randomUUID();
        expect((await bot.send(messageActivity('help', person('p', t), personalChat(t)))).length).toBeGreaterThan(0);
      }
    } finally {
      await bot.close();
    }
  }, 60_000);
});

describe('rate limit store failure', () => {
  it('does not take the bot down: with the shared store failing, an in-process limit stands in and a warning is logged once', async () => {
    const { logger, lines } = captureLogger('debug');
    // A PostgreSQL pool whose database is gone: every query fails.
    const deadPool = { query: () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })) };
    const settings = loadConfig({ RATE_LIMIT_PER_TENANT_PER_MINUTE: '2' }).rateLimit;
    const limiter = await TurnRateLimiter.create(settings, { pool: deadPool as unknown as Pool, logger });
    const tenant = randomUUID();
    expect(await limiter.checkTenant(tenant)).toEqual({ limited: false });
    expect(await limiter.checkTenant(tenant)).toEqual({ limited: false });
    expect(await limiter.checkTenant(tenant)).toMatchObject({ limited: true, scope: 'tenant' });
    expect(await limiter.checkTenant(randomUUID())).toEqual({ limited: false });
    const warnings = lines.filter((l) => l.includes('rate limit store unavailable'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"level":"warn"');
  });
});

const postgres = storeFactories().find((f) => f.name === 'postgres');

// Visible in the report as skipped when TEST_DATABASE_URL is not set.
(postgres ? describe : describe.skip)('rate limits shared through PostgreSQL (needs TEST_DATABASE_URL)', () => {
  let location: StoreLocation;
  let a: RunningBot;
  let b: RunningBot;
  beforeAll(async () => {
    location = await postgres!.location();
    const env = { RATE_LIMIT_PER_TENANT_PER_MINUTE: '3', LOG_LEVEL: 'warn' };
    a = await startBot(env, { store: await location.open() });
    b = await startBot(env, { store: await location.open() });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await location?.dispose();
  });

  it("the second instance sees the first's count: 2 turns on one and 1 on the other fill the limit of 3", async () => {
    const tenant = randomUUID();
    const who = person('erin', tenant);
    await a.send(messageActivity('help', who, personalChat(tenant)));
    await a.send(messageActivity('help', who, personalChat(tenant)));
    await b.send(messageActivity('help', who, personalChat(tenant)));
    const limited = await postWithHeaders(b, messageActivity('help', who, personalChat(tenant)));
    expectTooMany(limited, limited.headers);
    expectTooMany(await postWithHeaders(a, messageActivity('help', who, personalChat(tenant))));
  }, 60_000);
});
