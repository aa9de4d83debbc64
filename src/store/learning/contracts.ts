/** Persistence contracts of what the helpdesk learns: answers sent and the feedback on them. */
import type { AnsweredTopic, Reaction } from '../../domain/feedback';
import type { MicrosoftCase, NewMicrosoftCase } from '../../domain/incidentLedger';
import type { Actor } from '../../domain/records';
import type { OrgAnswer, OrgAnswerChange, OrgAnswerDraft, OrgAnswerOrigin } from '../../domain/orgAnswers';
import type { FeedbackFact, HelpdeskReport, ReportPeriod, TicketFact, UnansweredQuestion, UnansweredSummary } from '../../domain/helpdeskReport';

export interface SentAnswerKey {
  conversationId: string;
  /** The answer message's activity id (Teams sends it back as the feedback invoke's replyToId). */
  activityId: string;
}

export interface AnswerFeedbackRecord extends SentAnswerKey, AnsweredTopic {
  tenantId: string;
  /** Entra object id of who gave it (else their channel user id). */
  personKey: string;
  reaction: Reaction;
  comment?: string;
  at: string;
}

export interface FeedbackRepository {
  /** Remembers which topic and language an answer sent in this tenant's conversation was. */
  recordAnswer(tenantId: string, key: SentAnswerKey, answered: AnsweredTopic): Promise<void>;
  /** The answer as recorded for this tenant; undefined for another tenant's or an unknown message. */
  answerOf(tenantId: string, key: SentAnswerKey): Promise<AnsweredTopic | undefined>;
  /**
   * Stores one person's feedback on an answer of this tenant, with the answer's topic and language; a later
   * click of the same person on the same answer replaces theirs. False (nothing stored) when the answer is
   * not one of this tenant's.
   */
  add(tenantId: string, key: SentAnswerKey, personKey: string, click: { reaction: Reaction; comment?: string }): Promise<AnswerFeedbackRecord | undefined>;
  /** Newest first, at most `limit` (default 100, at most 1000). */
  list(tenantId: string, limit?: number): Promise<AnswerFeedbackRecord[]>;
}

export interface CaseRepository {
  /**
   * Records a Microsoft case once per case number (a repeat gives the first record, applied false) and
   * audits `case.recorded` (support type and ticket number, never more).
   */
  record(tenantId: string, input: NewMicrosoftCase, actor: Actor, conversationId: string): Promise<{ applied: boolean; record: MicrosoftCase }>;
  /** Every case of the tenant, oldest first. */
  list(tenantId: string): Promise<MicrosoftCase[]>;
  /** Removes a case recorded by mistake and audits `case.removed`; undefined when the tenant has no such case. */
  remove(tenantId: string, caseNumber: string, actor: Actor, conversationId: string): Promise<MicrosoftCase | undefined>;
}

/** A report kept for its CSV link: only that report, only until it expires. */
export interface StoredReport {
  id: string;
  tenantId: string;
  createdAt: string;
  expiresAt: string;
  report: HelpdeskReport;
}

/** What the helpdesk's report reads, and the questions the bot could not answer. */
export interface ReportRepository {
  /**
   * Records a question the bot could not answer, at the store's clock, for this tenant only: the same
   * normalized question the same (UTC) day adds to one row's count and becomes its latest wording. A member
   * past MAX_UNANSWERED_PER_MEMBER_PER_DAY that day records nothing (false).
   */
  recordUnanswered(tenantId: string, question: Omit<UnansweredQuestion, 'at'>, personKey: string): Promise<boolean>;
  /** This tenant's unanswered questions last asked at or after `since` (ISO), oldest first, at most `limit` (default 100). */
  unansweredSince(tenantId: string, since: string, limit?: number): Promise<Array<UnansweredQuestion & { count: number }>>;
  /**
   * Counted in the database: the questions asked in each window (from its start to `until`), and the
   * `limit` most asked in the widest window with their latest wording. Constant memory however many rows.
   */
  unansweredSummary(tenantId: string, starts: Record<ReportPeriod, string>, until: string, limit: number): Promise<UnansweredSummary>;
  /** This tenant's feedback given at or after `since`. */
  feedbackSince(tenantId: string, since: string): Promise<FeedbackFact[]>;
  /** This tenant's tickets opened at or after `since`: number, status, topic and the times of their history. */
  ticketsSince(tenantId: string, since: string): Promise<TicketFact[]>;
  /** Keeps a generated report under its random id until it expires. */
  saveReport(report: StoredReport): Promise<void>;
  /** The report under this id; undefined when unknown, or expired at the store's clock. */
  getReport(id: string): Promise<StoredReport | undefined>;
}

/** A new organization answer as the helpdesk saved it. */
export interface NewOrgAnswer extends OrgAnswerDraft {
  /** The form's key: a repeated save (Teams resends, a double click) gives the first answer. */
  draftKey: string;
  origin: OrgAnswerOrigin;
  reviewDue: string;
}

/** An answer's use: served alone or added under an article answer. */
export interface OrgAnswerUse {
  answerId: string;
  at: string;
}

/**
 * The organization's own answers. Every change is written with its history entry (who, when, before and
 * after) and an audit entry (the answer's id only) in one transaction. Retention leaves them.
 */
export interface OrgAnswerRepository {
  /**
   * Saves an answer once per draftKey (a repeat gives the first one, created false). Throws StoreInputError
   * when the tenant already keeps MAX_ORG_ANSWERS.
   */
  create(tenantId: string, input: NewOrgAnswer, actor: Actor, conversationId: string): Promise<{ created: boolean; answer: OrgAnswer }>;
  get(tenantId: string, id: string): Promise<OrgAnswer | undefined>;
  /** The tenant's answers (only those in `locale` when given), newest first. */
  list(tenantId: string, locale?: string): Promise<OrgAnswer[]>;
  /**
   * Replaces the text if the answer is still at `expectedVersion`, and sets its next review date. Undefined
   * when there is no such answer; applied false (with the current answer) when someone changed it meanwhile.
   */
  update(
    tenantId: string,
    id: string,
    draft: OrgAnswerDraft,
    expectedVersion: number,
    reviewDue: string,
    actor: Actor,
    conversationId: string,
  ): Promise<{ applied: boolean; answer: OrgAnswer } | undefined>;
  /** Deletes the answer (its history keeps what it said); undefined when there is no such answer. */
  remove(tenantId: string, id: string, actor: Actor, conversationId: string): Promise<OrgAnswer | undefined>;
  /** "Still correct": the next review date, and a history entry. */
  confirm(tenantId: string, id: string, reviewDue: string, actor: Actor, conversationId: string): Promise<OrgAnswer | undefined>;
  /** Changes of one answer (or of all the tenant's), oldest first. */
  history(tenantId: string, answerId?: string): Promise<OrgAnswerChange[]>;
  /** The answer was served: its count, and a dated use for the report. */
  recordUse(tenantId: string, answerId: string): Promise<void>;
  /** This tenant's uses at or after `since`. */
  usesSince(tenantId: string, since: string): Promise<OrgAnswerUse[]>;
  /** Likes and dislikes given on each answer's messages (kept as long as the feedback is). */
  feedbackCounts(tenantId: string): Promise<Map<string, { likes: number; dislikes: number }>>;
  /** Answers of every tenant due for review at `at` and not reminded for that review date, oldest first. */
  dueForReview(at: string, limit: number): Promise<OrgAnswer[]>;
  /** Notes the reminder for this review date; false when it was noted already (another instance). */
  markReminded(tenantId: string, id: string, reviewDue: string): Promise<boolean>;
}
