import { ActivityTypes } from '../bot/protocol';
import type { Callers } from '../bot/callers';
import type { AssistantTurn } from '../bot/turn';
import type { CardRenderer } from '../cards';
import { reportCardData } from '../cards/reportCards';
import {
  buildReport,
  MAX_QUESTION_TEXT,
  normalizeQuestion,
  orgAnswersSection,
  parseReportCommand,
  REPORT_PERIODS,
  TOP_QUESTIONS,
  windowStarts,
  type HelpdeskReport,
  type ReportCommand,
  type UnansweredSummary,
} from '../domain/helpdeskReport';
import type { OrgAnswer } from '../domain/orgAnswers';
import { detectLanguage } from '../nlu';
import { matchOrganizationAnswer } from '../nlu/orgAnswerMatch';
import { canHandleTickets, personKeyOf } from '../domain/tickets';
import type { ReportLinks } from '../http/reportDownloads';
import type { Logger } from '../logger';
import type { Store } from '../store/repositories';
import { auditRefusal, isOutsider, refusalText } from './refusal';
import { inPrivateOrHelpdeskChannel } from './helpdeskPlaces';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface HelpdeskReportDeps {
  store: Store;
  callers: Callers;
  cards: CardRenderer;
  logger: Logger;
  links: ReportLinks;
  now: () => Date;
}


/** The message text without mentions, as the person typed it, cut to what is kept. */
function questionText(turn: AssistantTurn): string {
  return (turn.context.activity.text ?? turn.text).replace(/<at>[^<]*<\/at>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION_TEXT);
}

/**
 * `report` and `report csv` for the helpdesk and the admins, and the record of questions the bot could not
 * answer that the report counts. The questions are personal data: kept for their tenant only, never logged,
 * shown only in a personal chat or the tenant's helpdesk channel.
 */
export class HelpdeskReports {
  constructor(private readonly deps: HelpdeskReportDeps) {}

  command = async (turn: AssistantTurn, command: ReportCommand): Promise<void> => {
    const caller = await this.deps.callers.resolve(turn);
    if (!caller) return;
    if (!canHandleTickets(caller)) {
      await auditRefusal(this.deps, caller, command.csv ? 'report.csv' : 'report.view');
      return void (await turn.context.sendActivity(isOutsider(caller) ? refusalText(turn, caller) : turn.t('report.refused')));
    }
    if (!(await inPrivateOrHelpdeskChannel(turn, this.deps.store, caller.tenantId))) return void (await turn.context.sendActivity(turn.t('report.personalOnly')));
    const report = await this.build(caller.tenantId);
    this.deps.logger.info('helpdesk report', { tenantId: caller.tenantId, csv: command.csv });
    if (command.csv) {
      const { url } = await this.deps.links.publish(report);
      return void (await turn.context.sendActivity(turn.t('report.csv.link', { url, minutes: this.deps.links.ttlMinutes })));
    }
    const data = reportCardData(turn.locale, report);
    await turn.context.sendActivity({ type: ActivityTypes.Message, attachments: [this.deps.cards.render('report', data)], summary: data.title });
  };

  /** The report for the last 30 days (and the 7 within them) up to now. */
  async build(tenantId: string): Promise<HelpdeskReport> {
    const now = this.deps.now();
    const since = new Date(now.getTime() - Math.max(...REPORT_PERIODS) * DAY_MS).toISOString();
    const { reports } = this.deps.store;
    const [unanswered, feedback, tickets, answers, uses] = await Promise.all([
      reports.unansweredSummary(tenantId, windowStarts(now), now.toISOString(), TOP_QUESTIONS),
      reports.feedbackSince(tenantId, since),
      reports.ticketsSince(tenantId, since),
      this.deps.store.orgAnswers.list(tenantId),
      this.deps.store.orgAnswers.usesSince(tenantId, since),
    ]);
    const report = buildReport({ tenantId, now, unanswered: withoutAnswered(unanswered, answers), feedback, tickets });
    const questions = new Map(answers.map((a) => [a.id, a.question]));
    return { ...report, orgAnswers: orgAnswersSection(now, uses, feedback, questions) };
  }


  /**
   * Records a question the bot could not answer (after its answer was sent), for a member of the conversation's
   * organization. A failure is logged, without the text, and the turn goes on: the person already has their answer.
   */
  async unanswered(turn: AssistantTurn, topic?: string): Promise<void> {
    if (turn.submit || !turn.tenantId) return;
    const text = questionText(turn);
    const normalized = normalizeQuestion(text);
    if (!normalized) return;
    // Only what Teams confirms a member of this organization asked: nobody else fills its report.
    if (!(await this.deps.callers.isVerifiedMember(turn))) return;
    await this.deps.store.reports
      .recordUnanswered(turn.tenantId, { locale: turn.locale, text, normalized, ...(topic ? { topic } : {}) }, personKeyOf(turn.user))
      .catch((err: unknown) => this.deps.logger.error('could not record an unanswered question', { err, tenantId: turn.tenantId, topic }));
  }
}

/**
 * The unanswered questions without those one of the organization's answers now matches (in the language the
 * question is written in): the helpdesk has answered them. Their counts leave the totals too.
 */
export function withoutAnswered(summary: UnansweredSummary, answers: readonly OrgAnswer[]): UnansweredSummary {
  if (answers.length === 0) return summary;
  const answered = summary.top.filter((q) => {
    const lang = detectLanguage(q.example);
    return (lang ? [lang] : (['en', 'ru', 'fr'] as const)).some((l) => matchOrganizationAnswer(q.example, l, answers));
  });
  if (answered.length === 0) return summary;
  const total = { ...summary.total };
  for (const q of answered) for (const p of REPORT_PERIODS) total[p] = Math.max(0, total[p] - q.counts[p]);
  return { total, top: summary.top.filter((q) => !answered.includes(q)) };
}

/** The typed command, read once by the router. */
export function reportCommandOf(turn: AssistantTurn): ReportCommand | undefined {
  return turn.submit ? undefined : parseReportCommand(turn.context.activity.text ?? '');
}
