import { ARTICLE, LINKS, Source } from '../domain/catalog';
import { Locale, Tier, TopicIntent } from '../domain/types';
import { StringKey, t, Params } from '../i18n/strings';
import { AnswerAction, FollowUp, Link } from './answerModel';
import type { Situation, TroubleshooterTopic } from '../domain/unknownFacts';
import { CATALOG_PARAMS, capitalize } from './catalogParams';

/** A localized string with every catalog name available as a placeholder. */
export function say(locale: Locale, key: StringKey, params?: Params): string {
  return t(locale, key, params ? { ...CATALOG_PARAMS, ...params } : CATALOG_PARAMS);
}

/** Built once: constructing Intl.PluralRules costs more than a whole answer. */
const PLURAL_RULES: Readonly<Record<Locale, Intl.PluralRules>> = {
  en: new Intl.PluralRules('en'),
  ru: new Intl.PluralRules('ru'),
  fr: new Intl.PluralRules('fr'),
};

/** "20 incidents" / "20 инцидентов" / "20 incidents", with the locale's plural rule. */
export function incidentCount(locale: Locale, count: number): string {
  const form = PLURAL_RULES[locale].select(count);
  const key = (
    ['one', 'few', 'many'].includes(form) ? `answers.incidentCount.${form}` : 'answers.incidentCount.other'
  ) as StringKey;
  return t(locale, key, { count });
}

/** Who gets the allowance, for use inside a sentence ({who}) and at its start ({Who}). */
export function whoParams(locale: Locale, tier: Tier): { who: string; Who: string } {
  const who = say(locale, `answers.who.${tier}`);
  return { who, Who: capitalize(who) };
}

export function answerSource(section: Source): { title: string; url: string; date: string } {
  return { title: ARTICLE.title, url: section.url, date: section.date };
}

/** The question a button sends for a topic, in the user's language; the recognizer is trained on these. */
export function topicQuestion(locale: Locale, topic: TopicIntent): FollowUp {
  return {
    title: say(locale, `answers.q.${topic}.title`),
    query: say(locale, `answers.q.${topic}.query`),
  };
}

export function followUps(locale: Locale, ...topics: TopicIntent[]): FollowUp[] {
  return topics.map((topic) => topicQuestion(locale, topic));
}

export type LinkId = keyof typeof LINK_TITLE_KEYS;

const LINK_TITLE_KEYS = {
  technicalBenefits: 'answers.link.technicalBenefits',
  dashboard: 'answers.link.dashboard',
  supportForBusiness: 'answers.link.supportForBusiness',
  remainingKb: 'answers.link.remainingKb',
  n1Products: 'answers.link.n1',
  cspCustomers: 'answers.link.cspCustomers',
  tpd: 'answers.link.tpd',
  comparePlans: 'answers.link.comparePlans',
  article: 'answers.link.article',
} as const satisfies Partial<Record<keyof typeof LINKS, StringKey>>;

/** A link from the catalog with its localized button title. */
export function link(locale: Locale, id: LinkId): Link {
  return { title: say(locale, LINK_TITLE_KEYS[id]), url: LINKS[id] };
}

/** Card verb of "Ask the helpdesk": data carries the user's question, for a helpdesk ticket. */
export const HELPDESK_VERB = 'helpdesk.ask';
/** Card verb of a troubleshooter's answer buttons: data carries the topic and the situation chosen. */
export const TROUBLESHOOT_VERB = 'troubleshoot.choose';
/** The helpdesk reads the question; a pasted log beyond this adds nothing. */
const QUESTION_MAX = 500;

/** "Ask the helpdesk", ending every troubleshooter and every "the article does not say". */
export function helpdeskAction(locale: Locale, question: string | undefined): AnswerAction {
  return {
    title: say(locale, 'answers.helpdesk.button'),
    data: { verb: HELPDESK_VERB, question: (question ?? '').slice(0, QUESTION_MAX), locale },
  };
}

/** A troubleshooter's answer button: choosing it gives the one fix for that situation. */
export function situationAction(
  locale: Locale,
  topic: TroubleshooterTopic,
  situation: Situation,
  question: string | undefined,
): AnswerAction {
  return {
    title: say(locale, `answers.${topic}.choose.${situation}` as StringKey),
    data: { verb: TROUBLESHOOT_VERB, topic, situation, locale, question: (question ?? '').slice(0, QUESTION_MAX) },
  };
}

/**
 * A troubleshooter's lead when the case is known: the fix first, then the error it answers, so the summary
 * Teams shows in the feed still names the message the person saw.
 */
/** A troubleshooter's question, first, then which on-screen message it is about. */
export function askSummary(locale: Locale, ask: string, quote: string): string {
  return `${ask} ${say(locale, 'answers.troubleshooter.askFor', { quote })}`;
}

export function fixSummary(locale: Locale, fix: string, quote: string): string {
  return fix.includes(quote) ? fix : `${fix} ${say(locale, 'answers.troubleshooter.fixFor', { quote })}`;
}
