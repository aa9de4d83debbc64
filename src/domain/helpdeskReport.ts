/**
 * The helpdesk's report: questions the bot could not answer, disliked answers by topic, tickets by status and
 * topic, and the median times to a first reply and to resolution, for the last 7 and 30 days. Plain data and
 * functions: the store gives the facts, this counts them.
 */
import type { Reaction } from './feedback';
import { TICKET_STATUSES, type TicketEventKind, type TicketStatus } from './tickets';

/** The windows of the report, in days. */
export const REPORT_PERIODS = [7, 30] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/** How many of the most frequent unanswered questions the report keeps (the card shows the first five, the CSV all). */
export const TOP_QUESTIONS = 20;
/** The longest question text kept (the start of a long message says what it was about). */
export const MAX_QUESTION_TEXT = 500;
/**
 * Unanswered questions kept per member per day (UTC): past it, one person's messages stop filling the report.
 * The same question asked again the same day is one row with a count, so the table grows with distinct
 * questions, bounded by members x this cap x the retention period.
 */
export const MAX_UNANSWERED_PER_MEMBER_PER_DAY = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A question the bot could not answer (personal data: this tenant's helpdesk and admins only, never logged). */
export interface UnansweredQuestion {
  at: string;
  locale: string;
  /** As the person typed it (trimmed, cut to MAX_QUESTION_TEXT). */
  text: string;
  /** normalizeQuestion(text): what groups the same question asked in other words of case and spacing. */
  normalized: string;
  /** What the bot read in it, when anything (`notInArticle:tpdHours`, a topic intent). */
  topic?: string;
}

export interface FeedbackFact {
  at: string;
  topic: string;
  reaction: Reaction;
}

/** What the report needs of a ticket: no question, no requester. */
export interface TicketFact {
  number: number;
  status: TicketStatus;
  topic?: string;
  createdAt: string;
  history: Array<{ at: string; kind: TicketEventKind }>;
}

export interface CountedQuestion {
  normalized: string;
  /** The most recent wording of it. */
  example: string;
  /** Asked in the last 7 and 30 days. */
  counts: Record<ReportPeriod, number>;
}

export type PeriodCounts = Record<ReportPeriod, number>;

/** The unanswered questions of the report's windows, counted by the store (in SQL, in constant memory). */
export interface UnansweredSummary {
  total: PeriodCounts;
  /** At most TOP_QUESTIONS, most asked in 30 days first. */
  top: CountedQuestion[];
}

/** Questions answered by the organization's own answers, in each window, and per answer. */
export interface OrgAnswersSection {
  total: PeriodCounts;
  /** Answers used or rated in the last 30 days, most used first; likes and dislikes over 30 days. */
  byAnswer: Array<{ id: string; question?: string; used: PeriodCounts; likes: number; dislikes: number }>;
}

export interface HelpdeskReport {
  tenantId: string;
  generatedAt: string;
  unanswered: UnansweredSummary;
  /** Absent in reports kept before the organization's answers existed. */
  orgAnswers?: OrgAnswersSection;
  /** Topics with a dislike in the last 30 days, most disliked first. */
  dislikes: { total: PeriodCounts; byTopic: Array<{ topic: string; counts: PeriodCounts }> };
  /** Tickets opened in each window, by their status now and by topic ('' when none was recognized). */
  tickets: { total: PeriodCounts; byStatus: Record<TicketStatus, PeriodCounts>; byTopic: Array<{ topic: string; counts: PeriodCounts }> };
  /** Medians in milliseconds over the tickets opened in each window that had one; undefined when none had. */
  firstReplyMs: Record<ReportPeriod, number | undefined>;
  resolutionMs: Record<ReportPeriod, number | undefined>;
}

/** Lowercase, one space between words, no mention, no trailing punctuation. */
export function normalizeQuestion(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s?!.…]+$/u, '')
    .slice(0, MAX_QUESTION_TEXT);
}

/** The median of the values (the mean of the two middle ones for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The helpdesk's first move on a ticket: taking it, answering it, or settling it. */
const FIRST_REPLY_KINDS: ReadonlySet<TicketEventKind> = new Set<TicketEventKind>(['assigned', 'reply', 'answerSent', 'resolved', 'closed']);

function firstAt(ticket: TicketFact, kinds: ReadonlySet<TicketEventKind>): number | undefined {
  const times = ticket.history.filter((e) => kinds.has(e.kind)).map((e) => Date.parse(e.at)).filter((n) => Number.isFinite(n));
  return times.length ? Math.min(...times) : undefined;
}

function zero(): PeriodCounts {
  return { 7: 0, 30: 0 };
}

/** The start of each window before `now`, as ISO text (what the store counts from). */
export function windowStarts(now: Date): Record<ReportPeriod, string> {
  return { 7: new Date(now.getTime() - 7 * DAY_MS).toISOString(), 30: new Date(now.getTime() - 30 * DAY_MS).toISOString() };
}

/** The windows `at` falls in (at or after the window's start, not after `now`). */
function windowsOf(at: string, now: number): ReportPeriod[] {
  const t = Date.parse(at);
  if (!Number.isFinite(t) || t > now) return [];
  return REPORT_PERIODS.filter((days) => t >= now - days * DAY_MS);
}

