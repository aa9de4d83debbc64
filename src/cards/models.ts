import type { AnswerAction, FollowUp, Link } from '../answers/answerModel';
import type { ActivationCardData, IdsCardData, IdsEditCardData, NoticeCardData } from './activationCards';
import type { ReportCardData } from './reportCards';
import type { OrgAnswerCardData, OrgAnswerFormCardData, OrgAnswerListCardData } from './orgAnswerCards';
import type { EscalationCardData, QueueCardData, TicketCardData, TicketReplyCardData } from './ticketCards';

/** The templates in cards/, one per name. */
export const CARD_NAMES = [
  'answer',
  'entitlementTable',
  'choice',
  'help',
  'welcome',
  'activation',
  'ids',
  'idsEdit',
  'notice',
  'ticket',
  'queue',
  'escalation',
  'ticketReply',
  'report',
  'orgAnswerForm',
  'orgAnswer',
  'orgAnswerList',
] as const;
export type CardName = (typeof CARD_NAMES)[number];

/**
 * A question button: the card sends `{verb: 'ask', query}` and the bot recognizes `query` like typed
 * text. A plain Action.Submit works in every client; imBack does not work in the Agents Playground.
 */
export type QuestionButton = FollowUp;

export interface AnswerCardData {
  title: string;
  summary: string;
  paragraphs: string[];
  /** A Markdown bullet list ("- a\r- b"), or '' for none. */
  bullets: string;
  stepsLabel: string;
  /** Numbered steps; the number is a string so the template only binds it. */
  steps: { number: string; text: string }[];
  /** An on-screen message quoted exactly, shown in an emphasis container. */
  quote?: { label: string; text: string };
  links: Link[];
  followUpsLabel: string;
  followUps: QuestionButton[];
  /** A troubleshooter's question, above `actions`. */
  question?: string;
  /** Buttons that send their data back ({verb, ...}): a troubleshooter's answers, "Ask the helpdesk". */
  actions: AnswerAction[];
  /** Markdown footnote: article title linked to its section, and the date. */
  source: string;
}

export interface EntitlementTableCardData {
  title: string;
  summary: string;
  corner: string;
  columns: { label: string }[];
  rows: { label: string; note: string; cells: { text: string; highlighted: boolean }[] }[];
  highlightLabel: string;
  footnotes: string[];
  followUpsLabel: string;
  followUps: QuestionButton[];
  source: string;
}

/**
 * What a choice button sends back. Teams delivers it as `activity.value` (Action.Submit, no text);
 * `verb` says what the click means, the rest is the verb's payload. Untrusted when it comes back.
 */
export interface ChoiceButtonData {
  verb: string;
  [key: string]: unknown;
}

export interface ChoiceCardData {
  prompt: string;
  /** A Markdown bullet list shown under the prompt, or '' for none. */
  items: string;
  /** What the person chose ("Your answer: Silver") once the question is answered, or '' while it is open. */
  answer: string;
  choices: { title: string; data: ChoiceButtonData }[];
}

export interface HelpCardData {
  /** A sentence shown above the help (e.g. "I am not sure I understood"). */
  lead?: string;
  title: string;
  intro: string;
  /** Markdown bullet list of what the bot can answer. */
  topics: string;
  examplesLabel: string;
  examples: QuestionButton[];
  anytime: string;
}

export interface WelcomeCardData {
  greeting: string;
  intro: string;
  examplesLabel: string;
  examples: QuestionButton[];
  anytime: string;
}

export interface CardDataByName {
  answer: AnswerCardData;
  entitlementTable: EntitlementTableCardData;
  choice: ChoiceCardData;
  help: HelpCardData;
  welcome: WelcomeCardData;
  activation: ActivationCardData;
  ids: IdsCardData;
  idsEdit: IdsEditCardData;
  notice: NoticeCardData;
  ticket: TicketCardData;
  queue: QueueCardData;
  escalation: EscalationCardData;
  ticketReply: TicketReplyCardData;
  report: ReportCardData;
  orgAnswerForm: OrgAnswerFormCardData;
  orgAnswer: OrgAnswerCardData;
  orgAnswerList: OrgAnswerListCardData;
}
