import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConversationReference, type TurnContext } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { captureLogger } from '../src/logger';
import {
  CloudAdapterProactiveSender,
  type CloudAdapterProactiveSenderOptions,
  type ConversationContinuer,
} from '../src/services/proactiveSender';
import { FakeConnector } from './fakes/fakeConnector';

/** An error shaped like botframework-connector's (core-rest-pipeline) RestError. */
function restError(statusCode: number, retryAfter?: string): Error {
  const err = Object.assign(new Error(`HTTP ${statusCode}`), { name: 'RestError', code: 'Scripted', statusCode });
  const headers = new Map(retryAfter === undefined ? [] : [['retry-after', retryAfter]]);
  // Like the real one: `response` is there but not enumerable, its headers answer get().
  Object.defineProperty(err, 'response', { enumerable: false, value: { status: statusCode, headers: { get: (n: string) => headers.get(n.toLowerCase()) } } });
  return err;
}

/** Stands in for CloudAdapter: each continueConversationAsync runs the logic with a context whose send may throw. */
class FakeAdapter implements ConversationContinuer {
  readonly delivered: Array<{ conversationId?: string; text?: string; at: number }> = [];
  readonly attempts: Array<{ botAppId: string; conversationId?: string; at: number }> = [];
  private readonly failures: Error[] = [];
  constructor(private readonly clock: { now: number }) {}

  failNext(...errors: Error[]): void {
    this.failures.push(...errors);
  }

  async continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const conversationId = reference.conversation?.id;
    this.attempts.push({ botAppId, conversationId, at: this.clock.now });
    const context = {
      sendActivity: async (activity: Partial<Activity>) => {
        const failure = this.failures.shift();
        if (failure) throw failure;
        this.delivered.push({ conversationId, text: activity.text, at: this.clock.now });
        return { id: 'x' };
      },
    } as unknown as TurnContext;
    await logic(context);
  }
}

const ref = (conversationId: string, serviceUrl = 'https://smba.example.test/emea/'): Partial<ConversationReference> => ({
  serviceUrl,
  channelId: 'msteams',
  conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
  bot: { id: '28:bot', name: 'bot' },
  user: { id: '29:user', name: 'user' },
});
const msg = (text: string): Partial<Activity> => ({ type: 'message', text });

function setup(options: Partial<CloudAdapterProactiveSenderOptions> = {}) {
  const clock = { now: 0 };
  const sleeps: number[] = [];
  const adapter = new FakeAdapter(clock);
  const captured = captureLogger('debug');
  const sender = new CloudAdapterProactiveSender({
    adapter,
    botAppId: 'app-id-1',
    logger: captured.logger,
    // Virtual time: sleeping moves the clock.
    now: () => clock.now,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock.now += ms;
    },
    random: () => 0.5,
    ...options,
  });
  return { sender, adapter, clock, sleeps, lines: captured.lines };
}

