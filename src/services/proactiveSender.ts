import type { Activity, ConversationReference, TurnContext } from '../bot/protocol';
import type { Logger } from '../logger';
import { backoffDelay, parseRetryAfter, realSleep, retryAfterOf, statusOf, type Sleep } from './retryTiming';

/** Outbound messages outside a turn (admin notifications, activation announcements). Never throws. */
export interface ProactiveSender {
  send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<'sent' | 'failed'>;
}

/** The CloudAdapter method we use (CloudAdapter satisfies it; tests pass a fake). */
export interface ConversationContinuer {
  continueConversationAsync(
    botAppId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

export interface PacingLimit {
  maxMessages: number;
  perMs: number;
}

/** Teams: per bot per conversation, 7 messages per second and 60 per 30 seconds. */
export const TEAMS_CONVERSATION_LIMITS: readonly PacingLimit[] = [
  { maxMessages: 7, perMs: 1000 },
  { maxMessages: 60, perMs: 30_000 },
];

/** What Teams asks bots to retry: throttled, precondition failed (transient), bad gateway, gateway timeout. */
export const DEFAULT_RETRY_STATUSES: readonly number[] = [429, 412, 502, 504];

export interface CloudAdapterProactiveSenderOptions {
  adapter: ConversationContinuer;
  /** The bot's Microsoft App ID ('' in anonymous local mode). */
  botAppId: string;
  logger: Logger;
  /** Attempts per message, the first included. Default 3. The connector client also retries 429 itself. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A Retry-After longer than this fails the send instead of blocking the conversation. Default 60 s. */
  maxRetryAfterMs?: number;
  retryStatuses?: readonly number[];
  /** Per-conversation pacing. Default TEAMS_CONVERSATION_LIMITS. */
  pacing?: readonly PacingLimit[];
  /** Called for each 429 the Bot Connector answers (after its own retries), e.g. to count it in metrics. */
  onThrottled?: () => void;
  now?: () => number;
  sleep?: Sleep;
  random?: () => number;
}

interface Lane {
  /** Sends in one conversation run one after another: order is kept and pacing is exact. */
  tail: Promise<unknown>;
  pending: number;
  /** Start times of recent attempts (every attempt counts against the channel's limit). */
  startedAt: number[];
}

const SWEEP_AT_LANES = 256;

/**
 * Sends proactive messages through CloudAdapter.continueConversationAsync with per-conversation pacing
 * and retries on 429/412/502/504 (honouring Retry-After, else exponential backoff with jitter).
 */
export class CloudAdapterProactiveSender implements ProactiveSender {
  private readonly lanes = new Map<string, Lane>();
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly retryStatuses: ReadonlySet<number>;
  private readonly pacing: readonly PacingLimit[];
  private readonly longestWindowMs: number;
  private readonly now: () => number;
  private readonly sleep: Sleep;
  private readonly random: () => number;

  constructor(private readonly options: CloudAdapterProactiveSenderOptions) {
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 3);
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 16_000;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
    this.retryStatuses = new Set(options.retryStatuses ?? DEFAULT_RETRY_STATUSES);
    this.pacing = options.pacing ?? TEAMS_CONVERSATION_LIMITS;
    this.longestWindowMs = Math.max(0, ...this.pacing.map((p) => p.perMs));
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
    this.random = options.random ?? Math.random;
  }

  send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<'sent' | 'failed'> {
    const conversationId = reference.conversation?.id;
    if (!conversationId || !reference.serviceUrl) {
      this.options.logger.warn('proactive send skipped: reference has no conversation or serviceUrl', { component: 'ProactiveSender' });
      return Promise.resolve('failed');
    }
    const lane = this.laneFor(`${reference.serviceUrl}|${conversationId}`);
    lane.pending++;
    const result = lane.tail
      .then(() => this.deliver(lane, conversationId, reference, activity))
      .catch((err: unknown) => {
        this.options.logger.error('proactive send crashed', { component: 'ProactiveSender', conversationId, error: err });
        return 'failed' as const;
      })
      .finally(() => {
        lane.pending--;
      });
    lane.tail = result.catch(() => undefined);
    return result;
  }

  private async deliver(
    lane: Lane,
    conversationId: string,
    reference: Partial<ConversationReference>,
    activity: Partial<Activity>,
  ): Promise<'sent' | 'failed'> {
    const log = this.options.logger.child({ component: 'ProactiveSender', conversationId, channelId: reference.channelId });
    for (let attempt = 1; ; attempt++) {
      await this.pace(lane);
      lane.startedAt.push(this.now());
      try {
        await this.options.adapter.continueConversationAsync(this.options.botAppId, reference, async (context) => {
          await context.sendActivity(activity);
        });
        if (attempt > 1) log.info('proactive send succeeded after retry', { attempt });
        return 'sent';
      } catch (err) {
        const status = statusOf(err);
        if (status === 429) this.options.onThrottled?.();
        const fields = { attempt, of: this.maxAttempts, status, error: err instanceof Error ? err.name : 'unknown' };
        if (status === undefined || !this.retryStatuses.has(status) || attempt >= this.maxAttempts) {
          log.warn('proactive send failed', fields);
          return 'failed';
        }
        const retryAfterMs = parseRetryAfter(retryAfterOf(err), this.now());
        if (retryAfterMs !== undefined && retryAfterMs > this.maxRetryAfterMs) {
          log.warn('proactive send failed: Retry-After too long', { ...fields, retryAfterMs });
          return 'failed';
        }
        const delayMs = retryAfterMs ?? backoffDelay(attempt - 1, this.baseDelayMs, this.maxDelayMs, this.random);
        log.info('proactive send retrying', { ...fields, delayMs });
        await this.sleep(delayMs);
      }
    }
  }

  /** Waits until one more attempt fits every window. The lane is serialized, so one wait is enough. */
  private async pace(lane: Lane): Promise<void> {
    const now = this.now();
    lane.startedAt = lane.startedAt.filter((t) => t > now - this.longestWindowMs);
    let readyAt = now;
    for (const { maxMessages, perMs } of this.pacing) {
      const inWindow = lane.startedAt.filter((t) => t > now - perMs);
      if (inWindow.length >= maxMessages) {
        readyAt = Math.max(readyAt, inWindow[inWindow.length - maxMessages] + perMs);
      }
    }
    if (readyAt > now) await this.sleep(readyAt - now);
  }

  private laneFor(key: string): Lane {
    let lane = this.lanes.get(key);
    if (!lane) {
      if (this.lanes.size >= SWEEP_AT_LANES) this.forgetIdleLanes();
      lane = { tail: Promise.resolve(), pending: 0, startedAt: [] };
      this.lanes.set(key, lane);
    }
    return lane;
  }

  /** Drops conversations with nothing queued and nothing inside the pacing windows. */
  private forgetIdleLanes(): void {
    const horizon = this.now() - this.longestWindowMs;
    for (const [key, lane] of this.lanes) {
      if (lane.pending === 0 && lane.startedAt.every((t) => t <= horizon)) this.lanes.delete(key);
    }
  }
}
