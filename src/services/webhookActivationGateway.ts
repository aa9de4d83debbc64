import { createHmac } from 'node:crypto';
import type { WebhookConfig } from '../config';
import { validateActivationDetails } from '../domain/activationDetails';
import {
  ActivationGatewayError,
  type ActivationCommand,
  type ActivationDetails,
  type ActivationGateway,
} from '../domain/activationGateway';
import type { Logger } from '../logger';
import { fetchText, HttpTimeoutError, type FetchLike } from './httpClient';
import { backoffDelay, parseRetryAfter, realSleep, type Sleep } from './retryTiming';

export interface WebhookActivationGatewayOptions {
  /** url, secret (HMAC key), timeoutMs (per attempt), retries (after the first attempt). */
  config: WebhookConfig;
  logger: Logger;
  /** Default: global fetch. */
  fetch?: FetchLike;
  /** Default: setTimeout. Tests pass a recorder. */
  sleep?: Sleep;
  /** Jitter source in [0, 1). Default Math.random. */
  random?: () => number;
  now?: () => number;
  /** First backoff step; doubles per retry up to maxDelayMs. Defaults 500 / 8000 ms. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A Retry-After longer than this ends the retries ('unreachable') instead of blocking. Default 30 s. */
  maxRetryAfterMs?: number;
}

type Failure = { error: ActivationGatewayError; retryable: boolean; status?: number; retryAfterMs?: number };

const MAX_RESPONSE_CHARS = 64 * 1024;
const HEADER_SAFE = /^[\x21-\x7e]{1,200}$/;

export function signWebhookBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(Buffer.from(body, 'utf8')).digest('hex')}`;
}

/**
 * Triggers the organization's own activation automation: POSTs the command as signed JSON and returns
 * the IDs the automation reports. Retries (same body, same Idempotency-Key) on network errors, timeouts,
 * 408, 429 and 5xx; never on other 4xx.
 */
export class WebhookActivationGateway implements ActivationGateway {
  private readonly fetch: FetchLike;
  private readonly sleep: Sleep;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly host: string;

  constructor(private readonly options: WebhookActivationGatewayOptions) {
    this.fetch = options.fetch ?? ((url, init) => fetch(url, init));
    this.sleep = options.sleep ?? realSleep;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.baseDelayMs = options.baseDelayMs ?? 500;
    this.maxDelayMs = options.maxDelayMs ?? 8000;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
    // Only the host is ever logged: webhook URLs often carry a signature in the query (Logic Apps, Flow).
    this.host = new URL(options.config.url).host;
  }

  async activate(command: ActivationCommand): Promise<ActivationDetails> {
    if (!HEADER_SAFE.test(command.idempotencyKey)) {
      throw new ActivationGatewayError('idempotency key is empty or not header-safe', 'rejected');
    }
    const { config } = this.options;
    const body = JSON.stringify({
      tenantId: command.tenantId,
      requestedBy: command.requestedBy,
      idempotencyKey: command.idempotencyKey,
      ...(command.entered ? { entered: command.entered } : {}),
    });
    const headers = {
      'Content-Type': 'application/json; charset=utf-8',
      Accept: 'application/json',
      'X-Signature-256': signWebhookBody(body, config.secret),
      'Idempotency-Key': command.idempotencyKey,
    };
    const log = this.options.logger.child({ component: 'WebhookActivationGateway', tenantId: command.tenantId, host: this.host });
    const attempts = Math.max(0, config.retries) + 1;

    for (let attempt = 1; ; attempt++) {
      const started = this.now();
      const outcome = await this.attempt(body, headers);
      if ('value' in outcome) {
        log.info('activation webhook succeeded', { attempt, durationMs: this.now() - started });
        return outcome.value;
      }
      const { error, retryable, status, retryAfterMs } = outcome;
      const fields = { attempt, of: attempts, status, outcome: error.userMessage, durationMs: this.now() - started };
      if (!retryable || attempt >= attempts) {
        log.warn('activation webhook failed', fields);
        throw error;
      }
      if (retryAfterMs !== undefined && retryAfterMs > this.maxRetryAfterMs) {
        log.warn('activation webhook asked to retry later than we can wait', { ...fields, retryAfterMs });
        throw new ActivationGatewayError(`activation webhook asked to retry after ${retryAfterMs} ms`, 'unreachable');
      }
      const delayMs = retryAfterMs ?? backoffDelay(attempt - 1, this.baseDelayMs, this.maxDelayMs, this.random);
      log.info('activation webhook retrying', { ...fields, delayMs });
      await this.sleep(delayMs);
    }
  }

  private async attempt(body: string, headers: Record<string, string>): Promise<{ value: ActivationDetails } | Failure> {
    const { url, timeoutMs } = this.options.config;
    let res;
    try {
      res = await fetchText(this.fetch, url, { method: 'POST', headers, body, redirect: 'manual' }, timeoutMs, MAX_RESPONSE_CHARS);
    } catch (err) {
      if (err instanceof HttpTimeoutError) {
        return { error: new ActivationGatewayError(`activation webhook gave no answer within ${timeoutMs} ms`, 'timeout'), retryable: true };
      }
      const reason = err instanceof Error ? err.message : 'unknown';
      return { error: new ActivationGatewayError(`activation webhook unreachable: ${reason}`, 'unreachable'), retryable: true };
    }

    const { status } = res;
    if (status >= 200 && status < 300) return this.parse(res.body, status);
    const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(res.headers.get('retry-after'), this.now()) : undefined;
    if (status === 408) {
      return { error: new ActivationGatewayError('activation webhook timed out (HTTP 408)', 'timeout'), retryable: true, status };
    }
    if (status === 429 || status >= 500) {
      return { error: new ActivationGatewayError(`activation webhook answered HTTP ${status}`, 'unreachable'), retryable: true, status, retryAfterMs };
    }
    // Other 4xx, and redirects (never followed: the signed body must not go anywhere else).
    return { error: new ActivationGatewayError(`activation webhook answered HTTP ${status}`, 'rejected'), retryable: false, status };
  }

  private parse(text: string, status: number): { value: ActivationDetails } | Failure {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { error: new ActivationGatewayError('activation webhook answer is not JSON', 'invalidResponse'), retryable: false, status };
    }
    const result = validateActivationDetails(json);
    if (!result.ok) {
      // Error codes only: the rejected values may be real IDs.
      return { error: new ActivationGatewayError(`activation webhook answer invalid: ${result.errors.join(', ')}`, 'invalidResponse'), retryable: false, status };
    }
    return { value: result.value };
  }
}
