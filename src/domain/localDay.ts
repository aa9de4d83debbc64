/**
 * The day a person's "today" is: the calendar date where they are, not the server's. Teams sends each message's
 * `localTimestamp` with the sender's UTC offset ("2026-12-07T17:30:00.000-08:00"); its date part is their date.
 * "Yesterday" typed at 17:30 in Seattle is the 6th even when the server's clock already says the 8th.
 *
 * The value is user input, so it is used only when it is a well-formed timestamp whose date is at most one day from
 * the server's UTC date (offsets span -12:00 to +14:00); otherwise, and when it is absent, the server's UTC date.
 */
const LOCAL_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const DAY_MS = 86_400_000;

export function localDay(localTimestamp: unknown, now: Date): string {
  const utcDay = now.toISOString().slice(0, 10);
  if (typeof localTimestamp !== 'string') return utcDay;
  const m = LOCAL_TIMESTAMP.exec(localTimestamp.trim());
  if (!m) return utcDay;
  const day = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  const date = new Date(day);
  // Rejects "2026-02-31": the parsed date must be the one written.
  if (Number.isNaN(day) || date.getUTCMonth() !== +m[2] - 1 || date.getUTCDate() !== +m[3]) return utcDay;
  return Math.abs(day - Date.parse(`${utcDay}T00:00:00Z`)) <= DAY_MS ? `${m[1]}-${m[2]}-${m[3]}` : utcDay;
}
