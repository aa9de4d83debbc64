import { EntitlementSlots, Locale, TopicIntent } from '../domain/types';

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
