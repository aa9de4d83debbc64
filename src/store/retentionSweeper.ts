import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import { PeriodicTask } from '../periodicTask';
import type { RetentionSweepResult, Store } from './repositories';

export interface RetentionSettings {
  /** RETENTION_DAYS: rows older than this are swept. */
  retentionDays: number;
  /** How often each instance tries; the database lease lets one sweep per interval across instances. */
  intervalMs: number;
}

/** Runs the store's retention sweep now and then every interval; stop() ends it (and waits for a run). */
export class RetentionSweeper {
  private readonly holder = `instance-${randomUUID()}`;
  private readonly task: PeriodicTask<RetentionSweepResult | undefined>;

  constructor(
    private readonly store: Pick<Store, 'sweepRetention'>,
    private readonly settings: RetentionSettings,
    private readonly logger: Logger,
  ) {
    this.task = new PeriodicTask(() => this.sweep(), settings.intervalMs, (err) => logger.error('retention sweep failed', { err }));
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** One attempt (after any in progress); undefined when another instance holds this period's lease. */
  runOnce(): Promise<RetentionSweepResult | undefined> {
    return this.task.runOnce();
  }

  private async sweep(): Promise<RetentionSweepResult | undefined> {
    const started = Date.now();
    const result = await this.store.sweepRetention(this.settings.retentionDays, this.settings.intervalMs, this.holder);
    if (result) {
      this.logger.info('retention sweep done', { ...result, retentionDays: this.settings.retentionDays, ms: Date.now() - started });
    } else {
      this.logger.debug('retention sweep skipped: another instance holds the lease');
    }
    return result;
  }
}
