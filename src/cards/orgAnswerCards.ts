/** Typed data for the organization's answers: the form, the answer as served, the list. Every string localized. */
import { plainText } from '../domain/plainText';
import { TIER_NAMES } from '../domain/catalog';
import { orderAnswers, type OrgAnswer, type OrgAnswerOrder, type OrgAnswerStats } from '../domain/orgAnswers';
import { LOCALES, type Locale } from '../domain/types';
import { t, type StringKey } from '../i18n/strings';
import { articleCounts, type FigureConflict } from '../nlu/articleFigures';

export interface CardButtonData {
  title: string;
  data: { verb: string; [key: string]: unknown };
}

export interface OrgAnswerFormCardData {
  /** The language of the card's labels. */
  locale: Locale;
  title: string;
  intro: string;
  error: string;
  question: string;
  answer: string;
  /** One per line. */
  phrasings: string;
  answerLocale: string;
  languages: { title: string; value: string }[];
  labels: Record<'question' | 'answer' | 'phrasings' | 'language' | 'required' | 'save', string>;
  /** The form's key (a repeated save keeps one answer), the answer edited and its version, where it came from. */
  draft: string;
  id: string;
  version: string;
  origin: string;
  ticket: string;
}

export interface OrgAnswerCardData {
  /** What clients without cards show. */
  fallback: string;
  label: string;
  question: string;
  notice: string;
  paragraphs: string[];
  attribution: string;
  actions: CardButtonData[];
}

export interface OrgAnswerListCardData {
  title: string;
  empty: string;
  rows: { question: string; line: string; excerpt: string; actions: CardButtonData[] }[];
  more: string;
  orders: { title: string; query: string }[];
}

/** What the form starts with. */
export interface OrgAnswerFormValues {
  draft: string;
  question: string;
  answer: string;
  phrasings: readonly string[];
  answerLocale: Locale;
  origin: 'ticket' | 'report' | 'chat';
  ticket?: number;
  /** When editing. */
  edit?: { id: string; version: number };
}

export const ORG_ANSWER_VERBS = {
  /** Opens the form: from a ticket ({ number }), from the report ({ question }) or empty. */
  open: 'orgAnswer.open',
  save: 'orgAnswer.save',
  edit: 'orgAnswer.edit',
  remove: 'orgAnswer.delete',
  keep: 'orgAnswer.keep',
} as const;

export function languageName(locale: Locale, of: Locale): string {
  return t(locale, `orgAnswer.lang.${of}` as StringKey);
}

export function orgAnswerFormData(locale: Locale, values: OrgAnswerFormValues, error = ''): OrgAnswerFormCardData {
  return {
    locale,
    title: t(locale, values.edit ? 'orgAnswer.form.titleEdit' : 'orgAnswer.form.titleNew'),
    intro: t(locale, 'orgAnswer.form.intro'),
    error,
    // Inputs show text as typed (no markdown), so the values go back unchanged.
    question: values.question,
    answer: values.answer,
    phrasings: values.phrasings.join('\n'),
    answerLocale: values.answerLocale,
    languages: LOCALES.map((l) => ({ title: languageName(locale, l), value: l })),
    labels: {
      question: t(locale, 'orgAnswer.form.question'),
      answer: t(locale, 'orgAnswer.form.answer'),
      phrasings: t(locale, 'orgAnswer.form.phrasings'),
      language: t(locale, 'orgAnswer.form.language'),
      required: t(locale, 'orgAnswer.form.required'),
      save: t(locale, 'orgAnswer.form.save'),
    },
    draft: values.draft,
    id: values.edit?.id ?? '',
    version: values.edit ? String(values.edit.version) : '',
    origin: values.origin,
    ticket: values.ticket ? String(values.ticket) : '',
  };
}

/** The article's figures for a tier, to show next to the count an answer got wrong. */
export function figureRefusal(locale: Locale, conflict: FigureConflict): string {
  const tier = TIER_NAMES[conflict.tier];
  const onPremises = articleCounts(conflict.tier, 'onPremises').join(', ');
  const other = articleCounts(conflict.tier, 'cloud');
  const cloud = other.length ? t(locale, 'orgAnswer.figures.cloudByCompetency', { other: other.join(', ') }) : t(locale, 'orgAnswer.figures.noCloud');
  const figures = t(locale, 'orgAnswer.figures', { onPremises, cloud });
  return t(locale, 'orgAnswer.error.figure', { stated: conflict.stated, tier, figures });
}

