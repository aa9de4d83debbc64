/**
 * Typed access to the parts of NLP.js we use. NLP.js ships no type declarations, so the
 * surface we rely on is written down here and nowhere else.
 *
 * We take `Nlp` and the container from the packages @nlpjs/basic is made of (resolved from its own
 * folder, so they are exactly the copies it uses) rather than from its index, because:
 * - its index creates a pino logger at load time, which prints a PINODEP008 warning on stderr and
 *   costs about 250 ms of start-up;
 * - its `containerBootstrap` loads `.env` into process.env, reads `./conf.json` and `./pipelines.md`
 *   and `require`s every file in `./plugins` of the working directory.
 */
import { dirname } from 'path';
import { Locale } from '../domain/types';
import { normalizeText } from './text';

export interface NlpClassification {
  intent: string;
  score: number;
}

export interface NluManagerOutput {
  intent?: string;
  score?: number;
  classifications: NlpClassification[];
}

interface GuesserSlot {
  guess(utterance: string, allowList?: string[], limit?: number): unknown[];
  addExtraSentence(locale: string, sentence: string): void;
  extraSentences: unknown[];
  languagesAlpha2: Record<string, unknown>;
}

/** A language's classifier; it caches every text it has prepared, for up to an hour. */
interface DomainNluLike {
  cache?: { results: Record<string, unknown> };
}

export interface NluManagerLike {
  guesser: GuesserSlot;
  domainManagers: Record<string, { domains: Record<string, DomainNluLike> }>;
  process(locale: string, utterance: string): Promise<NluManagerOutput>;
  toJSON(): unknown;
  fromJSON(json: unknown): void;
}

/** The parts of NLP.js's tokenizers and stemmers that hold what they have seen. */
interface TextCacheHolder {
  cache?: object;
}

export interface NlpLike {
  nluManager: NluManagerLike;
  container: { get(name: string): unknown };
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<unknown>;
  export(minified?: boolean): string;
  import(data: string | object): void;
}

interface ContainerLike {
  registerConfiguration(tag: string, configuration: object, overwrite?: boolean): void;
  register(name: string, value: unknown, isSingleton?: boolean): void;
  use(item: unknown): void;
}

interface NlpjsCore {
  Container: new () => ContainerLike;
  ArrToObj: unknown;
  Normalizer: unknown;
  ObjToArr: unknown;
  Stemmer: unknown;
  Stopwords: unknown;
  Tokenizer: unknown;
  Timer: unknown;
  MemoryStorage: unknown;
}

interface NlpjsNlp {
  Nlp: new (settings: object, container: ContainerLike) => NlpLike;
}

/* eslint-disable @typescript-eslint/no-require-imports */
/** Folder of package `id` as code in `fromDir` resolves it (its own dependency, wherever npm placed it). */
function packageDir(id: string, fromDir?: string): string {
  return dirname(require.resolve(`${id}/package.json`, fromDir ? { paths: [fromDir] } : undefined));
}

const basicDir = packageDir('@nlpjs/basic');
const nlpDir = packageDir('@nlpjs/nlp', basicDir);
const { Nlp } = require(nlpDir) as NlpjsNlp;
const core = require(packageDir('@nlpjs/core', nlpDir)) as NlpjsCore;
type StopwordsClass = new () => { dictionary: Record<string, unknown> };
type StemmerClass = new () => { stemWord(word: string): string };
const { LangEn, StopwordsEn, StemmerEn } = require('@nlpjs/lang-en') as { LangEn: unknown; StopwordsEn: StopwordsClass; StemmerEn: StemmerClass };
const { LangRu, StopwordsRu, StemmerRu } = require('@nlpjs/lang-ru') as { LangRu: unknown; StopwordsRu: StopwordsClass; StemmerRu: StemmerClass };
const { LangFr, StopwordsFr, StemmerFr } = require('@nlpjs/lang-fr') as { LangFr: unknown; StopwordsFr: StopwordsClass; StemmerFr: StemmerClass };
/* eslint-enable @typescript-eslint/no-require-imports */