describe('CloudAdapterProactiveSender', () => {
  it('sends through continueConversationAsync with the bot app id', async () => {
    const { sender, adapter } = setup();
    await expect(sender.send(ref('a:1'), msg('hello'))).resolves.toBe('sent');
    expect(adapter.attempts).toEqual([{ botAppId: 'app-id-1', conversationId: 'a:1', at: 0 }]);
    expect(adapter.delivered.map((d) => d.text)).toEqual(['hello']);
  });

  it('retries a 429 after the Retry-After it was given', async () => {
    const { sender, adapter, sleeps } = setup();
    adapter.failNext(restError(429, '3'));
    await expect(sender.send(ref('a:1'), msg('hello'))).resolves.toBe('sent');
    expect(sleeps).toEqual([3000]);
    expect(adapter.delivered).toEqual([{ conversationId: 'a:1', text: 'hello', at: 3000 }]);
  });

  it.each([412, 502, 504])('retries %i with exponential backoff', async (status) => {
    const { sender, adapter, sleeps } = setup({ maxAttempts: 3, baseDelayMs: 1000 });
    adapter.failNext(restError(status), restError(status));
    await expect(sender.send(ref('a:1'), msg('x'))).resolves.toBe('sent');
    expect(sleeps).toEqual([750, 1500]); // 1000·2^n, equal jitter at random() = 0.5
  });

  it('gives up after maxAttempts and reports failed, without throwing', async () => {
    const { sender, adapter, lines } = setup({ maxAttempts: 4 });
    adapter.failNext(...Array.from({ length: 10 }, () => restError(429, '1')));
    await expect(sender.send(ref('a:1'), msg('x'))).resolves.toBe('failed');
    expect(adapter.attempts).toHaveLength(4);
    expect(lines.some((l) => l.includes('proactive send failed') && l.includes('"status":429'))).toBe(true);
  });

  it.each([
    ['403', restError(403)],
    ['404', restError(404)],
    ['500', restError(500)],
    ['an error without status', new Error('socket hang up')],
  ])('does not retry %s', async (_label, error) => {
    const { sender, adapter, sleeps } = setup();
    adapter.failNext(error);
    await expect(sender.send(ref('a:1'), msg('x'))).resolves.toBe('failed');
    expect([adapter.attempts.length, sleeps.length]).toEqual([1, 0]);
  });

  it('fails instead of waiting for a Retry-After longer than allowed', async () => {
    const { sender, adapter, sleeps } = setup({ maxRetryAfterMs: 10_000 });
    adapter.failNext(restError(429, '120'));
    await expect(sender.send(ref('a:1'), msg('x'))).resolves.toBe('failed');
    expect([adapter.attempts.length, sleeps.length]).toEqual([1, 0]);
  });

  it('refuses a reference without conversation or serviceUrl', async () => {
    const { sender, adapter } = setup();
    await expect(sender.send({ serviceUrl: 'https://x/' }, msg('x'))).resolves.toBe('failed');
    await expect(sender.send({ conversation: { id: 'a:1' } } as Partial<ConversationReference>, msg('x'))).resolves.toBe('failed');
    expect(adapter.attempts).toHaveLength(0);
  });

  it('paces one conversation to 7 messages per second', async () => {
    const { sender, adapter } = setup();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => sender.send(ref('a:1'), msg(`m${i}`))));
    expect(results.every((r) => r === 'sent')).toBe(true);
    expect(adapter.delivered.map((d) => d.at)).toEqual([0, 0, 0, 0, 0, 0, 0, 1000, 1000, 1000]);
    expect(adapter.delivered.map((d) => d.text)).toEqual(Array.from({ length: 10 }, (_, i) => `m${i}`)); // in order
  });

  it('paces one conversation to 60 messages per 30 seconds', async () => {
    const { sender, adapter } = setup();
    await Promise.all(Array.from({ length: 61 }, (_, i) => sender.send(ref('a:1'), msg(`m${i}`))));
    const times = adapter.delivered.map((d) => d.at);
    expect(times[59]).toBe(8000); // 7 per second: the 60th goes in the 9th second
    expect(times[60]).toBe(30_000); // the 61st waits for the 30-second window
  });

  it('keeps order when an earlier message has to be retried', async () => {
    const { sender, adapter } = setup();
    adapter.failNext(restError(429, '2'));
    await Promise.all([sender.send(ref('a:1'), msg('first')), sender.send(ref('a:1'), msg('second'))]);
    expect(adapter.delivered.map((d) => d.text)).toEqual(['first', 'second']);
  });

  it('does not slow one conversation down for another (real time)', async () => {
    const clockless = new FakeAdapter({ now: 0 });
    const stamps: Record<string, number[]> = { A: [], B: [] };
    const adapter: ConversationContinuer = {
      continueConversationAsync: async (id, reference, logic) => {
        stamps[reference.conversation!.id].push(Date.now());
        await clockless.continueConversationAsync(id, reference, logic);
      },
    };
    const sender = new CloudAdapterProactiveSender({
      adapter,
      botAppId: '',
      logger: captureLogger().logger,
      pacing: [{ maxMessages: 2, perMs: 250 }],
    });
    const started = Date.now();
    await Promise.all([
      ...[1, 2, 3].map((i) => sender.send(ref('A'), msg(`a${i}`))),
      ...[1, 2].map((i) => sender.send(ref('B'), msg(`b${i}`))),
    ]);
    expect(stamps.A[2] - stamps.A[0]).toBeGreaterThanOrEqual(240);
    expect(Math.max(...stamps.B) - started).toBeLessThan(200);
  });

  describe('with a real CloudAdapter (anonymous) and a local Bot Connector', () => {
    let connector: FakeConnector;
    beforeAll(async () => {
      connector = await FakeConnector.start();
    });
    afterAll(() => connector.close());

    it("retries the connector's own RestError 429 and delivers", async () => {
      const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
      const sleeps: number[] = [];
      const sender = new CloudAdapterProactiveSender({
        adapter,
        botAppId: '',
        logger: captureLogger().logger,
        sleep: async (ms) => {
          sleeps.push(ms);
        },
      });
      // The connector client itself retries a 429 three times (4 posts) before throwing RestError:
      // our first attempt uses 4 posts, the second gets through on its 2nd post.
      connector.reply(...Array.from({ length: 5 }, () => ({ status: 429, headers: { 'Retry-After': '0' } })));

      await expect(sender.send(ref('a:conv-1', connector.serviceUrl), msg('activated'))).resolves.toBe('sent');
      expect(sleeps).toEqual([0]);
      expect(connector.posts).toHaveLength(6);
      expect(connector.posts[5].activity).toMatchObject({ type: 'message', text: 'activated' });
    });
  });
});
