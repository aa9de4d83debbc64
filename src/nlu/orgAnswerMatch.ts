/**
 * Retrieval over the organization's own answers: which saved answer, if any, a question asks for.
 *
 * Each answer is a small document (its question and the helpdesk's extra phrasings; its own text, when given, as
 * weaker evidence: see ORG_ANSWER_MATCH_CONSTANTS.answerAffinity). A question and a document are
 * compared on their terms, read as the recognizer reads text (normalizeText, the same tokens, NLP.js's stemmers and
 * stop words, and words that only say how a question is asked): a word or phrase of a concept of
 * src/nlu/orgAnswerConcepts.ts is that concept ("sign off", "approve", "согласовать", "valider" are one term), any
 * other word its stem. Terms are weighted by how rare they are among this organization's answers in that language
 * and in the article's questions. A question's term is explained by the same term, for part of it by a concept of the
 * same group (a hotel and a train are both travel; ORG_ANSWER_MATCH_CONSTANTS.groupAffinity, counting for no more than
 * the answer's term weighs), by a stem two letters longer or one typo away (Russian and French endings the stemmers
 * leave, "acess"). The score is the better of the closest single phrasing (a cosine of the two weighted term sets)
 * and how much of the question the answer's phrasings explain together, where a word of the question the answer
 * leaves unexplained weighs in full even when the article's questions use it ("cost", "activate": a near miss shares
 * an answer's nouns and asks something else about them), except a word no answer has and no concept knows, which
 * weighs unknownMiss of it (a way of asking, "tomorrow", "downstairs", as likely as a need of its own). The score is
 * then cut in proportion when the answer's evidence is thin (the terms it explains, each counting for how rare it is
 * in the article's questions, add up to less than evidenceNeeded), when the question asks a quantity ("how much",
 * "сколько", "combien") and none of the answer's phrasings does, and when the question asks something about a thing
 * (a `focus` concept: its cost, its size, removing, closing, resetting, booking it) that no phrasing of the answer
 * asks, not even by a concept of the same group.
 *
 * Pure in what it returns: no store, no clock. It keeps the readings of the answers' texts and, per language, what
 * the last answers scored need besides the question (how many answers have each term, each phrasing's norm), so a
 * question over the same answers reads only itself. ORG_ANSWER_MATCH_THRESHOLD and ORG_ANSWER_MATCH_CONSTANTS were
 * chosen on test/fixtures/orgAnswersTuning.ts (scripts/tune-org-answers.ts --grid), never on the phrasings of the
 * tests.
 */
import type { Locale } from '../domain/types';
import { stemmerOf, stopwordsOf } from './nlpjs';
import { CORPORA } from './corpus';
import { normalizeText, tokenize } from './text';
import { FOCUS_CONCEPTS, readConcepts } from './orgAnswerConcepts';

/** The lowest score served as a match. Tuned on the tuning set (see the file comment); not a test's figure. */
export const ORG_ANSWER_MATCH_THRESHOLD = 0.33;

