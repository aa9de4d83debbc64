import type { WebhookConfig } from '../src/config';
import { ActivationGatewayError, type ActivationCommand } from '../src/domain/activationGateway';
import { captureLogger } from '../src/logger';
import { RecordingActivationGateway } from '../src/services/recordingActivationGateway';
import { WebhookActivationGateway, type WebhookActivationGatewayOptions } from '../src/services/webhookActivationGateway';
import { FakeActivationWebhook } from './fakes/fakeActivationWebhook';

const SECRET = 'webhook-secret-0123456789abcdef';
const IDS = { accessId: 'ACC-7788-XYZ', contractId: 'CTR-445566' };

const command = (over: Partial<ActivationCommand> = {}): ActivationCommand => ({
  tenantId: '11111111-2222-4333-8444-555555555555',
  requestedBy: { aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001', userId: '29:abc', name: 'Zoë Ådmin 名前' },
  idempotencyKey: 'act-11111111-2222-4333-8444-555555555555-1',
  entered: { accessId: 'ENTERED-1', contractId: 'ENTERED-2' },
  ...over,
});

let hook: FakeActivationWebhook;
beforeAll(async () => {
  hook = await FakeActivationWebhook.start(SECRET, { status: 200, body: { ...IDS, contractStart: '2025-01-01', incidentsRemaining: 20 } });
});
afterAll(() => hook.close());
beforeEach(() => hook.reset());

function setup(config: Partial<WebhookConfig> = {}, options: Partial<WebhookActivationGatewayOptions> = {}) {
  const sleeps: number[] = [];
  const captured = captureLogger('debug');
  const gateway = new WebhookActivationGateway({
    config: { url: hook.url, secret: SECRET, timeoutMs: 1000, retries: 2, ...config },
    logger: captured.logger,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...options,
  });
  return { gateway, sleeps, lines: captured.lines };
}

async function failure(p: Promise<unknown>): Promise<ActivationGatewayError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ActivationGatewayError);
  return err as ActivationGatewayError;
}

