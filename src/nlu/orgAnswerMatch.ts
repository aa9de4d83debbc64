/**
 * Retrieval over the organization's own answers: which saved answer, if any, a question asks for.
 *
 * Each answer is a small document (its question and the helpdesk's extra phrasings). A question and a
 * document are compared on their word stems, read as the recognizer reads text (normalizeText, the same
 * tokens, NLP.js's stemmers and stop words): stems weighted by how rare they are among this organization's
 * answers in that language, a stem two letters short of another counting for most of it (Russian and French
 * endings the stemmers leave). The score is the better of the closest single phrasing (a cosine of the two
 * weighted stem sets) and how much of the question the answer's phrasings explain together, where a word of the
 * question the answer leaves unexplained weighs in full even when the article's questions use it ("cost", "activate":
 * a near miss shares an answer's nouns and asks something else about them). It is then cut in proportion when the
 * answer's evidence is thin (the words it explains, each counting for how rare it is in the article's questions,
 * add up to less than ORG_ANSWER_MATCH_CONSTANTS.evidenceNeeded), and when the question asks a quantity ("how
 * much", "сколько", "combien") and none of the answer's phrasings does.
 *
 * Pure: no store, no clock. ORG_ANSWER_MATCH_THRESHOLD and ORG_ANSWER_MATCH_CONSTANTS were chosen on
 * test/fixtures/orgAnswersTuning.ts (scripts/tune-org-answers.ts --grid), never on the phrasings of the tests.
 */
import type { Locale } from '../domain/types';
import { stemmerOf, stopwordsOf } from './nlpjs';
import { CORPORA } from './corpus';
import { normalizeText, tokenize } from './text';

/** The lowest score served as a match. Tuned on the tuning set (see the file comment); not a test's figure. */
export const ORG_ANSWER_MATCH_THRESHOLD = 0.15;

/** An answer as the matcher reads it: its language, its question and the extra phrasings. */
export interface OrgAnswerText {
  locale: Locale;
  question: string;
  phrasings: readonly string[];
}

export interface OrgAnswerMatch<A extends OrgAnswerText> {
  answer: A;
  /** 0..1; a match is at least ORG_ANSWER_MATCH_THRESHOLD. */
  score: number;
}

/**
 * Words that say how a question is asked, not what it is about, beyond NLP.js's stop words (which keep
 * "need", "please", "нужно", "comment"...). Normalized like the text (no accents, ё → е).
 */
const FILLER: Readonly<Record<Locale, readonly string[]>> = {
  en: ['hi', 'hello', 'hey', 'please', 'need', 'want', 'know', 'tell', 'anyone', 'someone', 'us', 'i', 'im', 'ive', 'whats', 'wheres', 'hows', 'is', 'there', 'way', 'one', 'thanks', 'thank', 'help', 'question', 'find', 'out', 'kind', 'guys', 'team', 'just'],
  ru: ['привет', 'здравствуйте', 'пожалуйста', 'подскажите', 'скажите', 'подскажи', 'скажи', 'нужно', 'надо', 'нужен', 'нужна', 'можно', 'ли', 'как', 'где', 'мне', 'нам', 'нас', 'у', 'не', 'это', 'а', 'кто', 'какой', 'какая', 'какие', 'какое', 'куда', 'когда', 'чтобы', 'же', 'бы', 'вы', 'вас', 'спасибо', 'кого', 'кому', 'чем', 'ну', 'вообще', 'знать', 'хочу', 'сколько'],
  fr: ['bonjour', 'salut', 'merci', 'svp', 'stp', 'plait', 'faut', 'il', 'comment', 'quoi', 'est', 'ce', 'qu', 'peut', 'peux', 'pouvez', 'on', 'besoin', 'dois', 'doit', 'veux', 'voudrais', 'savoir', 'dire', 'qui', 'quand', 'ou', 'aide', 'faire', 'y', 'a', 'ai', 'cest', 'quelqu', 'un', 'combien'],
};

const STOPWORDS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  en: new Set([...stopwordsOf('en'), ...FILLER.en]),
  ru: new Set([...stopwordsOf('ru'), ...FILLER.ru]),
  fr: new Set([...stopwordsOf('fr'), ...FILLER.fr]),
};

/**
 * The content stems of a text in `locale`, once each. `stemmer` is one made for this call (NLP.js's
 * stemmers remember every word they have seen: one per call keeps that to the call).
 */
export function contentStems(text: string, locale: Locale, stemmer = stemmerOf(locale)): string[] {
  return stemsOfWords(tokenize(normalizeText(text)), locale, stemmer);
}

function stemsOfWords(words: readonly string[], locale: Locale, stemmer: (word: string) => string): string[] {
  const stop = STOPWORDS[locale];
  const stems = new Set<string>();
  for (const word of words) {
    if (stop.has(word)) continue;
    // A lone digit says nothing; a number ("2019", "365") does.
    if (word.length < 2) continue;
    const stem = /^\d+$/.test(word) ? word : stemmer(word);
    if (stem.length >= 2) stems.add(stem);
  }
  return [...stems];
}

