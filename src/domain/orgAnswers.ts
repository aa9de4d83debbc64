/**
 * The organization's own answers: question and answer pairs its helpdesk saves (from a ticket, from the
 * report, or typed), served to the next person of the organization who asks the same need. Plain data and
 * rules: the store keeps them, src/nlu/orgAnswerMatch.ts finds them, the handlers show them.
 */
import type { Actor } from './records';
import type { Locale } from './types';

/** The longest question and phrasing kept. */
export const MAX_ORG_QUESTION = 300;
/** The longest answer kept (a card, not a manual). */
export const MAX_ORG_ANSWER = 2000;
/** Extra phrasings one answer may have. */
export const MAX_ORG_PHRASINGS = 10;
/** Answers an organization may keep (each is read on every question the article does not settle). */
export const MAX_ORG_ANSWERS = 500;
/** Default of ANSWER_REVIEW_DAYS: an answer is due for review this long after it was written or confirmed. */
export const DEFAULT_ANSWER_REVIEW_DAYS = 180;

/** Where an answer was first written. */
export type OrgAnswerOrigin = { kind: 'ticket'; number: number } | { kind: 'report' } | { kind: 'chat' };

export interface OrgAnswer {
  tenantId: string;
  id: string;
  locale: Locale;
  question: string;
  phrasings: string[];
  answer: string;
  origin: OrgAnswerOrigin;
  createdBy: Actor;
  createdAt: string;
  updatedBy: Actor;
  updatedAt: string;
  /** When the helpdesk is asked whether it is still correct (YYYY-MM-DDTHH:MM:SS.sssZ). */
  reviewDue: string;
  /** The review date a reminder was written for (one reminder per review date). */
  remindedFor?: string;
  /** Times it was served. */
  uses: number;
  version: number;
}

/** What the form sends, checked. */
export interface OrgAnswerDraft {
  locale: Locale;
  question: string;
  phrasings: string[];
  answer: string;
}

/** One change of an answer, kept for the helpdesk's history: who, when, before and after. */
export interface OrgAnswerChange {
  answerId: string;
  at: string;
  actor: Actor;
  action: 'created' | 'edited' | 'deleted' | 'confirmed';
  before?: OrgAnswerDraft;
  after?: OrgAnswerDraft;
}

/** How the `answers` list is ordered. */
export type OrgAnswerOrder = 'newest' | 'mostUsed' | 'leastHelpful';

/** An answer with what people made of it (feedback within the retention period). */
export interface OrgAnswerStats {
  answer: OrgAnswer;
  likes: number;
  dislikes: number;
}

function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').trim();
}

/** Phrasings as the form sends them: one per line, blanks and repeats of the question dropped. */
export function phrasingsOf(raw: string, question: string): string[] {
  const seen = new Set([question.toLowerCase()]);
  const out: string[] = [];
  for (const line of raw.split(/\n|;/)) {
    const p = clean(line).slice(0, MAX_ORG_QUESTION);
    if (!p || seen.has(p.toLowerCase())) continue;
    seen.add(p.toLowerCase());
    out.push(p);
  }
  return out.slice(0, MAX_ORG_PHRASINGS);
}

export type DraftProblem = 'emptyQuestion' | 'emptyAnswer' | 'tooLong';

/** The form's fields read as a draft, or what is wrong with them. */
export function readDraft(fields: { question: unknown; answer: unknown; phrasings: unknown; locale: Locale }): OrgAnswerDraft | DraftProblem {
  const question = typeof fields.question === 'string' ? clean(fields.question) : '';
  const answer = typeof fields.answer === 'string' ? fields.answer.replace(/\r\n?/g, '\n').trim() : '';
  if (!question) return 'emptyQuestion';
  if (!answer) return 'emptyAnswer';
  if (question.length > MAX_ORG_QUESTION || answer.length > MAX_ORG_ANSWER) return 'tooLong';
  const phrasings = typeof fields.phrasings === 'string' ? phrasingsOf(fields.phrasings, question) : [];
  return { locale: fields.locale, question, answer, phrasings };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The review date of an answer written or confirmed at `at`. */
export function reviewDueFrom(at: Date, reviewDays: number): string {
  return new Date(at.getTime() + reviewDays * DAY_MS).toISOString();
}

/** `add answer` and `answers` (with an order), in en / ru / fr, as a whole message. */
export type OrgAnswerCommand = { kind: 'add' } | { kind: 'list'; order: OrgAnswerOrder };

export function parseOrgAnswerCommand(raw: string): OrgAnswerCommand | undefined {
  const text = raw
    .replace(/<at>[^<]*<\/at>/g, ' ')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!]$/, '');
  if (/^(add (an )?answer|new answer|добавить ответ|новый ответ|ajouter une r[ée]ponse|nouvelle r[ée]ponse)$/.test(text)) return { kind: 'add' };
  const list = /^(answers|our answers|ответы|наши ответы|r[ée]ponses|nos r[ée]ponses)(?: (.+))?$/.exec(text);
  if (!list) return undefined;
  const rest = list[2] ?? '';
  if (!rest || /^(newest|new|latest|новые|последние|r[ée]centes|nouvelles)$/.test(rest)) return { kind: 'list', order: 'newest' };
  if (/^(most used|popular|used|популярные|частые|самые используемые|les plus utilis[ée]es|utilis[ée]es)$/.test(rest)) return { kind: 'list', order: 'mostUsed' };
  if (/^(least helpful|disliked|unhelpful|неудачные|бесполезные|наименее полезные|les moins utiles|peu utiles)$/.test(rest)) return { kind: 'list', order: 'leastHelpful' };
  return undefined;
}

/** Orders answers for the list: newest written, most served, or most disliked (then least liked). */
export function orderAnswers(items: readonly OrgAnswerStats[], order: OrgAnswerOrder): OrgAnswerStats[] {
  const sorted = [...items];
  if (order === 'newest') sorted.sort((a, b) => b.answer.updatedAt.localeCompare(a.answer.updatedAt));
  if (order === 'mostUsed') sorted.sort((a, b) => b.answer.uses - a.answer.uses || b.answer.updatedAt.localeCompare(a.answer.updatedAt));
  if (order === 'leastHelpful') sorted.sort((a, b) => b.dislikes - a.dislikes || a.likes - b.likes || b.answer.uses - a.answer.uses);
  return sorted;
}

/** The feedback topic of an organization answer's message (sent answers and their feedback carry it). */
export function orgAnswerTopic(id: string): string {
  return `org:${id}`;
}

/** The answer id of a feedback topic, when it is an organization answer's. */
export function orgAnswerIdOf(topic: string): string | undefined {
  return topic.startsWith('org:') ? topic.slice(4) : undefined;
}