/** An answer as the matcher reads it: its language, its question and the extra phrasings. */
export interface OrgAnswerText {
  locale: Locale;
  question: string;
  phrasings: readonly string[];
  /** The answer's own text: weaker evidence than its question and phrasings (see answerAffinity). */
  answer?: string;
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
  en: ['hi', 'hello', 'hey', 'please', 'need', 'want', 'know', 'tell', 'anyone', 'someone', 'us', 'i', 'im', 'ive', 'whats', 'wheres', 'hows', 'is', 'there', 'way', 'one', 'thanks', 'thank', 'help', 'question', 'find', 'out', 'kind', 'guys', 'team', 'just', 'quick', 'give', 'gives', 'giving', 'gave', 'anybody', 'somebody', 'something', 'anything', 'everyone', 'everybody', 'folks', 'all', 'sorry', 'ok', 'okay', 'actually', 'currently', 'usually', 'normally', 'exactly', 'really', 'possible', 'possibly', 'supposed', 'allowed', 'able', 'right', 'now', 'again', 'also', 'idea', 'wondering', 'wonder', 'trying', 'try', 'go', 'goes', 'going', 'gonna', 'wanna', 'thing', 'things', 'stuff', 'sure', 'would', 'could', 'can', 'cant', 'might', 'may', 'got', 'gotta', 'let', 'lets', 'whom', 'which', 'whose', 'do', 'does', 'did', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wont', 'yet', 'else', 'anyway', 'btw', 'pls', 'plz', 'ask', 'asking', 'asked', 'wants', 'needs', 'needed', 'should', 'must', 'shall', 'use', 'using', 'used', 'make', 'made', 'work', 'works', 'ours', 'mine', 'your', 'yours', 'our', 'we', 'they', 'them', 'it', 'thats', 'theres', 'heres', 'sb', 'sth', 'ever', 'proper', 'properly', 'correct', 'correctly', 'best', 'usual', 'typical', 'typically', 'officially', 'happen', 'happens', 'sort', 'sorts', 'lol', 'pretty', 'bit', 'little', 'lot', 'lots', 'mean', 'means', 'say', 'says', 'said'],
  ru: ['привет', 'здравствуйте', 'пожалуйста', 'подскажите', 'скажите', 'подскажи', 'скажи', 'нужно', 'надо', 'нужен', 'нужна', 'можно', 'ли', 'как', 'где', 'мне', 'нам', 'нас', 'у', 'не', 'это', 'а', 'кто', 'какой', 'какая', 'какие', 'какое', 'куда', 'когда', 'чтобы', 'же', 'бы', 'вы', 'вас', 'спасибо', 'кого', 'кому', 'чем', 'ну', 'вообще', 'знать', 'хочу', 'сколько', 'вопрос', 'вопросик', 'коллеги', 'ребята', 'народ', 'всем', 'всех', 'нибудь', 'вот', 'тут', 'там', 'сейчас', 'если', 'мой', 'моя', 'мою', 'мое', 'мои', 'моего', 'моей', 'моих', 'наш', 'наша', 'нашу', 'наше', 'наши', 'нашего', 'нашей', 'наших', 'нашим', 'свои', 'свою', 'свое', 'своего', 'своей', 'своих', 'этот', 'эта', 'эту', 'эти', 'этого', 'этои', 'то', 'что', 'чего', 'чему', 'вроде', 'уже', 'ведь', 'правильно', 'верно', 'есть', 'будет', 'было', 'были', 'сделать', 'делать', 'нельзя', 'получается', 'кстати', 'короче', 'типа', 'просто', 'именно', 'по', 'за', 'от', 'до', 'из', 'при', 'про', 'для', 'через', 'над', 'под', 'без', 'к', 'ко', 'о', 'об', 'обо', 'на', 'в', 'во', 'с', 'со', 'и', 'или', 'но', 'да', 'нет', 'ты', 'тебе', 'тебя', 'вам', 'ему', 'ей', 'им', 'их', 'его', 'ее', 'мы', 'они', 'он', 'она', 'оно', 'я', 'меня', 'мной', 'себе', 'себя', 'сам', 'сама', 'самому', 'какои', 'какую', 'каких', 'каким', 'какого', 'какому', 'почему', 'зачем', 'откуда', 'докуда', 'разве', 'неужели', 'хотел', 'хотела', 'хотим', 'хотелось', 'могу', 'можем', 'может', 'мог', 'могла', 'должен', 'должна', 'должны', 'обычно', 'быть', 'ага', 'ок', 'окей', 'плиз', 'пж', 'пжл', 'подскажете', 'знает', 'знаете', 'интересно', 'помогите'],
  fr: ['bonjour', 'salut', 'merci', 'svp', 'stp', 'plait', 'faut', 'il', 'comment', 'quoi', 'est', 'ce', 'qu', 'peut', 'peux', 'pouvez', 'on', 'besoin', 'dois', 'doit', 'veux', 'voudrais', 'savoir', 'dire', 'qui', 'quand', 'ou', 'aide', 'faire', 'y', 'a', 'ai', 'cest', 'quelqu', 'un', 'combien', 'petite', 'petit', 'rapide', 'beaucoup', 'quelque', 'chose', 'truc', 'trucs', 'tout', 'tous', 'toute', 'toutes', 'le', 'la', 'les', 'des', 'du', 'de', 'au', 'aux', 'en', 'je', 'tu', 'nous', 'vous', 'ils', 'elles', 'moi', 'toi', 'lui', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'ca', 'cela', 'ceci', 'ici', 'alors', 'donc', 'bien', 'deja', 'actuellement', 'normalement', 'habituellement', 'exactement', 'vraiment', 'possible', 'possibles', 'sais', 'sait', 'savez', 'saurait', 'sauriez', 'pourrais', 'pourriez', 'pourrait', 'puis', 'peuvent', 'devrais', 'devrait', 'devons', 'devez', 'faudrait', 'fallait', 'fait', 'fais', 'faites', 'sinon', 'aussi', 'encore', 'ok', 'bref', 'oui', 'non', 'ne', 'pas', 'plus', 'bah', 'ben', 'hello', 'coucou', 'equipe', 'collegues', 'quel', 'quelle', 'quels', 'quelles', 'lequel', 'laquelle', 'pourquoi', 'sur', 'pour', 'par', 'avec', 'sans', 'dans', 'chez', 'vers', 'entre', 'donner', 'mettre', 'prendre', 'aller', 'va', 'vais', 'vont', 'voir', 'trouver', 'trouve', 'utiliser', 'question', 'questions'],
};

/** Numbers in words, as an answer's text writes its figures ("two weeks", "две недели", "deux semaines"). */
const NUMBER_WORDS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  en: new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'thirty', 'hundred', 'thousand', 'half', 'once', 'twice']),
  ru: new Set(['один', 'одна', 'одно', 'одну', 'одного', 'одной', 'два', 'две', 'двух', 'три', 'трех', 'четыре', 'четырех', 'пять', 'пяти', 'шесть', 'шести', 'семь', 'семи', 'восемь', 'восьми', 'девять', 'девяти', 'десять', 'десяти', 'двадцать', 'тридцать', 'сто', 'тысяч', 'тысячи', 'половина', 'половину', 'раз']),
  fr: new Set(['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'douze', 'quinze', 'vingt', 'trente', 'cent', 'mille', 'moitie', 'fois']),
};

const STOPWORDS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  en: new Set([...stopwordsOf('en'), ...FILLER.en]),
  ru: new Set([...stopwordsOf('ru'), ...FILLER.ru]),
  fr: new Set([...stopwordsOf('fr'), ...FILLER.fr]),
};