const STOPWORDS: Readonly<Record<Locale, StopwordsClass>> = { en: StopwordsEn, ru: StopwordsRu, fr: StopwordsFr };

const STEMMERS: Readonly<Record<Locale, StemmerClass>> = { en: StemmerEn, ru: StemmerRu, fr: StemmerFr };

/**
 * NLP.js's stemmer of a language as a function of one normalized word. A stemmer of our own, not the
 * classifier's: it keeps no cache of the words it has seen.
 */
export function stemmerOf(locale: Locale): (word: string) => string {
  const stemmer = new STEMMERS[locale]();
  return (word) => stemmer.stemWord(word);
}

/** NLP.js's stop-word list for a language, normalized like our text (no accents, ё → е). */
export function stopwordsOf(locale: Locale): ReadonlySet<string> {
  return new Set(Object.keys(new STOPWORDS[locale]().dictionary).map(normalizeText));
}

const silentLogger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  log: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  fatal: () => undefined,
};

/**
 * NLP.js's NLU manager feeds every training sentence to its trigram language guesser, which writes
 * the sentence's trigrams into tables shared by every guesser in the process. We always pass the
 * locale and never ask that guesser (the language-min data it ships cannot tell English from French:
 * it scores both 0 or both 1), so the manager gets one that keeps nothing.
 */
function detachGuesser(nlp: NlpLike): void {
  nlp.nluManager.guesser = {
    guess: () => [],
    addExtraSentence: () => undefined,
    extraSentences: [],
    languagesAlpha2: {},
  };
}

/**
 * NLP.js keeps the tokens of every text it has classified for an hour, with no size limit, in each
 * classifier and again in each language's tokenizer, and the stem of every word it has seen for good in each
 * stemmer: on a busy bot, where nearly every message is new, that is memory growing with traffic (about
 * 2 MiB a minute in a soak of distinct users). This empties all three.
 */
export function forgetPreparedTexts(nlp: NlpLike): void {
  for (const manager of Object.values(nlp.nluManager.domainManagers)) {
    for (const domain of Object.values(manager.domains)) {
      if (domain.cache) domain.cache.results = {};
    }
  }
  for (const locale of Object.keys(STOPWORDS)) {
    const tokenizer = nlp.container.get(`tokenizer-${locale}`) as TextCacheHolder | undefined;
    // The tokenizer starts a new cache when it has none.
    if (tokenizer) tokenizer.cache = undefined;
    const stemmer = nlp.container.get(`stemmer-${locale}`) as TextCacheHolder | undefined;
    if (stemmer?.cache) stemmer.cache = {};
  }
}

/** A fresh NLP.js `Nlp` for en/ru/fr: no file or network access, no console output, no autosave. */
export function createNlp(opts: { useNoneFeature: boolean; spellCheck: boolean }): NlpLike {
  const container = new core.Container();
  container.use(core.ArrToObj);
  container.use(core.Normalizer);
  container.use(core.ObjToArr);
  container.use(core.Stemmer);
  container.use(core.Stopwords);
  container.use(core.Tokenizer);
  container.use(core.Timer);
  container.use(core.MemoryStorage);
  container.register('logger', silentLogger);
  container.use(LangEn);
  container.use(LangRu);
  container.use(LangFr);
  // Read by the NLU manager and handed down to each language's neural trainer:
  // `log: false` silences its per-epoch console lines.
  container.registerConfiguration('nlu-manager', { log: false, useNoneFeature: opts.useNoneFeature });
  // Each language's classifier: NLP.js's defaults, plus its spell check (an unknown word one edit
  // away from a trained one counts as that word: "actvate", "incidnets").
  container.registerConfiguration('nlu-??', {
    keepStopwords: true,
    nonefeatureValue: 1,
    nonedeltaMultiplier: 1.2,
    spellCheck: opts.spellCheck,
    spellCheckDistance: 1,
    filterZeros: true,
    log: false,
  });
  const nlp = new Nlp(
    { languages: ['en', 'ru', 'fr'], autoSave: false, autoLoad: false, calculateSentiment: false },
    container,
  );
  detachGuesser(nlp);
  return nlp;
}