/** A text's content stems and whether it asks for a quantity, from one reading. */
function readText(text: string, locale: Locale, stemmer: (word: string) => string): { stems: string[]; quantity: boolean } {
  const words = tokenize(normalizeText(text));
  return {
    stems: stemsOfWords(words, locale, stemmer),
    quantity: QUANTITY[locale].test(words.join(' ')),
  };
}

/** 1 for the same stem; most of it for one a couple of letters longer (parking / parkings, пропуск / пропуска). */
function stemAffinity(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.length - short.length <= 2 && long.startsWith(short)) return 0.8;
  if (short.length >= 5 && long.slice(0, short.length - 1) === short.slice(0, -1) && long.length - short.length <= 1) return 0.6;
  return 0;
}

/** The best affinity of a stem to any stem of a set (exact first: most lookups hit). */
function bestAffinity(stem: string, set: ReadonlySet<string>): number {
  if (set.has(stem)) return 1;
  let best = 0;
  for (const other of set) {
    const v = stemAffinity(stem, other);
    if (v > best) best = v;
  }
  return best;
}

/**
 * How much a stem says about an organization's own question, by how common it is in the questions about the
 * article (the recognizer's training utterances): "support", "incidents", "Partner Center", "Azure" are what every
 * question here is about, so a saved answer sharing only them with a question is not that question's answer.
 * 1 for a word those questions never use, down to BACKGROUND_FLOOR for the most common.
 */
const BACKGROUND_FLOOR = 0.15;
const backgroundCache = new Map<Locale, { df: Map<string, number>; n: number }>();

function backgroundOf(lang: Locale): { df: Map<string, number>; n: number } {
  let bg = backgroundCache.get(lang);
  if (!bg) {
    const stemmer = stemmerOf(lang);
    const df = new Map<string, number>();
    let n = 0;
    for (const utterances of Object.values(CORPORA[lang]) as readonly (readonly string[])[]) {
      for (const u of utterances) {
        n += 1;
        for (const stem of contentStems(u, lang, stemmer)) df.set(stem, (df.get(stem) ?? 0) + 1);
      }
    }
    bg = { df, n };
    backgroundCache.set(lang, bg);
  }
  return bg;
}

function backgroundWeight(stem: string, bg: { df: Map<string, number>; n: number }): number {
  const df = bg.df.get(stem) ?? 0;
  if (df === 0) return 1;
  const w = Math.log((bg.n + 1) / (df + 1)) / Math.log(bg.n + 1);
  return Math.max(BACKGROUND_FLOOR, Math.min(1, w));
}

interface PreparedAnswer<A> {
  answer: A;
  /** The stems of each phrasing (the question first). */
  phrasings: ReadonlySet<string>[];
  all: ReadonlySet<string>;
  /** Whether one of its phrasings asks how much / how many / how long (see asksQuantity). */
  quantity: boolean;
}

function weighted(stems: Iterable<string>, weight: (s: string) => number): number {
  let sum = 0;
  for (const s of stems) sum += weight(s) ** 2;
  return Math.sqrt(sum);
}

/**
 * A stem of the question, with what it weighs as evidence (`w`, its rarity among the answers times its rarity in
 * the article's questions) and what it weighs when no answer explains it (`miss`): a word every question about the
 * article uses says little when an answer shares it, but when the answer does not have it ("cost", "activate",
 * "left") the question asks something else.
 */
interface QueryStem {
  stem: string;
  w: number;
  miss: number;
  /** Its background weight alone (1 for a word the article's questions never use). */
  bg: number;
}

/** What a question stem weighs against a document that explains it to `affinity`. */
function queryWeight(q: QueryStem, affinity: number): number {
  return affinity * q.w + (1 - affinity) * q.miss;
}

/** Cosine of the question and a phrasing, near stems counting for their affinity, unexplained ones for `miss`. */
function cosine(query: readonly QueryStem[], doc: ReadonlySet<string>, weight: (s: string) => number): number {
  if (query.length === 0 || doc.size === 0) return 0;
  let dot = 0;
  let norm = 0;
  for (const q of query) {
    const a = bestAffinity(q.stem, doc);
    dot += q.w ** 2 * a;
    norm += queryWeight(q, a) ** 2;
  }
  return dot / (Math.sqrt(norm) * weighted(doc, weight));
}

/**
 * Whether a text asks for a quantity (how much, how many, how long, how often, how fast; сколько, как долго / часто /
 * быстро; combien): such a question wants a figure, and an answer none of whose phrasings asks one is about
 * something else of the same thing (what it costs, not how to get it).
 */
const QUANTITY: Readonly<Record<Locale, RegExp>> = {
  en: /(?:^| )how (?:much|many|long|often|fast|soon)(?: |$)/,
  ru: /(?:^| )(?:сколько|как (?:долго|часто|быстро))(?: |$)/,
  fr: /(?:^| )combien(?: |$)/,
};

