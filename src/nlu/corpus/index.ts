import { Locale } from '../../domain/types';
import { EN } from './en';
import { FR } from './fr';
import { RU } from './ru';
import { TrainingCorpus } from './types';

export type { TrainingCorpus } from './types';

export const CORPORA: Readonly<Record<Locale, TrainingCorpus>> = { en: EN, ru: RU, fr: FR };
