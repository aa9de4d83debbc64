import { CORPORA } from '../src/nlu/corpus';
import { startBot } from './support/botServer';
import { describeHeldOutFixture } from './support/heldoutRunner';
import { describeLeaks } from './support/leakCheck';
import { HELDOUT_SET_A } from './fixtures/heldoutSetA';

/**
 * Held-out set A of the conversations issue (corrections, profiles over several turns, profiles after the
 * question, detours, a person on request, typed answers with negations, situations, unknowns, products in
 * long sentences, the Azure error's instruction): written from the article alone by a writer who had not
 * read src/ or the other fixtures, run once before the fixes (the first score is in the note).
 * Since then it is a regression set.
 */
describeHeldOutFixture(
  {
    name: 'held-out set A',
    set: HELDOUT_SET_A,
    failingFile: 'heldoutSetA.failing.txt',
    baselineEnv: 'HELDOUT_A_BASELINE',
    // What the leak checks found when the set was unsealed (written without sight of the corpus): frozen.
    nearLeaks: [
      'near (0.80): "so how many signature cloud incidents do we have?" ~ trained "how many signature cloud support incidents do we have"',
      'near (0.89): "how many signature cloud incidents do we have?" ~ trained "how many signature cloud support incidents do we have"',
    ],
    containedLeaks: [
    'how many on prem cases can we log?',
    'so how many signature cloud incidents do we have?',
    'how many incidents do we get for Azure?',
    'how many signature cloud incidents do we have?',
    'how many incidents for on-prem?',
    'how many incidents for on-premises products do we get?',
    'в Partner Center вылезает You are not authorized for this action',
    'сколько инцидентов у Silver по локальным?',
    "combien d'incidents cloud pour Azure ?",
    'compétence Small and Midmarket Cloud Solutions',
    "combien d'incidents pour les produits cloud ?",
    "combien d'incidents cloud on a ?",
    "ok, combien d'incidents pour Exchange Online ?",
    'how many on-prem incidents for gold?',
  ],
    training: (['en', 'ru', 'fr'] as const).flatMap((l) => Object.values(CORPORA[l]).flat()),
  },
  () => startBot({ LOG_LEVEL: 'warn' }),
  describeLeaks,
);
