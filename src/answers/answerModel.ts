import {
  CloudCompetency,
  CompetencyKind,
  EntitlementSlots,
  Locale,
  SupportType,
  Tier,
  TopicIntent,
} from '../domain/types';

export interface Link {
  title: string;
  url: string;
}

/** A follow-up question offered as a button; clicking it sends `query` as if the user typed it. */
export interface FollowUp {
  title: string;
  query: string;
}

/** What the bot says about one topic, before it becomes a card. Every string is already localized. */
export interface AnswerModel {
  topic: TopicIntent;
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
}

/** What a composer may know about the asker. */
export interface AnswerContext {
  locale: Locale;
  slots: EntitlementSlots;
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
