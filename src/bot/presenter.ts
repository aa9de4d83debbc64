import { Activity } from 'botbuilder';
import { AnswerModel } from '../answers/answerModel';
import { EntitlementResult, TierCells } from '../domain/entitlements';
import { Locale, Tier } from '../domain/types';

export interface Choice {
  title: string;
  /** Sent back with the click; carries a `verb`. Untrusted when it comes back. */
  data: Record<string, unknown>;
}

export interface ChoiceSpec {
  prompt: string;
  /** An optional bullet list shown above the buttons (e.g. the six cloud competencies). */
  items?: string[];
  /** The question answered: "Your answer: Silver" (with no choices left). */
  answer?: string;
  choices: Choice[];
}

export type AnsweredEntitlement = Extract<EntitlementResult, { status: 'answered' }>;

/** Where the tier of an answer came from when the question did not name it. */
export interface AnswerBasis {
  kind: 'said' | 'profile';
  tier: Tier;
}

/** Turns models into Teams activities (Adaptive Cards). The only place that knows about cards. */
export interface Presenter {
  answer(locale: Locale, model: AnswerModel): Partial<Activity>;
  /** The exact cell asked, with the whole table and the cell highlighted; `basis` says where the tier came from. */
  /** `lead`: a sentence before the answer ("No, not 20." to a claim put up for confirmation). */
  incidents(locale: Locale, result: AnsweredEntitlement, basis?: AnswerBasis, lead?: string): Partial<Activity>;
  /** Several cells at once (tiers, support types), every one highlighted in the table. */
  cells(locale: Locale, tiers: TierCells[], basis?: AnswerBasis, lead?: string): Partial<Activity>;
  /** A short text reply (acknowledgements). */
  text(locale: Locale, text: string): Partial<Activity>;
  choice(locale: Locale, spec: ChoiceSpec): Partial<Activity>;
  /** The help card; `lead` is a sentence shown above it (e.g. "I am not sure I understood"). */
  help(locale: Locale, lead?: string): Partial<Activity>;
  welcome(locale: Locale): Partial<Activity>;
}

import type { BenefitRecord, RoleGrant } from '../domain/records';
import type { ActivationView, IdsView } from '../cards/activationCards';

export type { ActivationView, IdsView };

export interface ActivationPresenter {
  activation(locale: Locale, view: ActivationView): Partial<Activity>;
  /** Confirmation to the admin who recorded (or repeated) the activation. */
  activationRecorded(locale: Locale, record: BenefitRecord, applied: boolean): Partial<Activity>;
  /** To an admin whose activation found other IDs recorded meanwhile by `byName`: offers Edit. */
  activationRecordedByOther(locale: Locale, byName: string): Partial<Activity>;
  /** To requesters and the announcement conversation: no IDs, a button to view them. */
  announcement(locale: Locale, byName: string): Partial<Activity>;
  /** To admins: someone asks for activation. */
  activationAsked(locale: Locale, byName: string): Partial<Activity>;
  /** The Access ID and Contract ID card. `refreshUserIds`: Universal Actions refresh for these users. */
  ids(locale: Locale, view: IdsView, refreshUserIds?: string[]): Partial<Activity>;
  idsEditForm(locale: Locale, record: BenefitRecord): Partial<Activity>;
  roster(locale: Locale, grants: RoleGrant[]): Partial<Activity>;
}