describe('WebhookActivationGateway', () => {
  it('posts the signed command and returns the validated IDs', async () => {
    const { gateway } = setup();
    await expect(gateway.activate(command())).resolves.toEqual({ ...IDS, contractStart: '2025-01-01', incidentsRemaining: 20 });

    expect(hook.calls).toHaveLength(1);
    const [call] = hook.calls;
    expect(call.signatureValid).toBe(true); // HMAC of the exact bytes, multi-byte name included
    expect(call.headers['x-signature-256']).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(call.headers['idempotency-key']).toBe(command().idempotencyKey);
    expect(call.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(call.body)).toEqual({
      tenantId: command().tenantId,
      requestedBy: command().requestedBy,
      idempotencyKey: command().idempotencyKey,
      entered: command().entered,
    });
  });

  it('omits `entered` when the admin entered nothing', async () => {
    const { gateway } = setup();
    await gateway.activate(command({ entered: undefined }));
    expect(JSON.parse(hook.calls[0].body)).not.toHaveProperty('entered');
  });

  it('is refused by the receiver when signed with another secret', async () => {
    const { gateway } = setup({ secret: 'some-other-secret-000000' });
    expect((await failure(gateway.activate(command()))).userMessage).toBe('rejected');
    expect(hook.calls.map((c) => c.signatureValid)).toEqual([false]);
  });

  it('retries 5xx with backoff, sending the same body, signature and idempotency key, then succeeds', async () => {
    hook.reply({ status: 503 }, { status: 502, raw: '<html>bad gateway</html>' });
    const { gateway, sleeps } = setup({ retries: 2 }, { baseDelayMs: 100 });
    await expect(gateway.activate(command())).resolves.toMatchObject(IDS);

    expect(hook.calls).toHaveLength(3);
    expect(new Set(hook.calls.map((c) => c.body)).size).toBe(1);
    expect(new Set(hook.calls.map((c) => c.headers['x-signature-256'])).size).toBe(1);
    expect(hook.calls.map((c) => c.headers['idempotency-key'])).toEqual(Array(3).fill(command().idempotencyKey));
    expect(sleeps).toEqual([75, 150]); // 100·2^n with equal jitter at random() = 0.5
  });

  it("honours Retry-After on 429 (and on 503), in seconds or as an HTTP date", async () => {
    const now = Date.parse('2025-06-01T12:00:00Z');
    hook.reply(
      { status: 429, headers: { 'Retry-After': '7' } },
      { status: 503, headers: { 'Retry-After': new Date(now + 3000).toUTCString() } },
    );
    const { gateway, sleeps } = setup({ retries: 3 }, { now: () => now });
    await expect(gateway.activate(command())).resolves.toMatchObject(IDS);
    expect(sleeps).toEqual([7000, 3000]);
  });

  it('gives up at once when Retry-After is longer than it may wait', async () => {
    hook.reply({ status: 429, headers: { 'Retry-After': '3600' } });
    const { gateway, sleeps } = setup({ retries: 3 });
    expect((await failure(gateway.activate(command()))).userMessage).toBe('unreachable');
    expect([hook.calls.length, sleeps.length]).toEqual([1, 0]);
  });

  it('reports unreachable after the configured retries of 503', async () => {
    hook.reply(...Array(10).fill({ status: 503 }));
    const { gateway, sleeps } = setup({ retries: 3 });
    expect((await failure(gateway.activate(command()))).userMessage).toBe('unreachable');
    expect(hook.calls).toHaveLength(4);
    expect(sleeps).toHaveLength(3);
  });

  it('reports a timeout when the automation never answers in time (each attempt timed out)', async () => {
    hook.reply({ delayMs: 2000 }, { delayMs: 2000 });
    const { gateway } = setup({ timeoutMs: 150, retries: 1 });
    const started = Date.now();
    expect((await failure(gateway.activate(command()))).userMessage).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1500);
    expect(hook.calls).toHaveLength(2);
  });

  it('retries a timed-out attempt with the same idempotency key', async () => {
    hook.reply({ delayMs: 2000 });
    const { gateway } = setup({ timeoutMs: 150, retries: 1 });
    await expect(gateway.activate(command())).resolves.toMatchObject(IDS);
    expect(hook.calls.map((c) => c.headers['idempotency-key'])).toEqual([command().idempotencyKey, command().idempotencyKey]);
  });

  it.each([400, 401, 403, 404, 409, 422])('does not retry HTTP %i: rejected', async (status) => {
    hook.reply({ status, body: { error: 'no' } });
    const { gateway, sleeps } = setup({ retries: 3 });
    expect((await failure(gateway.activate(command()))).userMessage).toBe('rejected');
    expect([hook.calls.length, sleeps.length]).toEqual([1, 0]);
  });

  it('retries 408', async () => {
    hook.reply({ status: 408 });
    const { gateway } = setup({ retries: 1 });
    await expect(gateway.activate(command())).resolves.toMatchObject(IDS);
    expect(hook.calls).toHaveLength(2);
  });

  it('does not follow a redirect with the signed body', async () => {
    hook.reply({ status: 307, headers: { Location: 'http://127.0.0.1:9/elsewhere' } });
    const { gateway } = setup({ retries: 2 });
    expect((await failure(gateway.activate(command()))).userMessage).toBe('rejected');
    expect(hook.calls).toHaveLength(1);
  });

  it('reports unreachable when nothing listens, after retrying', async () => {
    const { gateway, sleeps } = setup({ url: 'http://127.0.0.1:9/hook', retries: 2 });
    expect((await failure(gateway.activate(command()))).userMessage).toBe('unreachable');
    expect(sleeps).toHaveLength(2);
  });

  it.each<[string, { raw?: string; body?: unknown; status?: number }]>([
    ['not JSON', { raw: 'OK' }],
    ['empty', { raw: '' }],
    ['a JSON array', { body: [IDS] }],
    ['missing contractId', { body: { accessId: 'A-1' } }],
    ['ids not strings', { body: { accessId: 1, contractId: 2 } }],
    ['markup in an id', { body: { accessId: '<script>x</script>', contractId: 'C' } }],
    ['an id over 64 characters', { body: { accessId: 'A'.repeat(65), contractId: 'C' } }],
    ['a bad date', { body: { ...IDS, contractEnd: '2025-02-30' } }],
    ['negative incidents', { body: { ...IDS, incidentsRemaining: -1 } }],
    ['204 No Content', { status: 204, raw: '' }],
  ])('answer %s → invalidResponse, not retried', async (_label, reply) => {
    hook.reply(reply);
    const { gateway } = setup({ retries: 3 });
    expect((await failure(gateway.activate(command()))).userMessage).toBe('invalidResponse');
    expect(hook.calls).toHaveLength(1);
  });

  it('trims the returned IDs', async () => {
    hook.reply({ body: { accessId: '  A-1 ', contractId: '\tC-2  ' } });
    const { gateway } = setup();
    await expect(gateway.activate(command())).resolves.toEqual({ accessId: 'A-1', contractId: 'C-2' });
  });

  it('refuses an idempotency key that cannot travel in a header', async () => {
    const { gateway } = setup();
    expect((await failure(gateway.activate(command({ idempotencyKey: 'a\r\nX-Evil: 1' })))).userMessage).toBe('rejected');
    expect((await failure(gateway.activate(command({ idempotencyKey: '' })))).userMessage).toBe('rejected');
    expect(hook.calls).toHaveLength(0);
  });

  it('never logs the IDs, the secret or the URL query', async () => {
    hook.reply({ status: 503 }, { body: { accessId: 'A-1', contractId: '<bad>' } });
    const { gateway, lines } = setup({ retries: 1 });
    await failure(gateway.activate(command()));
    await gateway.activate(command());
    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const secret of [SECRET, 'query-secret-abc', IDS.accessId, IDS.contractId, 'A-1', '<bad>', 'ENTERED-1', 'ENTERED-2']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('RecordingActivationGateway', () => {
  const gateway = new RecordingActivationGateway();

  it('returns what the admin entered, normalized', async () => {
    await expect(
      gateway.activate(command({ entered: { accessId: ' A-1 ', contractId: 'C-2', contractEnd: '2026-01-31', incidentsRemaining: 3 } })),
    ).resolves.toEqual({ accessId: 'A-1', contractId: 'C-2', contractEnd: '2026-01-31', incidentsRemaining: 3 });
  });

  it('rejects a command with nothing entered', async () => {
    expect((await failure(gateway.activate(command({ entered: undefined })))).userMessage).toBe('rejected');
  });

  it('rejects entered details that fail validation', async () => {
    const entered = { accessId: '[x](http://evil.example)', contractId: 'C' };
    const err = await failure(gateway.activate(command({ entered })));
    expect(err.userMessage).toBe('rejected');
    expect(err.message).toContain('markup');
    expect(err.message).not.toContain('evil');
  });
});
