import { createHash } from 'crypto';
import { COMMAND_INTENTS, Intent, LOCALES, Locale, TOPIC_INTENTS } from '../domain/types';
import { CORPORA, TrainingCorpus } from './corpus';
import { createNlp, forgetPreparedTexts, NlpLike } from './nlpjs';
import { normalizeText } from './text';

/** Bump when the way utterances become a model changes (normalization, NLP.js settings). */
const MODEL_FORMAT = 'partner-benefits-nlu/2';
const NONE = 'None';
const NLP_SETTINGS = { useNoneFeature: true, spellCheck: true };
/** NLP.js's cache of prepared texts is emptied after this many classifications (see forgetPreparedTexts). */
const PREPARED_TEXTS_KEPT = 5000;
const KNOWN_INTENTS: ReadonlySet<string> = new Set<string>([...TOPIC_INTENTS, ...COMMAND_INTENTS]);

/** What scripts/train-nlu.ts writes and createRecognizer loads. */
export interface ModelFile {
  format: string;
  /** Hash of the training corpus and format: a model trained on other data is not used. */
  corpusHash: string;
  trainedAt: string;
  /** NLP.js's own export of the trained model. */
  nlp: unknown;
}

export interface Classification {
  intent: Intent;
  score: number;
}

/**
 * What the classifier reads: normalized (see text.ts), hyphens as spaces. NLP.js's French
 * tokenizer keeps "activons-nous", "a-t-on", "reste-t-il" as single unknown words otherwise.
 */
function classifierText(normalized: string): string {
  return normalized.replace(/-/g, ' ');
}

export function corpusHash(corpora: Readonly<Record<Locale, TrainingCorpus>> = CORPORA): string {
  return createHash('sha256')
    .update(MODEL_FORMAT)
    .update(JSON.stringify(NLP_SETTINGS))
    .update(JSON.stringify(corpora))
    .digest('hex');
}

/** The NLP.js neural intent classifier, one model per language. */
export class IntentClassifier {
  private classified = 0;

  private constructor(private readonly nlp: NlpLike) {}

  static async train(corpora: Readonly<Record<Locale, TrainingCorpus>> = CORPORA): Promise<IntentClassifier> {
    const nlp = createNlp(NLP_SETTINGS);
    for (const locale of LOCALES) {
      for (const [intent, utterances] of Object.entries(corpora[locale])) {
        for (const utterance of utterances) {
          nlp.addDocument(locale, classifierText(normalizeText(utterance)), intent === 'none' ? NONE : intent);
        }
      }
    }
    await nlp.train();
    return new IntentClassifier(nlp);
  }

  /** Undefined when the file was written for another corpus or format (then train instead). */
  static fromModel(model: ModelFile, expectedHash: string = corpusHash()): IntentClassifier | undefined {
    if (model.format !== MODEL_FORMAT || model.corpusHash !== expectedHash) return undefined;
    const nlp = createNlp(NLP_SETTINGS);
    nlp.import(model.nlp as object);
    return new IntentClassifier(nlp);
  }

  toModel(hash: string = corpusHash()): ModelFile {
    return {
      format: MODEL_FORMAT,
      corpusHash: hash,
      trainedAt: new Date().toISOString(),
      nlp: JSON.parse(this.nlp.export(true)) as unknown,
    };
  }

  /** `normalized`: the message through normalizeText (text.ts), as the corpus was. */
  async classify(locale: Locale, normalized: string): Promise<Classification> {
    this.classified += 1;
    if (this.classified % PREPARED_TEXTS_KEPT === 0) forgetPreparedTexts(this.nlp);
    const output = await this.nlp.nluManager.process(locale, classifierText(normalized));
    const intent = output.intent ?? NONE;
    const score = output.score ?? 1;
    if (intent === NONE || !KNOWN_INTENTS.has(intent)) return { intent: 'none', score };
    return { intent: intent as Intent, score };
  }
}
