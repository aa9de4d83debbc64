/**
 * Business hours in the helpdesk's time zone: how much working time passed between two instants, and when
 * a given amount of it will have passed. Plain functions over Intl; no I/O.
 */

export interface BusinessSchedule {
  /** IANA time zone name (e.g. Europe/Berlin); UTC by default. */
  timeZone: string;
  /** Minutes after local midnight the working day starts and ends (start < end). */
  startMinute: number;
  endMinute: number;
  /** ISO weekdays worked: 1 = Monday … 7 = Sunday. */
  days: readonly number[];
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** A calendar over one schedule; keeps its Intl formatter (building one per call is slow). */
export class BusinessCalendar {
  private readonly format: Intl.DateTimeFormat;
  private readonly days: ReadonlySet<number>;

  constructor(readonly schedule: BusinessSchedule) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: schedule.timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    this.days = new Set(schedule.days);
  }

  /** Working time between `from` and `to` (0 when `to` is not after `from`), in milliseconds. */
  elapsedMs(from: Date, to: Date): number {
    let total = 0;
    for (const [start, end] of this.windows(from, to.getTime())) {
      total += Math.max(0, Math.min(end, to.getTime()) - Math.max(start, from.getTime()));
    }
    return total;
  }

  /** The instant at which `ms` of working time will have passed since `from`. */
  addMs(from: Date, ms: number): Date {
    let left = ms;
    // A schedule with no working day never reaches the amount: give up after ten years of windows.
    for (const [start, end] of this.windows(from, from.getTime() + 3660 * DAY_MS)) {
      const begin = Math.max(start, from.getTime());
      if (end <= begin) continue;
      if (end - begin >= left) return new Date(begin + left);
      left -= end - begin;
    }
    return new Date(8.64e15);
  }

  /** The working windows [start, end) (epoch ms) of each local day from the day of `from` until `until`. */
  private *windows(from: Date, until: number): Generator<[number, number]> {
    if (this.days.size === 0) return;
    const first = this.localParts(from.getTime());
    // Walk local calendar days with a UTC date as a counter (no DST in UTC).
    for (let day = Date.UTC(first.year, first.month - 1, first.day); ; day += DAY_MS) {
      const d = new Date(day);
      const y = d.getUTCFullYear();
      const m = d.getUTCMonth() + 1;
      const dd = d.getUTCDate();
      const start = this.instantOf(y, m, dd, this.schedule.startMinute);
      if (start >= until) return;
      const isoWeekday = ((d.getUTCDay() + 6) % 7) + 1;
      if (!this.days.has(isoWeekday)) continue;
      yield [start, this.instantOf(y, m, dd, this.schedule.endMinute)];
    }
  }

  private localParts(instant: number): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
    const parts: Record<string, number> = {};
    for (const p of this.format.formatToParts(new Date(instant))) {
      if (p.type !== 'literal') parts[p.type] = Number(p.value);
    }
    return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
  }

  /** Offset of local time from UTC at this instant, in ms (positive east of Greenwich). */
  private offsetAt(instant: number): number {
    const p = this.localParts(instant);
    const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    return asUtc - Math.floor(instant / 1000) * 1000;
  }

  /** The instant of local wall time y-m-d + minutes (in a DST gap: the same wall time after the jump). */
  private instantOf(year: number, month: number, day: number, minutes: number): number {
    const wall = Date.UTC(year, month - 1, day) + minutes * MINUTE_MS;
    const guess = wall - this.offsetAt(wall);
    const offset = this.offsetAt(guess);
    return wall - offset;
  }
}

/** "09:00-17:00" → minutes after midnight; undefined when malformed or not start < end. */
export function parseBusinessHours(text: string): { startMinute: number; endMinute: number } | undefined {
  const m = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!m) return undefined;
  const [h1, m1, h2, m2] = m.slice(1).map(Number);
  if (h1 > 24 || h2 > 24 || m1 > 59 || m2 > 59) return undefined;
  const startMinute = h1 * 60 + m1;
  const endMinute = h2 * 60 + m2;
  if (startMinute >= endMinute || endMinute > 24 * 60) return undefined;
  return { startMinute, endMinute };
}

/** "1-5", "1,2,3,4,5", "1-3,6" (ISO weekdays, 1 = Monday) → sorted days; undefined when malformed. */
export function parseBusinessDays(text: string): number[] | undefined {
  const days = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^\s*([1-7])\s*(?:-\s*([1-7])\s*)?$/.exec(part);
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (to < from) return undefined;
    for (let d = from; d <= to; d += 1) days.add(d);
  }
  return [...days].sort((a, b) => a - b);
}

/** True when the runtime knows the IANA zone name. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
