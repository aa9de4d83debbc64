/**
 * The helpdesk report as CSV (RFC 4180: CRLF lines, quoted fields where needed). A cell that a spreadsheet
 * would read as a formula (= + - @, tab, carriage return first) is prefixed with a quote: the questions are
 * typed by anyone in the organization.
 */
import { REPORT_PERIODS, type HelpdeskReport, type PeriodCounts } from './helpdeskReport';
import { TICKET_STATUSES } from './tickets';

export const REPORT_CSV_HEADER = ['section', 'item', 'last_7_days', 'last_30_days'] as const;

/** One cell: numbers as they are, text made formula-safe and quoted when it holds , " CR or LF. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function line(cells: Array<string | number | undefined>): string {
  return cells.map(csvCell).join(',');
}

function counts(section: string, item: string, c: PeriodCounts): string {
  return line([section, item, ...REPORT_PERIODS.map((p) => c[p])]);
}

/** Minutes with one decimal; empty when there was nothing to measure. */
function minutes(ms: number | undefined): number | undefined {
  return ms === undefined ? undefined : Math.round(ms / 6000) / 10;
}

export function reportCsv(report: HelpdeskReport): string {
  const lines = [
    line([...REPORT_CSV_HEADER]),
    line(['generated_at', report.generatedAt, undefined, undefined]),
    counts('unanswered_questions', 'total', report.unanswered.total),
    ...report.unanswered.top.map((q) => counts('unanswered_question', q.example, q.counts)),
    ...(report.orgAnswers
      ? [
          counts('org_answers_used', 'total', report.orgAnswers.total),
          ...report.orgAnswers.byAnswer.flatMap((a) => [
            counts('org_answer_used', a.question ?? `deleted:${a.id}`, a.used),
            line(['org_answer_likes_30_days', a.question ?? `deleted:${a.id}`, undefined, a.likes]),
            line(['org_answer_dislikes_30_days', a.question ?? `deleted:${a.id}`, undefined, a.dislikes]),
          ]),
        ]
      : []),
    counts('dislikes', 'total', report.dislikes.total),
    ...report.dislikes.byTopic.map((d) => counts('dislikes_by_topic', d.topic, d.counts)),
    counts('tickets', 'total', report.tickets.total),
    ...TICKET_STATUSES.map((s) => counts('tickets_by_status', s, report.tickets.byStatus[s])),
    ...report.tickets.byTopic.map((x) => counts('tickets_by_topic', x.topic || 'none', x.counts)),
    line(['median_first_reply_minutes', '', ...REPORT_PERIODS.map((p) => minutes(report.firstReplyMs[p]))]),
    line(['median_resolution_minutes', '', ...REPORT_PERIODS.map((p) => minutes(report.resolutionMs[p]))]),
  ];
  return lines.join('\r\n') + '\r\n';
}