function ranked(map: Map<string, PeriodCounts>): Array<{ topic: string; counts: PeriodCounts }> {
  return [...map.entries()]
    .map(([topic, counts]) => ({ topic, counts }))
    .sort((a, b) => b.counts[30] - a.counts[30] || b.counts[7] - a.counts[7] || a.topic.localeCompare(b.topic));
}

/** Counts what happened in the last 7 and 30 days before `now`. Facts outside both windows are ignored. */
export function buildReport(input: {
  tenantId: string;
  now: Date;
  unanswered: UnansweredSummary;
  feedback: readonly FeedbackFact[];
  tickets: readonly TicketFact[];
}): HelpdeskReport {
  const now = input.now.getTime();

  const dislikeTotal = zero();
  const dislikes = new Map<string, PeriodCounts>();
  for (const f of input.feedback) {
    if (f.reaction !== 'dislike') continue;
    const windows = windowsOf(f.at, now);
    if (windows.length === 0) continue;
    const counts = dislikes.get(f.topic) ?? zero();
    for (const w of windows) {
      counts[w] += 1;
      dislikeTotal[w] += 1;
    }
    dislikes.set(f.topic, counts);
  }

  const ticketTotal = zero();
  const byStatus = Object.fromEntries(TICKET_STATUSES.map((s) => [s, zero()])) as Record<TicketStatus, PeriodCounts>;
  const byTopic = new Map<string, PeriodCounts>();
  const firstReply: Record<ReportPeriod, number[]> = { 7: [], 30: [] };
  const resolution: Record<ReportPeriod, number[]> = { 7: [], 30: [] };
  for (const ticket of input.tickets) {
    const windows = windowsOf(ticket.createdAt, now);
    if (windows.length === 0) continue;
    const created = Date.parse(ticket.createdAt);
    const replied = firstAt(ticket, FIRST_REPLY_KINDS);
    const resolved = firstAt(ticket, new Set<TicketEventKind>(['resolved', 'closed']));
    const topicCounts = byTopic.get(ticket.topic ?? '') ?? zero();
    for (const w of windows) {
      ticketTotal[w] += 1;
      byStatus[ticket.status][w] += 1;
      topicCounts[w] += 1;
      if (replied !== undefined && replied <= now) firstReply[w].push(Math.max(0, replied - created));
      if (resolved !== undefined && resolved <= now) resolution[w].push(Math.max(0, resolved - created));
    }
    byTopic.set(ticket.topic ?? '', topicCounts);
  }

  return {
    tenantId: input.tenantId,
    generatedAt: input.now.toISOString(),
    unanswered: input.unanswered,
    dislikes: { total: dislikeTotal, byTopic: ranked(dislikes) },
    tickets: { total: ticketTotal, byStatus, byTopic: ranked(byTopic) },
    firstReplyMs: { 7: median(firstReply[7]), 30: median(firstReply[30]) },
    resolutionMs: { 7: median(resolution[7]), 30: median(resolution[30]) },
  };
}

/**
 * The organization's answers in the report: how often each was served in each window (`uses`), and the
 * likes and dislikes given on its messages (feedback topics `org:<id>`) in the last 30 days. `questions`
 * names the answers that still exist.
 */
export function orgAnswersSection(
  now: Date,
  uses: ReadonlyArray<{ answerId: string; at: string }>,
  feedback: readonly FeedbackFact[],
  questions: ReadonlyMap<string, string>,
): OrgAnswersSection {
  const at = now.getTime();
  const total = zero();
  const rows = new Map<string, { id: string; question?: string; used: PeriodCounts; likes: number; dislikes: number }>();
  const row = (id: string) => {
    let r = rows.get(id);
    if (!r) {
      const question = questions.get(id);
      r = { id, ...(question !== undefined ? { question } : {}), used: zero(), likes: 0, dislikes: 0 };
      rows.set(id, r);
    }
    return r;
  };
  for (const use of uses) {
    const windows = windowsOf(use.at, at);
    if (windows.length === 0) continue;
    const r = row(use.answerId);
    for (const w of windows) {
      r.used[w] += 1;
      total[w] += 1;
    }
  }
  for (const f of feedback) {
    if (!f.topic.startsWith('org:') || windowsOf(f.at, at).length === 0) continue;
    const r = row(f.topic.slice(4));
    if (f.reaction === 'like') r.likes += 1;
    else r.dislikes += 1;
  }
  const byAnswer = [...rows.values()].sort((a, b) => b.used[30] - a.used[30] || b.dislikes - a.dislikes || a.id.localeCompare(b.id));
  return { total, byAnswer };
}

/** `report` or `report csv` (ru `отчёт`, fr `rapport`), as a whole message. */
export type ReportCommand = { kind: 'report'; csv: boolean };

export function parseReportCommand(raw: string): ReportCommand | undefined {
  const text = raw.replace(/<at>[^<]*<\/at>/g, ' ').replace(/\s+/g, ' ').trim();
  const m = /^(report|отч[её]т|rapport)(\s+csv)?[.!]?$/i.exec(text);
  return m ? { kind: 'report', csv: Boolean(m[2]) } : undefined;
}
