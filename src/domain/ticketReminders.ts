/**
 * When the helpdesk's timers fire: one reminder in the channel for a ticket nobody took within the business
 * hours allowed; one reminder to a requester the helpdesk waits on, then the ticket is closed. No I/O.
 */
import type { BusinessCalendar } from './businessTime';

export interface ReminderSettings {
  /** UNASSIGNED_REMINDER_BUSINESS_HOURS: a new ticket nobody took gets one reminder in the channel after this. */
  unassignedBusinessHours: number;
  /** WAITING_REMINDER_DAYS: the requester is reminded once this many days after the helpdesk's reply. */
  waitingReminderDays: number;
  /** WAITING_CLOSE_DAYS: and the ticket is closed this many days after the reply (later than the reminder). */
  waitingCloseDays: number;
}

/** What the store knows of an open ticket's timers. */
export interface ReminderCandidate {
  tenantId: string;
  number: number;
  status: 'new' | 'waiting';
  createdAt: string;
  /** For `waiting`: when the helpdesk's last reply put it there. */
  waitingSince?: string;
  /** For `waiting`: when the requester was reminded, if they were. */
  waitingRemindedAt?: string;
}

export type ReminderStep = 'remindUnassigned' | 'remindRequester' | 'closeUnanswered';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The step due now, if any. The close comes only after the reminder, and never sooner after it than the
 * gap between the two (1 day by default), so a requester always has that long to answer a reminder, even
 * when the timers were stopped for a while.
 */
export function dueStep(candidate: ReminderCandidate, settings: ReminderSettings, calendar: BusinessCalendar, now: Date): ReminderStep | undefined {
  if (candidate.status === 'new') {
    const due = calendar.addMs(new Date(candidate.createdAt), settings.unassignedBusinessHours * HOUR_MS);
    return now.getTime() >= due.getTime() ? 'remindUnassigned' : undefined;
  }
  if (!candidate.waitingSince) return undefined;
  const since = Date.parse(candidate.waitingSince);
  if (!candidate.waitingRemindedAt) {
    return now.getTime() >= since + settings.waitingReminderDays * DAY_MS ? 'remindRequester' : undefined;
  }
  const gap = (settings.waitingCloseDays - settings.waitingReminderDays) * DAY_MS;
  const closeAt = Math.max(since + settings.waitingCloseDays * DAY_MS, Date.parse(candidate.waitingRemindedAt) + gap);
  return now.getTime() >= closeAt ? 'closeUnanswered' : undefined;
}
