import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { executeActivity, messageActivity, person, personalChat, submitActivity } from './support/activities';
import { startBot, RunningBot, visibleText } from './support/botServer';
import type { CloudAdapter } from 'botbuilder';
import type { Server } from 'restify';
import { createServer } from '../src/server';
import { captureLogger } from '../src/logger';

jest.setTimeout(60_000);

/** A JSON text nested `levels` deep: JSON.stringify itself would overflow building it. */
function deepArray(levels: number): string {
  return '['.repeat(levels) + '"x"' + ']'.repeat(levels);
}

/** The activity as JSON with one field replaced by raw JSON text (e.g. a 5,000-level array). */
function withRawField(activity: Record<string, unknown>, path: string, raw: string): string {
  const marker = '__RAW_FIELD__';
  const copy = JSON.parse(JSON.stringify(activity));
  const keys = path.split('.');
  let at = copy;
  for (const k of keys.slice(0, -1)) at = at[k];
  at[keys[keys.length - 1]] = marker;
  return JSON.stringify(copy).replace(`"${marker}"`, raw);
}

async function rawPost(url: string, body: string | Buffer, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, text: await res.text() };
}

describe('the HTTP front door survives hostile requests and answers 4xx', () => {
  let bot: RunningBot;
  const alice = person('alice');
  const chat = personalChat();
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot.close());

  const answersGoldOnPremises = async () => {
    const replies = await bot.send(messageActivity('How many incidents do Gold partners get for on-premises products?', alice, chat));
    expect(visibleText(replies)).toContain('20 incidents');
  };

  it('refuses a gzip-labelled body that is not gzip with 415 and keeps serving', async () => {
    const res = await rawPost(bot.url, '{}', { 'content-encoding': 'gzip' });
    expect(res.status).toBe(415);
    expect(JSON.parse(res.text).error.message).toMatch(/Content-Encoding/);
    await answersGoldOnPremises();
  });

  it('refuses a small gzip that inflates far beyond the body limit with 415 and keeps serving', async () => {
    const activity = messageActivity('hi', alice, chat);
    const bomb = gzipSync(Buffer.from(JSON.stringify({ ...activity, text: ' '.repeat(40 * 1024 * 1024) })));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const res = await rawPost(bot.url, bomb, { 'content-encoding': 'gzip' });
    expect(res.status).toBe(415);
    await answersGoldOnPremises();
  });

  it('refuses other content encodings the same way', async () => {
    const res = await rawPost(bot.url, '{}', { 'content-encoding': 'deflate' });
    expect(res.status).toBe(415);
    await answersGoldOnPremises();
  });

  it.each(['id', 'channelId', 'from.name', 'conversation.id', 'conversation.name', 'conversation.tenantId', 'recipient.id'])(
    'answers 400 naming "%s" when it is a 5,000-level array, and logs no body',
    async (field) => {
      const before = bot.logLines.length;
      const body = withRawField(messageActivity('hi', alice, chat), field, deepArray(5000));
      const res = await rawPost(bot.url, body);
      expect(res.status).toBe(400);
      const message = JSON.parse(res.text).error.message as string;
      expect(message).toMatch(/nested more than/);
      expect(res.text).not.toMatch(/call stack|at .*\.js|\/src\//);
      const logged = bot.logLines.slice(before).join('\n');
      expect(logged.length).toBeLessThan(2_000);
      expect(logged).not.toContain('[[[[');
    },
  );

  it('never writes the IDs of an activation submit to the log, even when the request fails', async () => {
    const before = bot.logLines.length;
    const submit = submitActivity({ verb: 'activation.submit', accessId: '20051234', contractId: '7733112233' }, alice, chat);
    const res = await rawPost(bot.url, withRawField(submit, 'from.name', deepArray(5000)));
    expect(res.status).toBe(400);
    const logged = bot.logLines.slice(before).join('\n');
    expect(logged).not.toContain('20051234');
    expect(logged).not.toContain('7733112233');
  });

  it("sends restify's own warnings through the app logger without the request", async () => {
    const before = bot.logLines.length;
    const submit = submitActivity({ verb: 'activation.submit', accessId: '20051234', contractId: '7733112233' }, alice, chat);
    (bot.app.server as unknown as { log: { warn(o: unknown, m: string): void } }).log.warn({ req: { body: submit } }, 'formatter failed');
    const logged = bot.logLines.slice(before).join('\n');
    expect(logged).toContain('formatter failed');
    expect(logged).not.toContain('20051234');
  });

  it.each([
    ['conversation.tenantId', 'a number', { conversation: { ...messageActivity('', alice, chat).conversation, tenantId: 42 } }],
    ['conversation.tenantId', 'an object', { conversation: { ...messageActivity('', alice, chat).conversation, tenantId: { id: 'x' } } }],
    ['from.aadObjectId', 'a number', { from: { ...messageActivity('', alice, chat).from, aadObjectId: 7 } }],
    ['from.aadObjectId', 'an object', { from: { ...messageActivity('', alice, chat).from, aadObjectId: {} } }],
    ['from.name', 'a list', { from: { ...messageActivity('', alice, chat).from, name: ['a'] } }],
    ['from.tenantId', 'a number', { from: { ...messageActivity('', alice, chat).from, tenantId: 1 } }],
    ['recipient.name', 'an object', { recipient: { id: '28:assistant', name: { x: 1 } } }],
    ['recipient.id', 'a number', { recipient: { id: 28 } }],
    ['channelData.tenant.id', 'a number', { channelData: { tenant: { id: 5 } } }],
    ['replyToId', 'an object', { replyToId: { id: 'x' } }],
    ['id', 'a number', { id: 12 }],
    ['channelId', 'a boolean', { channelId: true }],
    ['value.verb', 'a number', { value: { verb: 3 } }],
    ['value.query', 'an object', { value: { verb: 'ask', query: { q: 1 } } }],
  ])('answers 400 naming "%s" when it is %s', async (field, _what, patch) => {
    const res = await bot.post({ ...messageActivity('hi', alice, chat), ...patch });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(`"${field}"`);
    await answersGoldOnPremises();
  });

  it.each([
    ['the conversation id', { conversation: { ...messageActivity('', alice, chat).conversation, id: 'a:chat\u0000x' } }],
    ['the text', { text: 'how many incidents\u0000 does Gold get' }],
    ['a key of the card data', { value: { ['verb\u0000']: 'ask' } }],
  ])('answers 400 to a NUL character in %s (PostgreSQL cannot store it; no Teams activity carries it)', async (_where, patch) => {
    const res = await bot.post({ ...messageActivity('hi', alice, chat), ...patch });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('NUL');
    await answersGoldOnPremises();
  });

  it.each([
    ['value.action.verb', { verb: 5 }],
    ['value.action.data', { verb: 'ids.show', data: 'x' }],
  ])('answers 400 naming "%s" on a card action of the wrong type', async (field, action) => {
    const invoke = executeActivity('ids.show', {}, alice, chat);
    const res = await bot.post({ ...invoke, value: { action: { type: 'Action.Execute', ...action } } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(`"${field}"`);
  });

  it('answers an invoke it does not know with 200, not 501', async () => {
    // Without expectReplies the invoke's status is the HTTP status.
    const { value: _v, deliveryMode: _d, ...invoke } = executeActivity('x', {}, alice, chat);
    const res = await bot.post({ ...invoke, name: 'composeExtension/unknownThing' });
    expect(res.status).toBe(200);
    const again = await bot.post({ ...invoke, name: 'something/else', value: { x: 1 } });
    expect(again.status).toBe(200);
  });

  it.each([
    ['fileConsent/invoke', null],
    ['fileConsent/invoke', { action: 'accept' }],
    ['task/fetch', null],
    ['composeExtension/query', 'text'],
  ])('answers a Teams invoke the bot does not use (%s, value %j) with 200 and nothing else, never a failed turn', async (name, value) => {
    const groupChat = { ...chat, conversationId: `19:group-${name.length}@thread.v2`, conversationType: 'groupChat' as const };
    const { deliveryMode: _d, ...invoke } = executeActivity('x', {}, alice, groupChat);
    const res = await bot.post({ ...invoke, name, value });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body ?? '')).not.toMatch(/went wrong|error/i);
    const replies = await bot.send({ ...executeActivity('x', {}, alice, groupChat), name, value });
    expect(replies.filter((r) => r.type === 'message')).toEqual([]);
  });

  it('answers 400 naming "channelId" when it is empty or missing (the bot keys its state by it)', async () => {
    const message = messageActivity('help', alice, chat);
    for (const body of [{ ...message, channelId: '' }, { ...message, channelId: undefined }]) {
      const res = await bot.post(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('"channelId"');
    }
  });

  it('answers a message whose serviceUrl is unreachable within a few seconds (no expectReplies)', async () => {
    const { deliveryMode: _d, ...activity } = messageActivity('How many incidents do Gold partners get for on-premises products?', alice, chat);
    const started = Date.now();
    const res = await rawPost(bot.url, JSON.stringify({ ...activity, serviceUrl: 'http://127.0.0.1:9/' }));
    const took = Date.now() - started;
    expect(res.status).toBeLessThan(500);
    expect(took).toBeLessThan(7_000);
    await answersGoldOnPremises();
  });
});

describe('the HTTP server closes connections that hang', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer({
      adapter: {} as CloudAdapter,
      logic: async () => undefined,
      logger: captureLogger().logger,
      isReady: () => true,
      timeouts: { headersMs: 1_000, requestMs: 1_500, keepAliveMs: 500, checkIntervalMs: 200, idleMs: 1_500 },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Opens a connection, writes `first`, and reports what came back and after how long the server closed it. */
  const until = (first: string, more?: () => string): Promise<{ ms: number; received: string }> =>
    new Promise((resolve, reject) => {
      const started = Date.now();
      let received = '';
      const socket = connect(port, '127.0.0.1', () => socket.write(first));
      const drip = more ? setInterval(() => socket.writable && socket.write(more()), 200) : undefined;
      socket.on('data', (d) => (received += d.toString()));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        if (drip) clearInterval(drip);
        resolve({ ms: Date.now() - started, received });
      });
      setTimeout(() => {
        socket.destroy();
        reject(new Error('the connection is still open after 10 s'));
      }, 10_000).unref();
    });

  it('closes a connection that never sends a request', async () => {
    const { ms } = await until('');
    expect(ms).toBeLessThan(4_000);
  });

  it('closes a connection whose headers never end', async () => {
    const { ms } = await until('POST /api/messages HTTP/1.1\r\nHost: x\r\n', () => 'X-Slow: 1\r\n');
    expect(ms).toBeLessThan(4_000);
  });

  it('answers 408 to a body that drips in slower than the request timeout', async () => {
    const { ms, received } = await until(
      'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{',
      () => ' ',
    );
    expect(ms).toBeLessThan(5_000);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes an idle keep-alive connection after its answer', async () => {
    const { ms, received } = await until('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    expect(ms).toBeLessThan(3_000);
  });
});
