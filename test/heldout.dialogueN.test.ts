import { CORPORA } from '../src/nlu/corpus';
import { startBot } from './support/botServer';
import { describeHeldOutFixture } from './support/heldoutRunner';
import { describeLeaks } from './support/leakCheck';
import { HELDOUT_SET_N } from './fixtures/heldoutSetN';

/**
 * Held-out set N of the conversations issue: a ninth writer, another brief (people asking for someone else and mixing
 * languages: account managers relaying a customer's or a colleague's words, text pasted from a screen or an email, two
 * questions in one message, vague answers, Russian and French with English terms, a client locale other than the
 * language typed), who read neither src/ nor the tests nor the other sets; sealed until the fixes after set L were
 * committed, and run once: that first score is the generalization figure (test/fixtures/heldoutSetN.firstRun.txt).
 */
describeHeldOutFixture(
  {
    name: 'held-out set N',
    set: HELDOUT_SET_N,
    failingFile: 'heldoutSetN.failing.txt',
    baselineEnv: 'HELDOUT_N_BASELINE',
    // What the leak checks found when the set was unsealed (written without sight of the corpus): frozen.
    // What the leak checks found when the set was unsealed (written without sight of the corpus): frozen.
    nearLeaks: [
      "near (0.86): \"how many incidents do we have?\" ~ trained \"how many incidents do we have left\"",
      "near (0.80): \"how many Signature Cloud Support incidents do we get?\" ~ trained \"how many signature cloud support incidents do we have\"",
      "exact (1.00): \"how many incidents do we get?\" ~ trained \"how many incidents do we get\"",
      "near (0.80): \"сколько у нас инцидентов?\" ~ trained \"сколько инцидентов у нас осталось\"",
    ],
    containedLeaks: [
      "how many incidents do we have?",
      "how many Signature Cloud Support incidents do we get?",
      "how many incidents do we get?",
      "сколько on-prem инцидентов у Gold?",
    ],
    training: (['en', 'ru', 'fr'] as const).flatMap((l) => Object.values(CORPORA[l]).flat()),
  },
  () => startBot({ LOG_LEVEL: 'warn' }),
  describeLeaks,
);
