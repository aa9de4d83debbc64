import { Activity } from 'botbuilder';
import { AnswerModel } from '../answers/answerModel';
import { EntitlementResult } from '../domain/entitlements';
import { Locale } from '../domain/types';

export interface Choice {
  title: string;
  /** Sent back with the click; carries a `verb`. Untrusted when it comes back. */
  data: Record<string, unknown>;
}

export interface ChoiceSpec {
  prompt: string;
  /** An optional bullet list shown above the buttons (e.g. the six cloud competencies). */
  items?: string[];
  choices: Choice[];
}

export type AnsweredEntitlement = Extract<EntitlementResult, { status: 'answered' }>;

/** Turns models into Teams activities (Adaptive Cards). The only place that knows about cards. */
export interface Presenter {
  answer(locale: Locale, model: AnswerModel): Partial<Activity>;
  /** The exact cell asked, with the whole table and the cell highlighted. */
  incidents(locale: Locale, result: AnsweredEntitlement): Partial<Activity>;
  choice(locale: Locale, spec: ChoiceSpec): Partial<Activity>;
  /** The help card; `lead` is a sentence shown above it (e.g. "I am not sure I understood"). */
  help(locale: Locale, lead?: string): Partial<Activity>;
  welcome(locale: Locale): Partial<Activity>;
}