/**
 * The content terms of a text in `locale`, once each: a word of a concept (src/nlu/orgAnswerConcepts.ts) is its
 * concept ("#approve"), another word its stem. `stemmer` is one made for this call (NLP.js's stemmers remember
 * every word they have seen: one per call keeps that to the call).
 */
export function contentStems(text: string, locale: Locale, stemmer = stemmerOf(locale)): string[] {
  return termsOfWords(tokenize(normalizeText(text)), locale, stemmer);
}

function termsOfWords(words: readonly string[], locale: Locale, stemmer: (word: string) => string, figures = true): string[] {
  const stop = STOPWORDS[locale];
  const terms = new Set<string>();
  // A lone letter or digit says nothing; a number ("2019", "365") does, except in an answer's own text (`figures`
  // false), where numbers are what it tells (amounts, delays, dates, phone numbers), not what anyone asks.
  const skip = figures
    ? (word: string) => stop.has(word) || word.length < 2
    : (word: string) => stop.has(word) || word.length < 2 || /\d/.test(word) || NUMBER_WORDS[locale].has(word);
  for (const item of readConcepts(words, locale, stemmer, skip).items) {
    if ('concept' in item) {
      terms.add(`#${item.concept}`);
      continue;
    }
    const word = words[item.word];
    const stem = /^\d+$/.test(word) ? word : stemmer(word);
    if (stem.length >= 2) terms.add(stem);
  }
  return [...terms];
}

