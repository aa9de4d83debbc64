import { Logger } from '../logger';
import { corpusHash, IntentClassifier } from './classifier';
import { CORPORA } from './corpus';
import { DomainEvidence } from './evidence';
import { DEFAULT_MODEL_PATH, readModelFile } from './modelFile';
import { DEFAULT_THRESHOLD, NluRecognizer, Recognizer } from './recognizer';
import { MemoizedRecognizer } from './memoizedRecognizer';

export type { Recognition, Recognizer } from './recognizer';
export { asksAgain, extractSlots, isQuestionText } from './slots';
export { detectLanguage } from './language';
export { DEFAULT_MODEL_PATH } from './modelFile';

export interface RecognizerOptions {
  /** Model written by scripts/train-nlu.ts. Default: dist/nlu/model.json next to the compiled code. */
  modelPath?: string;
  /** false: ignore any model file and train in-process. */
  useModelFile?: boolean;
  /** Classifier score under which a message counts as out of scope ('none'). */
  threshold?: number;
  /** Where to say how the model was obtained and how long it took. */
  logger?: Pick<Logger, 'info' | 'warn'>;
}

export interface ModelSource {
  source: 'file' | 'trained';
  ms: number;
  /** Why a model file was not used. */
  reason?: 'missing' | 'stale' | 'unreadable' | 'disabled';
}

async function loadClassifier(
  opts: RecognizerOptions,
): Promise<{ classifier: IntentClassifier; info: ModelSource }> {
  const started = performance.now();
  const path = opts.modelPath ?? DEFAULT_MODEL_PATH;
  let reason: ModelSource['reason'] = 'disabled';
  if (opts.useModelFile !== false) {
    try {
      const model = await readModelFile(path);
      const classifier = model ? IntentClassifier.fromModel(model, corpusHash()) : undefined;
      if (classifier) return { classifier, info: { source: 'file', ms: performance.now() - started } };
      reason = model ? 'stale' : 'missing';
    } catch (err) {
      reason = 'unreadable';
      opts.logger?.warn('nlu model file unreadable, training in-process', { path, err });
    }
  }
  const classifier = await IntentClassifier.train();
  return { classifier, info: { source: 'trained', ms: performance.now() - started, reason } };
}

/**
 * The recognizer, ready to use: loads the model trained at build time, or trains one from
 * src/nlu/corpus when there is no usable model file (about half a second).
 */
export async function createRecognizer(opts: RecognizerOptions = {}): Promise<Recognizer> {
  const { classifier, info } = await loadClassifier(opts);
  opts.logger?.info('nlu model ready', { ...info, ms: Math.round(info.ms) });
  return new MemoizedRecognizer(new NluRecognizer(classifier, DomainEvidence.fromCorpora(CORPORA), opts.threshold ?? DEFAULT_THRESHOLD));
}
