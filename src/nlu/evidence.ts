import { Intent, LOCALES, Locale } from '../domain/types';
import { TrainingCorpus } from './corpus';
import { stopwordsOf } from './nlpjs';
import { editDistance, normalizeText, PreparedText, tokenize } from './text';

/**
 * A check on the classifier: an intent needs at least one word of its own in the message.
 *
 * The classifier is linear over every word, function words included, so a message made only of
 * words it has not seen plus "où", "se", "my", "can" still lands somewhere ("où se garer" read
 * as a benefits error). Here a word counts as evidence for an intent when it is not a stop word
 * (NLP.js's lists and a few more) nor a number, and the intent's training utterances use it,
 * unless nearly every intent does. Words are compared by their first letters, so inflections
 * match (преимущества / преимуществ, avantage / avantages), and a typo one edit away from a
 * known word counts as that word. A message that is a training utterance needs nothing more.
 */

type ScoredIntent = Exclude<Intent, 'none'>;

/** A word used by this many intents or more says nothing about which one is meant. */
const GENERIC_FROM = 12;
const STEM_LENGTH = 5;
const TYPO_MIN_LENGTH = 7;

/** Words NLP.js's stop-word lists leave out but that say nothing about a topic either. */
const MORE_STOPWORDS: Readonly<Record<Locale, string>> = {
  en: 'need needs new want wants get gets know tell show give make like please pls also just really ok yes no not again still anybody anyone somebody someone today none idea honestly frankly',
  ru: 'нужно нужен нужна нужны новый новая новое хочу хочет скажи покажи дай пожалуйста еще уже вообще это да нет опять снова сегодня кто-нибудь кто-то никакой никаких никакого понятия честно',
  fr: 'quoi besoin nouveau nouvelle nouvel veux voudrais veut faut dis montre donne stp svp aussi vraiment ca oui non encore toujours quelqu aujourd hui aucun aucune aucuns aucunes rien idee franchement',
};

/** Letters and digits only, apostrophes dropped: how training utterances are compared with a message. */
function compact(normalized: string): string {
  return tokenize(normalized.replace(/'/g, '')).join(' ');
}

function stem(word: string): string {
  return word.length > STEM_LENGTH ? word.slice(0, STEM_LENGTH) : word;
}

interface LanguageVocabulary {
  /** Stem → intents whose utterances use it. */
  intentsByStem: ReadonlyMap<string, ReadonlySet<ScoredIntent>>;
  /** Whole words of 5+ letters by first letter, to read typos. */
  wordsByInitial: ReadonlyMap<string, readonly string[]>;
  stopwords: ReadonlySet<string>;
  /** Training utterances as written: a message that is one of them needs no other evidence. */
  utterances: ReadonlyMap<string, ScoredIntent>;
}

function isTopical(word: string, stopwords: ReadonlySet<string>): boolean {
  return !stopwords.has(word) && !/^\d+$/.test(word);
}

function buildVocabulary(corpus: TrainingCorpus, stopwords: ReadonlySet<string>): LanguageVocabulary {
  const byStem = new Map<string, Set<ScoredIntent>>();
  const words = new Set<string>();
  const utterances = new Map<string, ScoredIntent>();
  for (const [intent, examples] of Object.entries(corpus) as [Intent, readonly string[]][]) {
    if (intent === 'none') continue;
    for (const utterance of examples) {
      const normalized = normalizeText(utterance);
      utterances.set(compact(normalized), intent);
      for (const word of tokenize(normalized)) {
        if (!isTopical(word, stopwords)) continue;
        const key = stem(word);
        const intents = byStem.get(key) ?? new Set<ScoredIntent>();
        intents.add(intent);
        byStem.set(key, intents);
        if (word.length >= 5) words.add(word);
      }
    }
  }
  const wordsByInitial = new Map<string, string[]>();
  for (const word of words) {
    if ((byStem.get(stem(word))?.size ?? GENERIC_FROM) >= GENERIC_FROM) continue;
    const list = wordsByInitial.get(word[0]) ?? [];
    list.push(word);
    wordsByInitial.set(word[0], list);
  }
  return { intentsByStem: byStem, wordsByInitial, stopwords, utterances };
}

export class DomainEvidence {
  private constructor(private readonly vocabularies: Readonly<Record<Locale, LanguageVocabulary>>) {}

  static fromCorpora(corpora: Readonly<Record<Locale, TrainingCorpus>>): DomainEvidence {
    const vocabularies = {} as Record<Locale, LanguageVocabulary>;
    for (const locale of LOCALES) {
      const stopwords = new Set([...stopwordsOf(locale), ...MORE_STOPWORDS[locale].split(' ')]);
      vocabularies[locale] = buildVocabulary(corpora[locale], stopwords);
    }
    return new DomainEvidence(vocabularies);
  }

  /**
   * Does the message use a word that, in `locale`'s training data, belongs to `intent` (and to fewer than
   * `sharedBy` intents)?
   */
  supports(locale: Locale, message: PreparedText, intent: ScoredIntent, sharedBy: number = GENERIC_FROM): boolean {
    const vocabulary = this.vocabularies[locale];
    if (vocabulary.utterances.get(compact(message.normalized)) === intent) return true;
    const isEvidence = (intents: ReadonlySet<ScoredIntent> | undefined) =>
      intents !== undefined && intents.size < Math.min(sharedBy, GENERIC_FROM) && intents.has(intent);
    const words = message.words;
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i];
      if (!isTopical(word, vocabulary.stopwords)) continue;
      // "Action" of "Action Pack" is the membership's name, not the "for this action" of an error message.
      if (word === 'action' && /^pack/.test(words[i + 1] ?? '')) continue;
      const known = vocabulary.intentsByStem.get(stem(word));
      if (known) {
        if (isEvidence(known)) return true;
        continue;
      }
      // A typo is read only in a long word: a short one an edit away is often another word (comite / compte).
      if (word.length < TYPO_MIN_LENGTH) continue;
      for (const candidate of vocabulary.wordsByInitial.get(word[0]) ?? []) {
        if (editDistance(word, candidate, 1) <= 1 && isEvidence(vocabulary.intentsByStem.get(stem(candidate)))) {
          return true;
        }
      }
    }
    return false;
  }
}