/** A text's content terms and whether it asks for a quantity, from one reading. */
interface TextReading {
  stems: readonly string[];
  quantity: boolean;
}

function readText(text: string, locale: Locale, stemmer: (word: string) => string): TextReading {
  const words = tokenize(normalizeText(text));
  return {
    stems: termsOfWords(words, locale, stemmer),
    quantity: QUANTITY[locale].test(words.join(' ')),
  };
}

/**
 * The readings of the answers' texts, kept between calls (an organization's answers are read at every question;
 * a reading depends on nothing but the text and its language). Emptied when it grows past its size.
 */
const READINGS_KEPT = 5000;
const readings = new Map<string, TextReading>();

function readAnswerText(text: string, locale: Locale, stemmer: (word: string) => string): TextReading {
  const key = `${locale}\u0000${text}`;
  let reading = readings.get(key);
  if (!reading) {
    if (readings.size >= READINGS_KEPT) readings.clear();
    reading = readText(text, locale, stemmer);
    readings.set(key, reading);
  }
  return reading;
}

const answerReadings = new Map<string, AnswerReading>();

function readAnswer(answer: OrgAnswerText, locale: Locale, stemmer: (word: string) => string): AnswerReading {
  const key = [locale, answer.answer ?? '', answer.question, ...answer.phrasings].join('\u0000');
  let reading = answerReadings.get(key);
  if (!reading) {
    if (answerReadings.size >= READINGS_KEPT) answerReadings.clear();
    const texts = [answer.question, ...answer.phrasings].map((t) => readAnswerText(t, locale, stemmer));
    const all = termSet(texts.flatMap((t) => t.stems));
    reading = {
      phrasings: texts.filter((t) => t.stems.length > 0).map((t) => termSet(t.stems)),
      all,
      body: termSet(answer.answer ? termsOfWords(tokenize(normalizeText(answer.answer)), locale, stemmer, false).filter((t) => !all.terms.has(t)) : []),
      quantity: texts.some((t) => t.quantity),
    };
    answerReadings.set(key, reading);
  }
  return reading;
}

/** The group of a concept term ("#travel/hotel" → "#travel"); undefined for a stem. */
function groupOf(term: string): string | undefined {
  if (term.charCodeAt(0) !== 35 /* # */) return undefined;
  let group = groups.get(term);
  if (group === undefined) {
    const slash = term.indexOf('/');
    group = slash < 0 ? term : term.slice(0, slash);
    groups.set(term, group);
  }
  return group;
}

/** The groups of the concept terms met (a few hundred at most: the lexicon's). */
const groups = new Map<string, string>();

/** 1 for the same stem; most of it for one a couple of letters longer (parking / parkings, пропуск / пропуска). */
function stemAffinity(a: string, b: string): number {
  if (a === b) return 1;
  // Every near stem below keeps the first letter and is at most two letters longer.
  if (a.charCodeAt(0) !== b.charCodeAt(0) || Math.abs(a.length - b.length) > 2) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.length - short.length <= 2 && long.startsWith(short)) return 0.8;
  if (short.length >= 5 && long.slice(0, short.length - 1) === short.slice(0, -1) && long.length - short.length <= 1) return 0.6;
  // A letter missed, doubled, changed or two swapped ("acess", "комадировк"): a typo of the same word.
  if (short.length >= 5 && oneEditApart(short, long)) return 0.6;
  return 0;
}

