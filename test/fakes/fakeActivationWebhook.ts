import { createHmac, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { sendJson, startLocalServer, type LocalServer } from './localServer';

export interface WebhookReply {
  status?: number;
  /** JSON-encoded unless `raw` is set. */
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  /** Wait this long before answering (the client's timeout should fire first). */
  delayMs?: number;
}

export interface WebhookCall {
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Did X-Signature-256 match an HMAC-SHA256 of the exact bytes received? */
  signatureValid: boolean;
}

/**
 * The organization's activation automation, on 127.0.0.1: verifies the signature of every call as a real
 * receiver must (401 when it does not match), records it, and answers from a script (then a default).
 */
export class FakeActivationWebhook {
  readonly calls: WebhookCall[] = [];
  private readonly script: WebhookReply[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private server?: LocalServer;

  private constructor(
    private readonly secret: string,
    private readonly fallbackReply: WebhookReply,
  ) {}

  static async start(secret: string, defaultReply: WebhookReply): Promise<FakeActivationWebhook> {
    const hook = new FakeActivationWebhook(secret, defaultReply);
    hook.server = await startLocalServer((req, body, res, raw) => hook.handle(req, body, res, raw));
    return hook;
  }

  get url(): string {
    if (!this.server) throw new Error('not started');
    return `${this.server.origin}/hooks/activate?sig=query-secret-abc`;
  }

  /** The next calls get these replies, in order. */
  reply(...replies: WebhookReply[]): void {
    this.script.push(...replies);
  }

  reset(): void {
    this.calls.length = 0;
    this.script.length = 0;
  }

  close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    return this.server?.close() ?? Promise.resolve();
  }

  private async handle(req: http.IncomingMessage, body: string, res: http.ServerResponse, raw: Buffer): Promise<void> {
    const given = String(req.headers['x-signature-256'] ?? '');
    const expected = `sha256=${createHmac('sha256', this.secret).update(raw).digest('hex')}`;
    const signatureValid = given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
    this.calls.push({ headers: req.headers, body, signatureValid });
    if (!signatureValid) return sendJson(res, 401, { error: 'bad signature' });

    const reply = this.script.shift() ?? this.fallbackReply;
    if (reply.delayMs) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.timers.delete(timer);
          resolve();
        };
        const timer = setTimeout(done, reply.delayMs);
        this.timers.add(timer);
        res.once('close', done);
      });
      if (res.destroyed) return;
    }
    if (reply.raw !== undefined) {
      res.writeHead(reply.status ?? 200, { 'Content-Type': 'application/json', ...reply.headers });
      res.end(reply.raw);
      return;
    }
    sendJson(res, reply.status ?? 200, reply.body ?? {}, reply.headers);
  }
}
