import { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import type { Logger } from '../logger';
import { ProactiveSender } from './notifier';

const RETRYABLE = new Set([429, 412, 502, 504]);
const MAX_ATTEMPTS = 4;

function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: number; response?: { status?: number } };
  return e?.statusCode ?? e?.response?.status;
}

function retryAfterMs(err: unknown): number | undefined {
  const headers = (err as { response?: { headers?: { get?: (n: string) => string | undefined } } })?.response?.headers;
  const raw = headers?.get?.('retry-after');
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(raw);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

/**
 * Proactive sends through the Bot Connector, retrying what Teams asks to retry (429, 412, 502, 504)
 * with exponential backoff, honouring Retry-After.
 */
export class AdapterProactiveSender implements ProactiveSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly logger: Logger,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<'sent' | 'failed'> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      try {
        await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
          await context.sendActivity(activity);
        });
        return 'sent';
      } catch (err) {
        const status = statusOf(err);
        if (!status || !RETRYABLE.has(status) || attempt === MAX_ATTEMPTS) {
          this.logger.warn('proactive send failed', { status, attempt, err: (err as Error).message });
          return 'failed';
        }
        await this.sleep(Math.min(retryAfterMs(err) ?? 500 * 2 ** (attempt - 1), 30_000));
      }
    }
    return 'failed';
  }
}
