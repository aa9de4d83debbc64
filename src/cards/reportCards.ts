import { REPORT_PERIODS, type HelpdeskReport, type PeriodCounts, type ReportPeriod } from '../domain/helpdeskReport';
import { TICKET_STATUSES } from '../domain/tickets';
import type { Locale } from '../domain/types';
import { t, type StringKey } from '../i18n/strings';
import { statusText, timeText, topicText } from './ticketCards';
import { plainText } from '../domain/plainText';
import { detectLanguage } from '../nlu/language';

/** Questions shown on the card (the CSV has every one the report kept). */
export const CARD_QUESTIONS = 5;

export interface ReportRow {
  label: string;
  week: string;
  month: string;
}

export interface ReportCardData {
  title: string;
  generated: string;
  columns: ReportRow;
  sections: Array<{ heading: string; rows: ReportRow[] }>;
  /** "Answer this" for each question on the card: the answer form with the question in it. */
  answerThis: { heading: string; buttons: Array<{ title: string; data: Record<string, unknown> }> };
  note: string;
}

/** The start of a question, for a button's title. */
function shortText(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

const MINUTE = 60 * 1000;

/** A median as people read it ("1 h 5 min"); "—" when there was nothing to measure. */
export function durationText(locale: Locale, ms: number | undefined): string {
  if (ms === undefined) return t(locale, 'report.none');
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 1) return t(locale, 'report.duration.underMinute');
  if (minutes < 60) return t(locale, 'report.duration.minutes', { m: minutes });
  if (minutes < 24 * 60) return t(locale, 'report.duration.hours', { h: Math.floor(minutes / 60), m: minutes % 60 });
  const hours = Math.round(minutes / 60);
  return t(locale, 'report.duration.days', { d: Math.floor(hours / 24), h: hours % 24 });
}

function row(label: string, counts: PeriodCounts): ReportRow {
  const [week, month] = REPORT_PERIODS.map((p: ReportPeriod) => String(counts[p]));
  return { label, week, month };
}

/** Answers that are not one of the article's topics have a name of their own here. */
const OTHER_TOPICS: Readonly<Record<string, StringKey>> = {
  notInArticle: 'report.topic.notInArticle',
  actionPackCloud: 'report.topic.actionPackCloud',
};

function topicLabel(locale: Locale, topic: string, report?: HelpdeskReport): string {
  if (!topic) return t(locale, 'report.topic.none');
  if (topic.startsWith('org:')) {
    const question = report?.orgAnswers?.byAnswer.find((a) => a.id === topic.slice(4))?.question;
    return question !== undefined ? t(locale, 'orgAnswer.report.topic', { question: plainText(question) }) : t(locale, 'orgAnswer.report.deleted');
  }
  return Object.prototype.hasOwnProperty.call(OTHER_TOPICS, topic) ? t(locale, OTHER_TOPICS[topic]) : topicText(locale, topic);
}

/** The report card: every figure for the last 7 and the last 30 days side by side. */
export function reportCardData(locale: Locale, report: HelpdeskReport): ReportCardData {
  const total = t(locale, 'report.row.total');
  return {
    title: t(locale, 'report.title'),
    generated: t(locale, 'report.generated', { time: timeText(report.generatedAt) }),
    columns: { label: t(locale, 'report.column.item'), week: t(locale, 'report.column.week'), month: t(locale, 'report.column.month') },
    sections: [
      {
        heading: t(locale, 'report.section.unanswered'),
        rows: [
          row(total, report.unanswered.total),
          ...report.unanswered.top.slice(0, CARD_QUESTIONS).map((q) => row(t(locale, 'report.row.question', { text: q.example }), q.counts)),
        ],
      },
      ...(report.orgAnswers
        ? [
            {
              heading: t(locale, 'orgAnswer.report.section'),
              rows: [
                row(total, report.orgAnswers.total),
                ...report.orgAnswers.byAnswer.map((a) =>
                  row(
                    a.question !== undefined
                      ? t(locale, 'orgAnswer.report.row', { question: plainText(a.question), likes: a.likes, dislikes: a.dislikes })
                      : t(locale, 'orgAnswer.report.deleted'),
                    a.used,
                  ),
                ),
              ],
            },
          ]
        : []),
      {
        heading: t(locale, 'report.section.dislikes'),
        rows: [row(total, report.dislikes.total), ...report.dislikes.byTopic.map((d) => row(topicLabel(locale, d.topic, report), d.counts))],
      },
      {
        heading: t(locale, 'report.section.ticketsByStatus'),
        rows: [row(total, report.tickets.total), ...TICKET_STATUSES.map((s) => row(statusText(locale, s), report.tickets.byStatus[s]))],
      },
      {
        heading: t(locale, 'report.section.ticketsByTopic'),
        rows: report.tickets.byTopic.length
          ? report.tickets.byTopic.map((x) => row(topicLabel(locale, x.topic), x.counts))
          : [row(total, report.tickets.total)],
      },
      {
        heading: t(locale, 'report.section.times'),
        rows: [
          { label: t(locale, 'report.row.firstReply'), week: durationText(locale, report.firstReplyMs[7]), month: durationText(locale, report.firstReplyMs[30]) },
          { label: t(locale, 'report.row.resolution'), week: durationText(locale, report.resolutionMs[7]), month: durationText(locale, report.resolutionMs[30]) },
        ],
      },
    ],
    answerThis: {
      heading: t(locale, 'orgAnswer.report.answerThis'),
      buttons: report.unanswered.top.slice(0, CARD_QUESTIONS).map((q) => ({
        title: t(locale, 'orgAnswer.action.answerThis', { text: shortText(q.example) }),
        data: { verb: 'orgAnswer.open', question: q.example, questionLocale: detectLanguage(q.example) ?? locale, locale },
      })),
    },
    note: t(locale, 'report.note'),
  };
}
