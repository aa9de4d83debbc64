import { CORPORA } from '../src/nlu/corpus';
import { startBot } from './support/botServer';
import { describeHeldOutFixture } from './support/heldoutRunner';
import { describeLeaks } from './support/leakCheck';
import { HELDOUT_SET_P } from './fixtures/heldoutSetP';

/**
 * Held-out set P of the conversations issue: a tenth writer, another brief (people preparing a budget or a renewal and
 * thinking aloud: hypotheticals, comparisons, second thoughts several turns later, costs and terms the article does
 * not give, one-word and negated answers to the bot's questions, interruptions by meetings), who read neither src/
 * nor the tests nor the other sets; sealed until this session's fixes were committed, and run once: that first score
 * is the generalization figure (test/fixtures/heldoutSetP.firstRun.txt).
 */
describeHeldOutFixture(
  {
    name: 'held-out set P',
    set: HELDOUT_SET_P,
    failingFile: 'heldoutSetP.failing.txt',
    baselineEnv: 'HELDOUT_P_BASELINE',
    // What the leak checks found when the set was unsealed (written without sight of the corpus): frozen.
    nearLeaks: [
      "near (0.80): \"сколько локальных инцидентов нам положено?\" ~ trained \"сколько инцидентов нам положено\"",
      "near (0.80): \"сколько у нас инцидентов?\" ~ trained \"сколько инцидентов у нас осталось\"",
      "near (0.89): \"Azure ругается: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
      "near (0.82): \"что значит ошибка Access ID is already associated в портале Azure?\" ~ trained \"ошибка access id is already associated в портале azure\"",
      "near (0.83): \"Combien d'incidents sur site ?\" ~ trained \"combien d'incidents sur site restent\"",
    ],
    containedLeaks: [
      "how many incidents do we get for Dynamics 365 problems?",
      "Azure ругается: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
      "что значит ошибка Access ID is already associated в портале Azure?",
      "On a droit à combien d'incidents ?",
    ],
    training: (['en', 'ru', 'fr'] as const).flatMap((l) => Object.values(CORPORA[l]).flat()),
  },
  () => startBot({ LOG_LEVEL: 'warn' }),
  describeLeaks,
);
