import { randomUUID } from 'node:crypto';
import type { BusinessCalendar } from '../domain/businessTime';
import { dueStep, type ReminderCandidate, type ReminderSettings } from '../domain/ticketReminders';
import { closeUnanswered, type Ticket } from '../domain/tickets';
import { t } from '../i18n/strings';
import type { Logger } from '../logger';
import { PeriodicTask } from '../periodicTask';
import type { NewOutboxMessage, TicketChange, TicketTimerRepository } from '../store/helpdesk/contracts';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** Who acts for the timers in a ticket's history. */
const TIMERS = { userId: 'system:reminders' };

export interface TicketRemindersOptions {
  timers: TicketTimerRepository;
  settings: ReminderSettings;
  calendar: BusinessCalendar;
  /** TICKET_REMINDER_INTERVAL_MS: how often this instance looks. */
  intervalMs: number;
  logger: Logger;
  /** Wakes the outbox after reminders were written. */
  kick: () => void;
  now?: () => Date;
  /** Candidates of each kind looked at per pass (oldest first). */
  batch?: number;
}

export interface ReminderPass {
  remindedUnassigned: number;
  remindedRequesters: number;
  closed: number;
}

/**
 * The helpdesk's ticket timers: every instance looks every interval, and each step (the channel reminder,
 * the requester's reminder, the close) is claimed once in the database with the messages it sends. State
 * lives on the ticket, so a restart neither loses nor repeats a step.
 */
export class TicketReminders {
  private readonly task: PeriodicTask<ReminderPass>;
  private readonly now: () => Date;
  readonly instance = randomUUID();

  constructor(private readonly options: TicketRemindersOptions) {
    this.now = options.now ?? (() => new Date());
    this.task = new PeriodicTask(() => this.pass(), options.intervalMs, (err) => options.logger.error('ticket timers pass failed', { err }));
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** One pass at the clock's current time, after any pass in progress (passes of one instance never overlap). */
  runOnce(): Promise<ReminderPass> {
    return this.task.runOnce();
  }

  private async pass(): Promise<ReminderPass> {
    const { timers, settings, calendar } = this.options;
    const now = this.now();
    // Business time never runs faster than the clock: a ticket younger than the hours is not due.
    const t0 = now.getTime();
    const candidates = await timers.candidates(
      {
        unassignedBefore: new Date(t0 - settings.unassignedBusinessHours * HOUR_MS),
        remindBefore: new Date(t0 - settings.waitingReminderDays * DAY_MS),
        closeBefore: new Date(t0 - settings.waitingCloseDays * DAY_MS),
        remindedBefore: new Date(t0 - (settings.waitingCloseDays - settings.waitingReminderDays) * DAY_MS),
      },
      this.options.batch ?? 200,
    );
    const pass: ReminderPass = { remindedUnassigned: 0, remindedRequesters: 0, closed: 0 };
    for (const candidate of candidates) {
      const step = dueStep(candidate, settings, calendar, now);
      if (!step) continue;
      try {
        if (await this.take(step, candidate, now)) {
          if (step === 'remindUnassigned') pass.remindedUnassigned += 1;
          else if (step === 'remindRequester') pass.remindedRequesters += 1;
          else pass.closed += 1;
        }
      } catch (err) {
        // One ticket's failure must not stop the others; it is tried again next pass.
        this.options.logger.error('ticket timer step failed', { err, step, tenantId: candidate.tenantId, number: candidate.number });
      }
    }
    if (pass.remindedUnassigned + pass.remindedRequesters + pass.closed > 0) {
      this.options.logger.info('ticket timers', { ...pass });
      this.options.kick();
    }
    return pass;
  }

  private async take(step: NonNullable<ReturnType<typeof dueStep>>, c: ReminderCandidate, now: Date): Promise<boolean> {
    const { timers, settings } = this.options;
    switch (step) {
      case 'remindUnassigned':
        return timers.remindUnassigned(c.tenantId, c.number, now, (ticket) => [
          {
            dedupeKey: `t${ticket.number}:remind:unassigned`,
            kind: 'ticketReminder',
            ticketNumber: ticket.number,
            payload: { hours: settings.unassignedBusinessHours },
            lane: `ticket:${ticket.number}`,
          },
        ]);
      case 'remindRequester':
        return timers.remindRequester(c.tenantId, c.number, c.waitingSince!, now, (ticket) => [
          requesterMessage(
            ticket,
            `t${ticket.number}:wait:${Date.parse(c.waitingSince!)}:remind`,
            t(ticket.locale, 'reminder.requester', { number: ticket.number, days: settings.waitingCloseDays - settings.waitingReminderDays }),
          ),
        ]);
      case 'closeUnanswered': {
        const closed = await timers.closeUnanswered(c.tenantId, c.number, c.waitingSince!, now, (current) => this.closeChange(current));
        return closed !== undefined;
      }
    }
  }

  private closeChange(current: Ticket): TicketChange | undefined {
    const next = closeUnanswered(current);
    if (!next.ok) return undefined;
    const days = this.options.settings.waitingCloseDays;
    return {
      status: next.status,
      assignee: next.assignee,
      event: { at: '', kind: 'closedNoAnswer', actor: TIMERS, detail: String(days) },
      auditAction: 'ticket.closedNoAnswer',
      outbox: (after) => [
        { dedupeKey: `t${after.number}:v${after.version}`, kind: 'ticketUpdate', ticketNumber: after.number, payload: {}, lane: `ticket:${after.number}` },
        requesterMessage(after, `t${after.number}:v${after.version}:requester`, t(after.locale, 'reminder.closed', { number: after.number, days })),
      ],
    };
  }

}

/** A text to the requester in their personal chat (the ticket's own language); never the question. */
function requesterMessage(ticket: Ticket, dedupeKey: string, text: string): NewOutboxMessage {
  return {
    dedupeKey,
    kind: 'message',
    ticketNumber: ticket.number,
    payload: { reference: ticket.requester.reference, activity: { type: 'message', text } },
    lane: `conv:${ticket.requester.conversationId}`,
  };
}
