import type { Logger } from '../logger';
import { PeriodicTask } from '../periodicTask';

export interface OrgAnswerReviewTimerOptions {
  reviews: { remindDue(now: Date): Promise<number> };
  /** How often each instance looks (TICKET_REMINDER_INTERVAL_MS): each reminder is written once whatever runs. */
  intervalMs: number;
  logger: Logger;
  now?: () => Date;
}

/** Looks for organization answers due for review and writes their reminder (see OrgAnswerReviews). */
export class OrgAnswerReviewTimer {
  private readonly task: PeriodicTask<number>;
  private readonly now: () => Date;

  constructor(private readonly options: OrgAnswerReviewTimerOptions) {
    this.now = options.now ?? (() => new Date());
    this.task = new PeriodicTask(() => this.pass(), options.intervalMs, (err) => options.logger.error('answer review pass failed', { err }));
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** One pass, after any pass in progress: the reminders written. */
  runOnce(): Promise<number> {
    return this.task.runOnce();
  }

  private async pass(): Promise<number> {
    const written = await this.options.reviews.remindDue(this.now());
    if (written > 0) this.options.logger.info('answer review reminders written', { count: written });
    return written;
  }
}
