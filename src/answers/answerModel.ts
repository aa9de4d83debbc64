import {
  CloudCompetency,
  CompetencyKind,
  EntitlementSlots,
  Locale,
  SupportType,
  Tier,
  TopicIntent,
} from '../domain/types';
import type { Situation, UnknownFact } from '../domain/unknownFacts';

export interface Link {
  title: string;
  url: string;
}

/** A follow-up question offered as a button; clicking it sends `query` as if the user typed it. */
export interface FollowUp {
  title: string;
  query: string;
}

/**
 * What an answer is about: one of the article's topics, a question the article does not answer, or a
 * cloud question from an Action Pack member.
 */
export type AnswerTopic = TopicIntent | 'notInArticle' | 'actionPackCloud';

/** A card button that sends `data` back (it carries a `verb`): a troubleshooter's answers, "Ask the helpdesk". */
export interface AnswerAction {
  title: string;
  data: { verb: string; [key: string]: unknown };
}

/** What the bot says about one topic, before it becomes a card. Every string is already localized. */
export interface AnswerModel {
  topic: AnswerTopic;
  title: string;
  /** One or two plain sentences sent as the message text: notifications, screen readers, tests. */
  summary: string;
  paragraphs: string[];
  /** A short unordered list (e.g. the six cloud competencies), when the answer has one. */
  bullets?: string[];
  /** Numbered steps, when the answer is a procedure. */
  steps?: string[];
  /** An on-screen error message quoted exactly (English, as the portal shows it). */
  quote?: string;
  links: Link[];
  source: { title: string; url: string; date: string };
  followUps: FollowUp[];
  /** A question the card asks (a troubleshooter's), answered with `actions`. */
  question?: string;
  /** Buttons sending data back, after the paragraphs: answers to `question`, then "Ask the helpdesk". */
  actions?: AnswerAction[];
}

/** What a composer may know about the asker. */
export interface AnswerContext {
  locale: Locale;
  slots: EntitlementSlots;
  /** The case a troubleshooter answers, when the message or a button said it. */
  situation?: Situation;
  /** The fact asked that the article does not give. */
  unknownFact?: UnknownFact;
  /** The user's question, carried by "Ask the helpdesk" for the helpdesk to read (never logged). */
  question?: string;
}

export type AnswerComposer = (ctx: AnswerContext) => AnswerModel;

/** The cell of the entitlement table a question is about; without `competencyKind` both cloud rows match. */
export interface TableHighlight {
  tier: Tier;
  supportType: SupportType;
  competencyKind?: CompetencyKind;
  /** The competency the user named, so the summary can say "Security is a cloud competency…". */
  competency?: CloudCompetency | 'other';
}

export type EntitlementRowId = 'onPremises' | 'cloudCompetencies' | 'otherCompetencies';

/** The article's whole entitlement table, localized, with the asked cell(s) marked. */
export interface EntitlementTableModel {
  title: string;
  /** The key fact: the highlighted cell's answer, or the whole table in two sentences. */
  summary: string;
  /** Header of the row-label column. */
  corner: string;
  columns: { tier: Tier; label: string }[];
  rows: {
    id: EntitlementRowId;
    label: string;
    note: string;
    cells: { tier: Tier; text: string; highlighted: boolean }[];
  }[];
  /** Marker shown in a highlighted cell, so the highlight does not rely on colour alone. */
  highlightLabel: string;
  footnotes: string[];
  source: { title: string; url: string; date: string };
  followUps: FollowUp[];
}

/** The answer led by a sentence of its own ("Yes: this is what Microsoft's article says."): first in the text and the card. */
export function withLead(model: AnswerModel, lead: string | undefined): AnswerModel {
  return lead ? { ...model, summary: `${lead} ${model.summary}`, paragraphs: [lead, ...model.paragraphs] } : model;
}
