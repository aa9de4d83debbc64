import { randomUUID } from 'node:crypto';
import type { Activity, ConversationReference } from '../bot/protocol';
import type { Logger } from '../logger';
import type { OutboxMessage, OutboxRepository } from '../store/helpdesk/contracts';
import type { OutboxTransport, TransportResult } from './outboxTransport';
import { backoffDelay } from './retryTiming';

/** What a claimed message turns into at send time (rendered from the current state, in its language). */
export type PreparedSend =
  | {
      kind: 'send' | 'update';
      reference: Partial<ConversationReference>;
      activity: Partial<Activity>;
      /** For updates: the activity to replace. */
      activityId?: string;
      /** Pacing key: the conversation the send counts against. */
      conversationKey: string;
      delivered?: (activityId: string | undefined) => Promise<void>;
      /** A permanent failure (403 bot removed, 404 conversation gone): record it where people see it. */
      failedPermanently?: (status: number | undefined) => Promise<void>;
      /** Try again this much later after a permanent failure (the bot may be added back), up to maxAttempts. */
      retryAfterPermanentMs?: number;
      /** Never give up (a ticket card: the ticket must reach the channel once it works again). */
      retryForever?: boolean;
    }
  /** Nothing to send any more (already posted, superseded): done. */
  | { kind: 'skip' }
  /** Not yet possible (no card to reply under yet): look again later. */
  | { kind: 'wait'; ms: number };

export interface OutboxResolver {
  prepare(message: OutboxMessage): Promise<PreparedSend>;
}

interface Window {
  max: number;
  perMs: number;
}

/** Teams: per bot per conversation 7 per second and 60 per 30 seconds; per app per tenant 50 per second. */
export const CONVERSATION_WINDOWS: readonly Window[] = [
  { max: 7, perMs: 1000 },
  { max: 60, perMs: 30_000 },
];
export const TENANT_WINDOWS: readonly Window[] = [{ max: 50, perMs: 1000 }];

/** Throttled, precondition failed, bad gateway, gateway timeout, and no answer at all: worth another try. */
const TRANSIENT = new Set([429, 412, 502, 504, 500, 503]);

export interface OutboxDispatcherOptions {
  repository: OutboxRepository;
  transport: OutboxTransport;
  resolver: OutboxResolver;
  logger: Logger;
  /** How often due messages (retries, other instances' leftovers) are looked for. Default 1 s. */
  pollMs?: number;
  /** A claim's lease: a process killed mid-send leaves the message to others after this. Default 60 s. */
  leaseMs?: number;
  batchSize?: number;
  /** Transient failures before a message counts as failed. Default 12. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  now?: () => number;
  random?: () => number;
  /**
   * The last step before every send and update: what may be posted in that conversation (the privacy guard
   * masks Access and Contract IDs in shared conversations). Default: the activity as prepared.
   */
  outgoing?: (tenantId: string, reference: Partial<ConversationReference>, activity: Partial<Activity>) => Promise<Partial<Activity>>;
}

/**
 * Delivers the outbox behind the turn: a turn writes its messages with its change and kicks the dispatcher;
 * a poll picks up retries and what another instance (or a killed process) left. Every message is claimed
 * through the database, paced per conversation and per tenant, retried with backoff and jitter (Retry-After
 * honoured), and marked sent or failed, so nothing is lost and nothing is sent twice.
 */
