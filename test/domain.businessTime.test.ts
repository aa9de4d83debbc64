import { BusinessCalendar, isTimeZone, parseBusinessDays, parseBusinessHours } from '../src/domain/businessTime';
import { dueStep, type ReminderCandidate } from '../src/domain/ticketReminders';

const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;

// 09:00–17:00, Monday to Friday, in Berlin (UTC+1 in winter, UTC+2 in summer).
const berlin = new BusinessCalendar({ timeZone: 'Europe/Berlin', startMinute: 9 * 60, endMinute: 17 * 60, days: [1, 2, 3, 4, 5] });

describe('business time in the helpdesk time zone', () => {
  it('a night counts nothing: Tuesday 16:00 to Wednesday 10:00 Berlin is 2 business hours', () => {
    // 2026-12-01 is a Tuesday; 16:00 Berlin = 15:00 UTC.
    expect(berlin.elapsedMs(new Date('2026-12-01T15:00:00Z'), new Date('2026-12-02T09:00:00Z'))).toBe(2 * HOUR);
  });

  it('a weekend counts nothing: Friday 15:00 to Monday 11:00 Berlin is 4 business hours', () => {
    // 2026-12-04 is a Friday; 2026-12-07 a Monday.
    expect(berlin.elapsedMs(new Date('2026-12-04T14:00:00Z'), new Date('2026-12-07T10:00:00Z'))).toBe(4 * HOUR);
    expect(berlin.addMs(new Date('2026-12-04T14:00:00Z'), 4 * HOUR).toISOString()).toBe('2026-12-07T10:00:00.000Z');
  });

  it('a ticket opened on Saturday starts counting Monday 09:00 Berlin', () => {
    expect(berlin.addMs(new Date('2026-12-05T12:00:00Z'), 4 * HOUR).toISOString()).toBe('2026-12-07T12:00:00.000Z');
    // Monday 08:59 Berlin (07:59 UTC): nothing yet; 09:59 Berlin: 59 minutes.
    expect(berlin.elapsedMs(new Date('2026-12-05T12:00:00Z'), new Date('2026-12-07T07:59:00Z'))).toBe(0);
    expect(berlin.elapsedMs(new Date('2026-12-05T12:00:00Z'), new Date('2026-12-07T08:59:00Z'))).toBe(59 * MINUTE);
  });

  it('follows the summer-time change: the Monday after 29 March 2026 starts at 07:00 UTC', () => {
    // Friday 2026-03-27 16:00 CET (15:00 UTC) + 4 business hours = Monday 2026-03-30 12:00 CEST = 10:00 UTC.
    expect(berlin.addMs(new Date('2026-03-27T15:00:00Z'), 4 * HOUR).toISOString()).toBe('2026-03-30T10:00:00.000Z');
  });

  it('UTC by default, and in New York a late evening in UTC is still the working day', () => {
    const utc = new BusinessCalendar({ timeZone: 'UTC', startMinute: 9 * 60, endMinute: 17 * 60, days: [1, 2, 3, 4, 5] });
    expect(utc.elapsedMs(new Date('2026-12-01T08:00:00Z'), new Date('2026-12-01T20:00:00Z'))).toBe(8 * HOUR);
    const ny = new BusinessCalendar({ timeZone: 'America/New_York', startMinute: 9 * 60, endMinute: 17 * 60, days: [1, 2, 3, 4, 5] });
    // 2026-12-01 20:00 UTC = 15:00 in New York: 6 business hours since 09:00 there (14:00 UTC).
    expect(ny.elapsedMs(new Date('2026-12-01T14:00:00Z'), new Date('2026-12-01T20:00:00Z'))).toBe(6 * HOUR);
  });

  it('reads the configured hours, days and zone', () => {
    expect(parseBusinessHours('09:00-17:00')).toEqual({ startMinute: 540, endMinute: 1020 });
    expect(parseBusinessHours('8:30 - 18:15')).toEqual({ startMinute: 510, endMinute: 1095 });
    expect(parseBusinessHours('17:00-09:00')).toBeUndefined();
    expect(parseBusinessHours('nine to five')).toBeUndefined();
    expect(parseBusinessDays('1-5')).toEqual([1, 2, 3, 4, 5]);
    expect(parseBusinessDays('7,1-3')).toEqual([1, 2, 3, 7]);
    expect(parseBusinessDays('0-5')).toBeUndefined();
    expect(isTimeZone('Europe/Moscow')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('which reminder is due', () => {
  const settings = { unassignedBusinessHours: 4, waitingReminderDays: 2, waitingCloseDays: 3 };
  const ticket = (c: Partial<ReminderCandidate>): ReminderCandidate => ({ tenantId: 't', number: 1, status: 'new', createdAt: '2026-12-04T14:00:00Z', ...c });

  it('an unassigned ticket from Friday 15:00 Berlin is reminded Monday 11:00, not a minute before', () => {
    expect(dueStep(ticket({}), settings, berlin, new Date(Date.parse('2026-12-07T10:00:00Z') - MINUTE))).toBeUndefined();
    expect(dueStep(ticket({}), settings, berlin, new Date('2026-12-07T10:00:00Z'))).toBe('remindUnassigned');
  });

  it('waiting on the requester: reminded after 2 days, closed after 3, and never sooner than a day after the reminder', () => {
    const waiting = ticket({ status: 'waiting', waitingSince: '2026-12-01T10:00:00Z' });
    expect(dueStep(waiting, settings, berlin, new Date('2026-12-03T09:59:00Z'))).toBeUndefined();
    expect(dueStep(waiting, settings, berlin, new Date('2026-12-03T10:00:00Z'))).toBe('remindRequester');
    const reminded = { ...waiting, waitingRemindedAt: '2026-12-03T10:00:00Z' };
    expect(dueStep(reminded, settings, berlin, new Date('2026-12-04T09:59:00Z'))).toBeUndefined();
    expect(dueStep(reminded, settings, berlin, new Date('2026-12-04T10:00:00Z'))).toBe('closeUnanswered');
    // The timers were stopped for a week: the reminder went out on day 9, the close waits until day 10.
    const late = { ...waiting, waitingRemindedAt: '2026-12-09T10:00:00Z' };
    expect(dueStep(late, settings, berlin, new Date('2026-12-10T09:00:00Z'))).toBeUndefined();
    expect(dueStep(late, settings, berlin, new Date('2026-12-10T10:00:00Z'))).toBe('closeUnanswered');
  });
});