export function asksQuantity(text: string, locale: Locale): boolean {
  return QUANTITY[locale].test(tokenize(normalizeText(text)).join(' '));
}

/** The constants of the score, chosen with the threshold by scripts/tune-org-answers.ts on the tuning set. */
export interface OrgAnswerMatchConstants {
  /** How much the union of the phrasings counts next to the closest single phrasing. */
  coverageWeight: number;
  /**
   * How much of the article's discount a question's stem keeps when the answer does not explain it: 0 weighs it as
   * evidence would (the discount in full), 1 weighs it as a word the article never uses.
   */
  unexplainedWeight: number;
  /**
   * The evidence an answer needs to count in full: the sum, over the question's stems it explains, of how rare each
   * is in the article's questions (a word they never use counts 1, "support" 0.15). Below it the score is cut in
   * proportion: one word in common, or only the article's words, is too little to go on.
   */
  evidenceNeeded: number;
  /** The factor on an answer none of whose phrasings asks a quantity, for a question that asks one. */
  quantityMismatch: number;
}

export const ORG_ANSWER_MATCH_CONSTANTS: Readonly<OrgAnswerMatchConstants> = {
  coverageWeight: 0.85,
  unexplainedWeight: 1,
  evidenceNeeded: 1.5,
  quantityMismatch: 0.3,
};

/** The score of an answer sharing a single stem with the question is cut to this share (when evidenceNeeded is 0). */
const ONE_WORD_DAMPING = 0.6;

/**
 * Every answer in `lang` with its score against `question`, best first. Answers in other languages are not
 * looked at: a person is answered in their language.
 */
export function scoreOrganizationAnswers<A extends OrgAnswerText>(
  question: string,
  lang: Locale,
  answers: readonly A[],
  constants: Readonly<OrgAnswerMatchConstants> = ORG_ANSWER_MATCH_CONSTANTS,
): OrgAnswerMatch<A>[] {
  const stemmer = stemmerOf(lang);
  const asked = readText(question, lang, stemmer);
  const stems = asked.stems;
  if (stems.length === 0) return [];
  const prepared: PreparedAnswer<A>[] = answers
    .filter((a) => a.locale === lang)
    .map((answer) => {
      const texts = [answer.question, ...answer.phrasings].map((t) => readText(t, lang, stemmer));
      const phrasings = texts.map((t) => new Set(t.stems)).filter((s) => s.size > 0);
      return {
        answer,
        phrasings,
        all: new Set(phrasings.flatMap((s) => [...s])),
        quantity: texts.some((t) => t.quantity),
      };
    });
  if (prepared.length === 0) return [];
  // Rare stems among this organization's answers say more than those every answer shares.
  const df = new Map<string, number>();
  for (const p of prepared) for (const s of p.all) df.set(s, (df.get(s) ?? 0) + 1);
  const n = prepared.length;
  const bg = backgroundOf(lang);
  const idf = (s: string) => 1 + Math.log((n + 1) / ((df.get(s) ?? 0) + 1));
  const weight = (s: string) => idf(s) * backgroundWeight(s, bg);
  const query: QueryStem[] = stems.map((stem) => {
    const b = backgroundWeight(stem, bg);
    return {
      stem,
      w: idf(stem) * b,
      miss: idf(stem) * (b + (1 - b) * constants.unexplainedWeight),
      bg: b,
    };
  });
  const quantity = asked.quantity;
  const scored = prepared.map((p) => {
    let single = 0;
    for (const set of p.phrasings) single = Math.max(single, cosine(query, set, weight));
    // The union of the phrasings: how much of the question they explain, and the evidence they have for it.
    let total = 0;
    let covered = 0;
    let evidence = 0;
    let shared = 0;
    for (const q of query) {
      const a = bestAffinity(q.stem, p.all);
      total += queryWeight(q, a);
      covered += q.w * a;
      evidence += a * q.bg;
      if (a > 0) shared += 1;
    }
    let score = Math.max(single, total === 0 ? 0 : (covered / total) * constants.coverageWeight);
    if (constants.evidenceNeeded > 0) score *= Math.min(1, evidence / constants.evidenceNeeded);
    // One word in common is too little to go on, however rare the word.
    else if (shared < 2) score *= ONE_WORD_DAMPING;
    if (quantity && !p.quantity) score *= constants.quantityMismatch;
    return { answer: p.answer, score: Math.min(1, score) };
  });
  return scored.sort((a, b) => b.score - a.score);
}

/**
 * The organization's answer a question asks for, in its language: the best scored at or above
 * ORG_ANSWER_MATCH_THRESHOLD, else undefined.
 */
export function matchOrganizationAnswer<A extends OrgAnswerText>(
  question: string,
  lang: Locale,
  answers: readonly A[],
  threshold = ORG_ANSWER_MATCH_THRESHOLD,
): OrgAnswerMatch<A> | undefined {
  const [best] = scoreOrganizationAnswers(question, lang, answers);
  return best && best.score >= threshold ? best : undefined;
}