function nameOf(a: { name?: string; userId: string }): string {
  return plainText(a.name?.trim() || a.userId);
}

function dateText(iso: string): string {
  return iso.slice(0, 10);
}

export function attributionText(locale: Locale, a: OrgAnswer): string {
  const edited = a.version > 1 && a.updatedAt !== a.createdAt;
  return edited
    ? t(locale, 'orgAnswer.served.byEdited', { name: nameOf(a.createdBy), date: dateText(a.createdAt), editor: nameOf(a.updatedBy), edited: dateText(a.updatedAt) })
    : t(locale, 'orgAnswer.served.by', { name: nameOf(a.createdBy), date: dateText(a.createdAt) });
}

/** The answer's paragraphs as plain text: what the helpdesk typed reaches people with its links defanged. */
function paragraphsOf(answer: string): string[] {
  return answer
    .split(/\n\s*\n|\n/)
    .map((p) => plainText(p.trim()))
    .filter(Boolean);
}

/**
 * The answer as a member reads it: `adds` under an article answer ("Your helpdesk adds"), else on its own,
 * with "Ask the helpdesk" carrying the person's own question.
 */
export function orgAnswerCardData(locale: Locale, a: OrgAnswer, view: { kind: 'served'; asked: string } | { kind: 'adds' } | { kind: 'manage'; notice: string }): OrgAnswerCardData {
  const manage = view.kind === 'manage';
  const label = t(locale, view.kind === 'adds' ? 'orgAnswer.served.adds' : 'orgAnswer.served.label');
  return {
    fallback: `${label}: ${plainText(a.question)}`,
    label,
    question: plainText(a.question),
    notice: manage ? view.notice : '',
    paragraphs: paragraphsOf(a.answer),
    attribution: attributionText(locale, a),
    actions:
      view.kind === 'served'
        ? [{ title: t(locale, 'helpdesk.escalate.title'), data: { verb: 'helpdesk.ask', query: view.asked, locale } }]
        : manage
          ? manageButtons(locale, a)
          : [],
  };
}

function manageButtons(locale: Locale, a: OrgAnswer): CardButtonData[] {
  return [
    { title: t(locale, 'orgAnswer.action.edit'), data: { verb: ORG_ANSWER_VERBS.edit, id: a.id, locale } },
    { title: t(locale, 'orgAnswer.action.delete'), data: { verb: ORG_ANSWER_VERBS.remove, id: a.id, locale } },
  ];
}

/** Answers the list card shows. */
export const LIST_PAGE = 15;

const ORDERS: OrgAnswerOrder[] = ['newest', 'mostUsed', 'leastHelpful'];

export function orgAnswerListData(locale: Locale, items: readonly OrgAnswerStats[], order: OrgAnswerOrder): OrgAnswerListCardData {
  const sorted = orderAnswers(items, order);
  const shown = sorted.slice(0, LIST_PAGE);
  return {
    title: t(locale, 'orgAnswer.list.title', { order: t(locale, `orgAnswer.order.${order}` as StringKey) }),
    empty: t(locale, 'orgAnswer.list.empty'),
    rows: shown.map(({ answer: a, likes, dislikes }) => ({
      question: plainText(a.question),
      line: t(locale, 'orgAnswer.list.line', { language: languageName(locale, a.locale), uses: a.uses, likes, dislikes, date: dateText(a.reviewDue) }),
      excerpt: plainText(a.answer.replace(/\s+/g, ' ').slice(0, 200)),
      actions: manageButtons(locale, a),
    })),
    more: sorted.length > shown.length ? t(locale, 'orgAnswer.list.more', { shown: shown.length, total: sorted.length }) : '',
    orders: ORDERS.filter((o) => o !== order).map((o) => ({ title: t(locale, `orgAnswer.order.${o}` as StringKey), query: t(locale, `orgAnswer.query.${o}` as StringKey) })),
  };
}

/** The review reminder in the helpdesk channel: Still correct, Edit, Delete. */
export function reviewNoticeData(locale: Locale, a: OrgAnswer) {
  return {
    title: t(locale, 'orgAnswer.review.title'),
    style: 'attention' as const,
    lines: [t(locale, 'orgAnswer.review.text', { question: plainText(a.question), date: dateText(a.updatedAt) }), ...paragraphsOf(a.answer).slice(0, 3)],
    facts: [],
    buttons: [
      { title: t(locale, 'orgAnswer.action.keep'), data: { verb: ORG_ANSWER_VERBS.keep, id: a.id, locale } },
      ...manageButtons(locale, a),
    ],
  };
}

