import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import { PeriodicTask } from '../periodicTask';
import type { TicketTimerRepository } from '../store/helpdesk/contracts';

const LEASE = 'admin-notices';

export interface AdminNoticeTimerOptions {
  timers: Pick<TicketTimerRepository, 'tenantsWithContractEnd' | 'lease'>;
  /** Writes a tenant's due notices (once per period, by their dedupe keys); see AdminNotices. */
  notices: { notify(tenantId: string, today: string): Promise<number> };
  /** ADMIN_NOTICE_INTERVAL_MS: one pass per interval across instances. */
  intervalMs: number;
  logger: Logger;
  now?: () => Date;
}

/**
 * The daily notices pass: a contract end approaching needs no case recorded to be told. Each instance
 * tries every interval; the lease lets one of them check every tenant with a recorded contract end, and
 * the outbox's dedupe keys keep each notice to once per period whatever runs.
 */
export class AdminNoticeTimer {
  private readonly task: PeriodicTask<number | undefined>;
  private readonly holder = `instance-${randomUUID()}`;
  private readonly now: () => Date;

  constructor(private readonly options: AdminNoticeTimerOptions) {
    this.now = options.now ?? (() => new Date());
    this.task = new PeriodicTask(() => this.pass(), options.intervalMs, (err) => options.logger.error('admin notices pass failed', { err }));
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /**
   * One pass, after any pass in progress: undefined when another instance holds this period's lease, else
   * the notice messages due (a repeat is not sent again).
   */
  runOnce(): Promise<number | undefined> {
    return this.task.runOnce();
  }

  private async pass(): Promise<number | undefined> {
    const now = this.now();
    // A little shorter than the interval, so this instance's next tick finds its own lease expired.
    const leaseMs = Math.max(1000, Math.floor(this.options.intervalMs * 0.9));
    if (!(await this.options.timers.lease(LEASE, this.holder, now, leaseMs))) {
      this.options.logger.debug('admin notices skipped: another instance holds the lease');
      return undefined;
    }
    const today = now.toISOString().slice(0, 10);
    let due = 0;
    const tenants = await this.options.timers.tenantsWithContractEnd();
    for (const tenantId of tenants) {
      try {
        due += await this.options.notices.notify(tenantId, today);
      } catch (err) {
        // One tenant's failure must not stop the others; the next pass tries again.
        this.options.logger.error('admin notices failed for a tenant', { err, tenantId });
      }
    }
    this.options.logger.info('admin notices checked', { tenants: tenants.length, due });
    return due;
  }

}
