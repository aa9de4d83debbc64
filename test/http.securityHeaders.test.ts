import { messageActivity, person, personalChat } from './support/activities';
import { RunningBot, startBot } from './support/botServer';

/** What a browser or scanner sees in every answer of the bot's HTTP server. */
describe('security headers on every response', () => {
  let bot: RunningBot;
  let origin: string;
  beforeAll(async () => {
    bot = await startBot();
    origin = new URL(bot.url).origin;
  });
  afterAll(() => bot.close());

  const common = (res: Response) => {
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    // No banner naming the framework or the product.
    expect(res.headers.get('server')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
  };

  const turn = () =>
    fetch(bot.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...messageActivity('help', person('alice'), personalChat()), serviceUrl: bot.connector.serviceUrl }),
    });

  it.each([
    ['a turn', () => turn()],
    ['GET /healthz', () => fetch(`${origin}/healthz`)],
    ['GET /readyz', () => fetch(`${origin}/readyz`)],
    ['GET /metrics', () => fetch(`${origin}/metrics`)],
    ['an unknown path (404)', () => fetch(`${origin}/wp-admin`)],
    ['malformed JSON (400)', () => fetch(bot.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"x' })],
  ])("%s: nosniff, no-referrer, DENY, default-src 'none', no-store, no Server banner", async (_what, request) => {
    const res = await request();
    await res.text();
    common(res);
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it.each(['/privacy', '/terms'])('%s: a strict page policy (nothing but its own origin, no framing, no forms)', async (path) => {
    const res = await fetch(`${origin}${path}`);
    expect(res.status).toBe(200);
    await res.text();
    common(res);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/form-action 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('keeps the 2 MB body limit: a 3 MB body gets 413 in our JSON error shape, with the headers', async () => {
    const res = await fetch(bot.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(3 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { code: 'PayloadTooLarge', message: expect.any(String) } });
    common(res);
  });
});
