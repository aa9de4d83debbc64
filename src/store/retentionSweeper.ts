import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import type { RetentionSweepResult, Store } from './repositories';

export interface RetentionSettings {
  /** RETENTION_DAYS: rows older than this are swept. */
  retentionDays: number;
  /** How often each instance tries; the database lease lets one sweep per interval across instances. */
  intervalMs: number;
}

/** Runs the store's retention sweep now and then every interval; stop() ends it (and waits for a run). */
export class RetentionSweeper {
  private timer?: NodeJS.Timeout;
  private running: Promise<unknown> = Promise.resolve();
  private readonly holder = `instance-${randomUUID()}`;

  constructor(
    private readonly store: Pick<Store, 'sweepRetention'>,
    private readonly settings: RetentionSettings,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (this.timer) return;
    this.trigger();
    this.timer = setInterval(() => this.trigger(), this.settings.intervalMs);
    // The sweep never keeps the process alive on its own.
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One attempt; undefined when another instance holds this period's lease. */
  async runOnce(): Promise<RetentionSweepResult | undefined> {
    const started = Date.now();
    const result = await this.store.sweepRetention(this.settings.retentionDays, this.settings.intervalMs, this.holder);
    if (result) {
      this.logger.info('retention sweep done', { ...result, retentionDays: this.settings.retentionDays, ms: Date.now() - started });
    } else {
      this.logger.debug('retention sweep skipped: another instance holds the lease');
    }
    return result;
  }

  private trigger(): void {
    this.running = this.running.then(() =>
      this.runOnce().catch((err: unknown) => this.logger.error('retention sweep failed', { err })),
    );
  }
}
