import { CORPORA } from '../src/nlu/corpus';
import { startBot } from './support/botServer';
import { describeHeldOutFixture } from './support/heldoutRunner';
import { describeLeaks } from './support/leakCheck';
import { HELDOUT_SET_L } from './fixtures/heldoutSetL';

/**
 * Held-out set L of the conversations issue: an eighth writer, another brief (staff on their phones between meetings:
 * fragments, one detail per message, many follow-ups, typos and abbreviations, answers typed instead of pressed,
 * blunt requests for a human, facts the article does not give), who read neither src/ nor the tests nor the other
 * sets; sealed until the fixes after set J were done, and run once: that first score is the generalization figure
 * (test/fixtures/heldoutSetL.firstRun.txt).
 */
describeHeldOutFixture(
  {
    name: 'held-out set L',
    set: HELDOUT_SET_L,
    failingFile: 'heldoutSetL.failing.txt',
    baselineEnv: 'HELDOUT_L_BASELINE',
    // What the leak checks found when the set was unsealed (written without sight of the corpus): frozen.
    nearLeaks: [
      "exact (1.00): \"how many incidents do we get\" ~ trained \"how many incidents do we get\"",
      "near (0.86): \"how many onprem incidents do we get?\" ~ trained \"how many incidents do we get\"",
      "exact (1.00): \"how many incidents do we have left? 🙏\" ~ trained \"how many incidents do we have left\"",
      "exact (1.00): \"how many incidents do we get\" ~ trained \"how many incidents do we get\"",
      "near (0.89): \"azure says This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
      "near (0.89): \"azure portal: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
      "near (0.83): \"how many incidents for silver\" ~ trained \"how many cloud incidents for silver\"",
      "exact (1.00): \"how many incidents do we get?\" ~ trained \"how many incidents do we get\"",
      "near (0.94): \"azure: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
      "near (0.81): \"contract expired & azure says This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
      "near (0.81): \"now azure says This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID wtf\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
      "near (0.80): \"сколько у нас инцидентов\" ~ trained \"сколько инцидентов у нас осталось\"",
      "exact (1.00): \"сколько инцидентов у нас осталось? 🙏\" ~ trained \"сколько инцидентов у нас осталось\"",
      "near (0.80): \"сколько у нас инцидентов\" ~ trained \"сколько инцидентов у нас осталось\"",
      "near (0.89): \"azure пишет This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
      "near (0.81): \"ошибка в портале azure: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
      "near (0.85): \"в azure вылезло: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
      "near (0.80): \"сколько у нас инцидентов?\" ~ trained \"сколько инцидентов у нас осталось\"",
      "near (0.86): \"il nous reste combien d'incidents ? 🙏\" ~ trained \"combien d'incidents nous reste-t-il\"",
      "near (0.89): \"azure dit This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
      "near (0.89): \"azure affiche : This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
      "near (0.83): \"combien d'incidents pour silver\" ~ trained \"combien d'incidents cloud pour Silver\"",
    ],
    containedLeaks: [
      "how many incidents do we get",
      "how many onprem incidents do we get?",
      "comp is small and midmarket cloud solutions",
      "how many onprem incidents for silver",
      "how many incidents do we have left? 🙏",
      "how many incidents do we get",
      "azure says This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
      "azure portal: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
      "how many incidents do we get?",
      "pc says You are not authorized for this action",
      "azure: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
      "contract expired & azure says This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
      "now azure says This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID wtf",
      "компетенция small and midmarket cloud solutions",
      "azure пишет This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
      "ошибка в портале azure: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
      "в azure вылезло: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
      "combien d'incidents sur site pour gold ?",
      "silver avec cloud platform, combien d'incidents cloud ?",
      "competence small and midmarket cloud solutions",
      "silver, competence cloud platform, combien d'incidents cloud ?",
      "combien d'incidents sur site pour silver",
      "il nous reste combien d'incidents ? 🙏",
      "azure dit This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
      "combien d'incidents cloud pour gold ?",
      "azure affiche : This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
    ],
    training: (['en', 'ru', 'fr'] as const).flatMap((l) => Object.values(CORPORA[l]).flat()),
  },
  () => startBot({ LOG_LEVEL: 'warn' }),
  describeLeaks,
);
