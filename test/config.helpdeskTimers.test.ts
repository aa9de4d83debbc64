import { ConfigError, loadConfig } from '../src/config';

describe('configuration of the helpdesk timers', () => {
  it('defaults: 09:00–17:00 Monday to Friday in UTC, a reminder after 4 business hours unassigned, 2 and 3 days waiting, a pass a minute, notices daily', () => {
    expect(loadConfig({}).helpdeskTimers).toEqual({
      schedule: { timeZone: 'UTC', startMinute: 540, endMinute: 1020, days: [1, 2, 3, 4, 5] },
      reminders: { unassignedBusinessHours: 4, waitingReminderDays: 2, waitingCloseDays: 3 },
      reminderIntervalMs: 60_000,
      noticeIntervalMs: 86_400_000,
      maxOpenTicketsPerMember: 5,
      answerReviewDays: 180,
    });
  });

  it('reads each variable', () => {
    const c = loadConfig({
      HELPDESK_TIMEZONE: 'Europe/Moscow',
      HELPDESK_BUSINESS_HOURS: '08:30-18:00',
      HELPDESK_BUSINESS_DAYS: '1-4,7',
      UNASSIGNED_REMINDER_BUSINESS_HOURS: '8',
      WAITING_REMINDER_DAYS: '5',
      WAITING_CLOSE_DAYS: '7',
      TICKET_REMINDER_INTERVAL_MS: '30000',
      ADMIN_NOTICE_INTERVAL_MS: '3600000',
      MAX_OPEN_TICKETS_PER_MEMBER: '3',
      ANSWER_REVIEW_DAYS: '90',
    }).helpdeskTimers;
    expect(c).toEqual({
      schedule: { timeZone: 'Europe/Moscow', startMinute: 510, endMinute: 1080, days: [1, 2, 3, 4, 7] },
      reminders: { unassignedBusinessHours: 8, waitingReminderDays: 5, waitingCloseDays: 7 },
      reminderIntervalMs: 30_000,
      noticeIntervalMs: 3_600_000,
      maxOpenTicketsPerMember: 3,
      answerReviewDays: 90,
    });
  });

  it('refuses what it cannot use, naming the variable', () => {
    expect(() => loadConfig({ HELPDESK_TIMEZONE: 'Moscow' })).toThrow(/HELPDESK_TIMEZONE must be an IANA time zone/);
    expect(() => loadConfig({ HELPDESK_BUSINESS_HOURS: '17:00-09:00' })).toThrow(/HELPDESK_BUSINESS_HOURS/);
    expect(() => loadConfig({ HELPDESK_BUSINESS_DAYS: 'weekdays' })).toThrow(/HELPDESK_BUSINESS_DAYS/);
    expect(() => loadConfig({ WAITING_REMINDER_DAYS: '3', WAITING_CLOSE_DAYS: '3' })).toThrow(/WAITING_CLOSE_DAYS \(3\) must be more than WAITING_REMINDER_DAYS/);
    expect(() => loadConfig({ UNASSIGNED_REMINDER_BUSINESS_HOURS: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ ANSWER_REVIEW_DAYS: '0' })).toThrow(/ANSWER_REVIEW_DAYS/);
    expect(() => loadConfig({ MAX_OPEN_TICKETS_PER_MEMBER: '0' })).toThrow(/MAX_OPEN_TICKETS_PER_MEMBER/);
  });
});
