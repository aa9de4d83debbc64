import { CORPORA } from '../src/nlu/corpus';
import { startBot } from './support/botServer';
import { describeHeldOutFixture } from './support/heldoutRunner';
import { describeLeaks } from './support/leakCheck';
import { HELDOUT_SET_J } from './fixtures/heldoutSetJ';

/**
 * Held-out set J of the conversations issue: a seventh writer, another brief (non-technical staff told to "ask the
 * bot": a new partner-programme coordinator, an office manager, finance, sales, a project manager; polite, long,
 * context before the question, hedging, two things in one message, approximate names, second thoughts), who read
 * neither src/ nor the tests nor the other sets; sealed until the fixes after set H were done, and run once: that
 * first score is the generalization figure (test/fixtures/heldoutSetJ.firstRun.txt).
 */
describeHeldOutFixture(
  {
    name: 'held-out set J',
    set: HELDOUT_SET_J,
    failingFile: 'heldoutSetJ.failing.txt',
    baselineEnv: 'HELDOUT_J_BASELINE',
    // What the leak checks found when the set was unsealed (written without sight of the corpus): frozen.
    nearLeaks: [
      'near (0.86): "Hi, how many incidents do we get?" ~ trained "how many incidents do we get"',
      'near (0.80): "Здравствуйте, подскажите, где создать запрос в поддержку по локальному продукту?" ~ trained "где создать запрос в поддержку по локальному продукту"',
      'near (0.83): "Bonjour, combien d\'incidents avons-nous ?" ~ trained "combien d\'incidents avons-nous"',
    ],
    containedLeaks: [
      'Hi, how many incidents do we get?',
      'Здравствуйте, подскажите, где создать запрос в поддержку по локальному продукту?',
      "Bonjour, combien d'incidents avons-nous ?",
    ],
    training: (['en', 'ru', 'fr'] as const).flatMap((l) => Object.values(CORPORA[l]).flat()),
  },
  () => startBot({ LOG_LEVEL: 'warn' }),
  describeLeaks,
);
