import type { AnswerModel, AnswerTopic, EntitlementTableModel } from '../answers/answerModel';
import { topicQuestion } from '../answers';
import { CATALOG_PARAMS } from '../answers/catalogParams';
import { EntitlementSlots, Locale, TopicIntent } from '../domain/types';
import { StringKey, t } from '../i18n/strings';
import {
  AnswerCardData,
  ChoiceButtonData,
  ChoiceCardData,
  EntitlementTableCardData,
  HelpCardData,
  WelcomeCardData,
} from './models';

/** Topics offered as example buttons on the help and welcome cards (Teams shows at most six per set). */
export const EXAMPLE_TOPICS: readonly TopicIntent[] = [
  'incidents',
  'activation',
  'incidentsRemaining',
  'cloudRequest',
  'errorAccessIdAssociated',
  'paidPlans',
];

const HELP_TOPIC_KEYS: readonly StringKey[] = [
  'cards.help.topic.incidents',
  'cards.help.topic.activation',
  'cards.help.topic.requests',
  'cards.help.topic.errors',
  'cards.help.topic.more',
];

function say(locale: Locale, key: StringKey, params?: Record<string, string>): string {
  return t(locale, key, { ...CATALOG_PARAMS, ...params });
}

/** A Markdown bullet list as Teams renders it in a TextBlock; '' when there is nothing to list. */
export function markdownList(items: readonly string[] | undefined): string {
  return (items ?? []).map((item) => `- ${item}`).join('\r');
}

function sourceLine(locale: Locale, source: { title: string; url: string; date: string }): string {
  return say(locale, 'cards.answer.source', source);
}

export function answerCard(model: AnswerModel, locale: Locale): AnswerCardData {
  return {
    title: model.title,
    summary: model.summary,
    paragraphs: model.paragraphs,
    bullets: markdownList(model.bullets),
    stepsLabel: say(locale, 'cards.answer.stepsLabel'),
    steps: (model.steps ?? []).map((text, i) => ({ number: `${i + 1}.`, text })),
    quote: model.quote ? { label: say(locale, 'cards.answer.quoteLabel'), text: model.quote } : undefined,
    links: model.links,
    followUpsLabel: say(locale, 'cards.answer.followUpsLabel'),
    followUps: model.followUps,
    question: model.question,
    actions: model.actions ?? [],
    source: sourceLine(locale, model.source),
  };
}

export function entitlementTableCard(model: EntitlementTableModel, locale: Locale): EntitlementTableCardData {
  return {
    title: model.title,
    summary: model.summary,
    corner: model.corner,
    columns: model.columns.map(({ label }) => ({ label })),
    rows: model.rows.map(({ label, note, cells }) => ({
      label,
      note,
      cells: cells.map(({ text, highlighted }) => ({ text, highlighted })),
    })),
    highlightLabel: model.highlightLabel,
    footnotes: model.footnotes,
    followUpsLabel: say(locale, 'cards.answer.followUpsLabel'),
    followUps: model.followUps,
    source: sourceLine(locale, model.source),
  };
}

/** What the bot asks with a choice card; button data must carry a non-empty `verb`. */
export interface ChoiceInput {
  prompt: string;
  items?: readonly string[];
  /** Once answered: "Your answer: Silver", shown instead of the buttons (pass no choices). */
  answer?: string;
  choices: readonly { title: string; data: Record<string, unknown> }[];
}

export function choiceCard(input: ChoiceInput): ChoiceCardData {
  return {
    prompt: input.prompt,
    items: markdownList(input.items),
    answer: input.answer ?? '',
    choices: input.choices.map(({ title, data }) => {
      if (typeof data.verb !== 'string' || data.verb === '') {
        throw new TypeError(`Choice "${title}" has no verb in its data`);
      }
      return { title, data: data as ChoiceButtonData };
    }),
  };
}

export function helpCard(locale: Locale, lead?: string): HelpCardData {
  return {
    lead,
    title: say(locale, 'cards.help.title'),
    intro: say(locale, 'cards.help.intro'),
    topics: markdownList(HELP_TOPIC_KEYS.map((key) => say(locale, key))),
    examplesLabel: say(locale, 'cards.help.examplesLabel'),
    examples: EXAMPLE_TOPICS.map((topic) => topicQuestion(locale, topic)),
    anytime: say(locale, 'cards.help.anytime'),
  };
}

/** `userName` comes from Teams: it is bound as text, never evaluated by the template. */
export function welcomeCard(locale: Locale, userName?: string): WelcomeCardData {
  const name = userName?.trim();
  return {
    greeting: name ? say(locale, 'cards.welcome.greetingNamed', { name }) : say(locale, 'cards.welcome.greeting'),
    intro: say(locale, 'cards.welcome.intro'),
    examplesLabel: say(locale, 'cards.welcome.examplesLabel'),
    examples: EXAMPLE_TOPICS.map((topic) => topicQuestion(locale, topic)),
    anytime: say(locale, 'cards.help.anytime'),
  };
}

/**
 * A cache key for a composed answer: composers are pure, so topic + locale + slots determine the card.
 * Slots are written in a fixed order so equal slots give equal keys.
 */
export function answerCacheKey(locale: Locale, topic: AnswerTopic, slots: EntitlementSlots = {}): string {
  const { tier = '', supportType = '', competency = '', competencyKind = '' } = slots;
  return [locale, topic, tier, supportType, competency, competencyKind].join('|');
}
