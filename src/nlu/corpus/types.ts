import { Intent } from '../../domain/types';

/**
 * Training utterances for one language: what people type for each intent, including what is
 * out of scope (`none`). Data only; the classifier learns from it, rules never read it.
 */
export type TrainingCorpus = Readonly<Record<Intent, readonly string[]>>;