export class OutboxDispatcher {
  private readonly owner = randomUUID();
  private readonly sent = new Map<string, number[]>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly options: OutboxDispatcherOptions) {
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }

  start(): void {
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => this.kick(), this.options.pollMs ?? 1000);
    this.timer.unref();
    this.kick();
  }

  /** Look for due messages now (after a turn committed some). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again && !this.stopped) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Resolves when the current pass is done. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.idle();
  }

  private async drain(): Promise<void> {
    const log = this.options.logger;
    for (let pass = 0; pass < 50 && !this.stopped; pass++) {
      let claimed: OutboxMessage[];
      try {
        claimed = await this.options.repository.claim(this.owner, this.options.batchSize ?? 20, this.options.leaseMs ?? 60_000);
      } catch (err) {
        log.error('outbox claim failed', { component: 'outbox', err });
        return;
      }
      if (claimed.length === 0) return;
      await Promise.all(claimed.map((m) => this.deliver(m)));
    }
  }

  private async deliver(message: OutboxMessage): Promise<void> {
    const repo = this.options.repository;
    const log = this.options.logger.child({ component: 'outbox', id: message.id, kind: message.kind, tenantId: message.tenantId });
    try {
      const prepared = await this.options.resolver.prepare(message);
      if (prepared.kind === 'skip') return void (await repo.sent(message.id));
      if (prepared.kind === 'wait') return void (await repo.defer(message.id, new Date(this.now() + prepared.ms)));
      const readyAt = this.readyAt([`c|${prepared.conversationKey}`, `t|${message.tenantId}`]);
      if (readyAt > this.now()) return void (await repo.defer(message.id, new Date(readyAt)));
      this.count(`c|${prepared.conversationKey}`, `t|${message.tenantId}`);
      const activity = this.options.outgoing ? await this.options.outgoing(message.tenantId, prepared.reference, prepared.activity) : prepared.activity;
      const result: TransportResult =
        prepared.kind === 'update' && prepared.activityId
          ? await this.options.transport.update(prepared.reference, prepared.activityId, activity)
          : await this.options.transport.send(prepared.reference, activity);
      if (result.ok) {
        await prepared.delivered?.(result.id);
        await repo.sent(message.id);
        if (message.attempts > 0) log.info('outbox message delivered after retries', { attempts: message.attempts });
        return;
      }
      const transient = result.status === undefined || TRANSIENT.has(result.status);
      const attempts = message.attempts + 1;
      if (transient && attempts < (this.options.maxAttempts ?? 12)) {
        const delay =
          result.retryAfterMs ??
          backoffDelay(message.attempts, this.options.baseDelayMs ?? 1000, this.options.maxDelayMs ?? 60_000, this.random);
        log.info('outbox message retrying', { status: result.status, attempts, delayMs: delay });
        return void (await repo.retry(message.id, new Date(this.now() + delay), result.status));
      }
      log.warn('outbox message failed', { status: result.status, attempts, error: result.error });
      await prepared.failedPermanently?.(result.status);
      if (prepared.retryAfterPermanentMs !== undefined && (prepared.retryForever || attempts < (this.options.maxAttempts ?? 12))) {
        return void (await repo.retry(message.id, new Date(this.now() + prepared.retryAfterPermanentMs), result.status));
      }
      await repo.failed(message.id, result.status);
    } catch (err) {
      log.error('outbox delivery crashed', { err });
      const delay = backoffDelay(message.attempts, this.options.baseDelayMs ?? 1000, this.options.maxDelayMs ?? 60_000, this.random);
      await repo.retry(message.id, new Date(this.now() + delay)).catch((e: unknown) => log.error('outbox retry not recorded', { err: e }));
    }
  }

  private windowsOf(key: string): readonly Window[] {
    return key.startsWith('t|') ? TENANT_WINDOWS : CONVERSATION_WINDOWS;
  }

  /** When one more send fits every window of these keys (sends made by this instance). */
  private readyAt(keys: string[]): number {
    const now = this.now();
    let ready = now;
    for (const key of keys) {
      const times = (this.sent.get(key) ?? []).filter((t) => t > now - 30_000);
      this.sent.set(key, times);
      for (const w of this.windowsOf(key)) {
        const inWindow = times.filter((t) => t > now - w.perMs);
        if (inWindow.length >= w.max) ready = Math.max(ready, inWindow[inWindow.length - w.max] + w.perMs);
      }
    }
    if (this.sent.size > 10_000) {
      for (const [k, v] of this.sent) if (v.length === 0) this.sent.delete(k);
    }
    return ready;
  }

  private count(...keys: string[]): void {
    const now = this.now();
    for (const key of keys) this.sent.set(key, [...(this.sent.get(key) ?? []), now]);
  }
}