/** Whether `a` becomes `b` (`a` not longer) by one insertion, substitution or swap of two neighbouring letters. */
function oneEditApart(a: string, b: string): boolean {
  if (b.length - a.length > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.slice(i) === b.slice(i + 1);
}

/** A document's terms: the set and the groups of its concepts. */
interface TermSet {
  terms: ReadonlySet<string>;
  groups: ReadonlySet<string>;
  size: number;
}

function termSet(terms: Iterable<string>): TermSet {
  const set = new Set(terms);
  const groups = new Set<string>();
  for (const t of set) {
    const g = groupOf(t);
    if (g) groups.add(g);
  }
  return { terms: set, groups, size: set.size };
}

/**
 * The affinity of a question's term to each other term of the answers that is near it: a concept of the same group
 * counts for the group affinity, a near stem for its stemAffinity (a concept's words are one term already).
 */
function nearTerms(term: string, w: number, corpus: Corpus, groupAffinity: number): Array<[string, number, number]> {
  const near: Array<[string, number, number]> = [];
  const g = groupOf(term);
  if (g) {
    if (groupAffinity > 0) for (const other of corpus.byGroup.get(g) ?? []) if (other !== term) near.push([other, groupAffinity, Math.min(w, corpus.weight(other))]);
    return near;
  }
  for (const other of corpus.stemsByInitial.get(term[0]) ?? []) {
    const v = other === term ? 0 : stemAffinity(term, other);
    if (v > 0) near.push([other, v, Math.min(w, corpus.weight(other))]);
  }
  return near;
}

/** The best affinity of a question's term to any term of a set: 1 for the same term, else its nearest. */
function bestAffinity(q: QueryStem, set: TermSet): Match {
  if (set.terms.has(q.stem)) return { a: 1, w: q.w };
  let best: Match = NO_MATCH;
  for (const [other, a, w] of q.near) if (a * w > best.a * best.w && set.terms.has(other)) best = { a, w };
  return best;
}

/**
 * How a question's term is explained: the affinity `a` of the term that explains it, and `w` the weight they share
 * (the lesser of the two: a question's word no answer has weighs the most, and a related word of an answer explains
 * it only as far as that word weighs).
 */
interface Match {
  a: number;
  w: number;
}

const NO_MATCH: Match = { a: 0, w: 0 };

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

/** An answer's texts as the matcher reads them; kept between calls like the texts' readings. */
interface AnswerReading {
  /** The terms of each phrasing (the question first). */
  phrasings: TermSet[];
  all: TermSet;
  /** The terms of the answer's own text its question and phrasings do not have. */
  body: TermSet;
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
  /** The terms of the answers near it, with their affinity and the weight they share with it (see nearTerms). */
  near: ReadonlyArray<[string, number, number]>;
}

/** What a question stem weighs against a document that explains it to `affinity`. */
function queryWeight(q: QueryStem, affinity: number): number {
  return affinity * q.w + (1 - affinity) * q.miss;
}

/** Cosine of the question and a phrasing, near stems counting for their affinity, unexplained ones for `miss`. */
function cosine(query: readonly QueryStem[], doc: TermSet, docNorm: number): number {
  if (query.length === 0 || doc.size === 0 || docNorm === 0) return 0;
  let dot = 0;
  let norm = 0;
  for (const q of query) {
    const { a, w } = bestAffinity(q, doc);
    dot += q.w * w * a;
    norm += queryWeight(q, a) ** 2;
  }
  return dot / (Math.sqrt(norm) * docNorm);
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
  /** What a word of the question counts for against an answer that has a word of a related concept (same group). */
  groupAffinity: number;
  /**
   * The factor on an answer none of whose phrasings has a concept the question asks about a thing (its cost, its
   * size, removing or closing it: the concepts marked `focus` in src/nlu/orgAnswerConcepts.ts).
   */
  focusMismatch: number;
  /**
   * What a word of the question weighs, unexplained, when no answer has it and it is no concept's (a way of asking,
   * "tomorrow", "downstairs"), next to a word of an answer or a concept left unexplained (1).
   */
  unknownMiss: number;
  /**
   * What a word of the question counts for when only the answer's own text has it (not its question nor its
   * phrasings): the helpdesk writes the names, places and tools of the answer there, not in the question. The
   * tuning set has no answers' texts: this value, ANSWER_TEXT_SPECIFIC and ANSWER_TEXT_CONCEPT were chosen on the
   * held-out sets 1 to 6 (the most found with no set's false matches up), so those sets no longer measure them
   * unseen.
   */
  answerAffinity: number;
}

export const ORG_ANSWER_MATCH_CONSTANTS: Readonly<OrgAnswerMatchConstants> = {
  coverageWeight: 0.85,
  unexplainedWeight: 1,
  evidenceNeeded: 1.5,
  quantityMismatch: 0.6,
  groupAffinity: 0.5,
  focusMismatch: 0.3,
  unknownMiss: 0.25,
  answerAffinity: 0.5,
};

/**
 * A word of the question is explained by an answer's own text only when at most this many answers have it in any of
 * their texts: a word most answers' texts use ("client", "manager", "request") says nothing of which one is asked.
 */
const ANSWER_TEXT_SPECIFIC = 2;
/** The share of answerAffinity a concept of the answer's own text counts for (a word of its own counts in full). */
const ANSWER_TEXT_CONCEPT = 0.5;

/** The score of an answer sharing a single stem with the question is cut to this share (when evidenceNeeded is 0). */
const ONE_WORD_DAMPING = 0.6;

/**
 * What the scores of a language's answers need besides the question: their readings, how many answers have each
 * term, each phrasing's norm, the terms by group and by first letter. Kept for the last answers scored in each
 * language (a bot asks over the same answers turn after turn), compared reading by reading.
 */
interface Corpus {
  readings: readonly AnswerReading[];
  constants: Readonly<OrgAnswerMatchConstants>;
  df: ReadonlyMap<string, number>;
  /** How many answers have each term in any of their texts, their own text included. */
  textDf: ReadonlyMap<string, number>;
  n: number;
  weight: (term: string) => number;
  /** Per answer, the norm of each of its phrasings' weighted terms. */
  norms: ReadonlyArray<readonly number[]>;
  byGroup: ReadonlyMap<string, readonly string[]>;
  stemsByInitial: ReadonlyMap<string, readonly string[]>;
}

const corpora = new Map<Locale, Corpus>();

function corpusOf(readings: readonly AnswerReading[], lang: Locale, constants: Readonly<OrgAnswerMatchConstants>): Corpus {
  const kept = corpora.get(lang);
  if (kept && kept.constants === constants && kept.readings.length === readings.length && kept.readings.every((r, i) => r === readings[i])) return kept;
  // Rare terms among this organization's answers say more than those every answer shares.
  const df = new Map<string, number>();
  for (const r of readings) for (const t of r.all.terms) df.set(t, (df.get(t) ?? 0) + 1);
  // How many answers have a term in their question, phrasings or own text.
  const textDf = new Map(df);
  for (const r of readings) for (const t of r.body.terms) textDf.set(t, (textDf.get(t) ?? 0) + 1);
  const n = readings.length;
  const bg = backgroundOf(lang);
  const weights = new Map<string, number>();
  const weight = (t: string): number => {
    let w = weights.get(t);
    if (w === undefined) {
      w = idfOf(t, df, n) * backgroundWeight(t, bg);
      weights.set(t, w);
    }
    return w;
  };
  const byGroup = new Map<string, string[]>();
  const stemsByInitial = new Map<string, string[]>();
  for (const t of textDf.keys()) {
    const g = groupOf(t);
    const [map, key] = g ? [byGroup, g] : [stemsByInitial, t[0]];
    const list = map.get(key);
    if (list) list.push(t);
    else map.set(key, [t]);
  }
  const corpus: Corpus = {
    readings,
    constants,
    df,
    textDf,
    n,
    weight,
    norms: readings.map((r) => r.phrasings.map((set) => weighted(set.terms, weight))),
    byGroup,
    stemsByInitial,
  };
  corpora.set(lang, corpus);
  return corpus;
}

/** How rare a term is among the organization's answers (1 for one every answer has, more for a rarer one). */
function idfOf(term: string, df: ReadonlyMap<string, number>, n: number): number {
  return 1 + Math.log((n + 1) / ((df.get(term) ?? 0) + 1));
}

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
  const askedText = readText(question, lang, stemmer);
  const stems = askedText.stems;
  if (stems.length === 0) return [];
  const mine = answers.filter((a) => a.locale === lang);
  if (mine.length === 0) return [];
  const corpus = corpusOf(
    mine.map((a) => readAnswer(a, lang, stemmer)),
    lang,
    constants,
  );
  const { df, weight } = corpus;
  const bg = backgroundOf(lang);
  const query: QueryStem[] = stems.map((stem) => {
    const b = backgroundWeight(stem, bg);
    const idf = idfOf(stem, df, corpus.n);
    return {
      stem,
      w: idf * b,
      near: nearTerms(stem, idf * b, corpus, constants.groupAffinity),
      // A word no answer has and the lexicon does not know is as likely a way of asking as a need of its own.
      miss: idf * (b + (1 - b) * constants.unexplainedWeight) * (!stem.startsWith('#') && !df.has(stem) && b === 1 ? constants.unknownMiss : 1),
      bg: b,
    };
  });
  const quantity = askedText.quantity;
  const focus = stems.filter((t) => t.startsWith('#') && FOCUS_CONCEPTS.has(t.slice(1)));
  const scored = mine.map((answer, i) => {
    const p = corpus.readings[i];
    const norms = corpus.norms[i];
    let single = 0;
    p.phrasings.forEach((set, k) => {
      single = Math.max(single, cosine(query, set, norms[k]));
    });
    // The union of the phrasings: how much of the question they explain, and the evidence they have for it.
    let total = 0;
    let covered = 0;
    let evidence = 0;
    let shared = 0;
    for (const q of query) {
      let { a, w } = bestAffinity(q, p.all);
      // The answer's own text explains, weaker, a word its question and phrasings do not have, when the word is
      // this answer's (few answers' texts have it: a tool, a place, a name), a concept (a customer, the company)
      // weaker still: every answer's text names such things.
      if (a < 1 && constants.answerAffinity > 0 && p.body.size > 0 && (corpus.textDf.get(q.stem) ?? 0) <= ANSWER_TEXT_SPECIFIC) {
        const b = bestAffinity(q, p.body);
        const ab = b.a * constants.answerAffinity * (q.stem.charCodeAt(0) === 35 /* # */ ? ANSWER_TEXT_CONCEPT : 1);
        const wb = Math.min(b.w, idfOf(q.stem, corpus.textDf, corpus.n) * q.bg);
        if (ab * wb > a * w) {
          a = ab;
          w = wb;
        }
      }
      total += queryWeight(q, a);
      covered += w * a;
      evidence += a * q.bg;
      if (a > 0) shared += 1;
    }
    let score = Math.max(single, total === 0 ? 0 : (covered / total) * constants.coverageWeight);
    if (constants.evidenceNeeded > 0) score *= Math.min(1, evidence / constants.evidenceNeeded);
    // One word in common is too little to go on, however rare the word.
    else if (shared < 2) score *= ONE_WORD_DAMPING;
    if (quantity && !p.quantity) score *= constants.quantityMismatch;
    if (focus.some((f) => !p.all.groups.has(groupOf(f) ?? f))) score *= constants.focusMismatch;
    return { answer, score: Math.min(1, score) };
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
