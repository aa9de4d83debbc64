import { CORPORA } from '../src/nlu/corpus';
import { startBot } from './support/botServer';
import { describeHeldOutFixture } from './support/heldoutRunner';
import { describeLeaks } from './support/leakCheck';
import { HELDOUT_SET_F } from './fixtures/heldoutSetF';

/**
 * Held-out set F of the conversations issue: a fifth writer, another brief (partner program managers and IT
 * leads at their desk: fuller sentences, hedging, conditionals, several facts in one message, references to earlier
 * messages, polite changes of mind), not shown the other sets nor src/, sealed until the fixes after set D were
 * done, and run once: that first score is the generalization figure after them. Since then a regression set.
 */
describeHeldOutFixture(
  {
    name: 'held-out set F',
    set: HELDOUT_SET_F,
    failingFile: 'heldoutSetF.failing.txt',
    baselineEnv: 'HELDOUT_F_BASELINE',
    // What the leak checks found when the set was unsealed (written without sight of the corpus): frozen.
    nearLeaks: [
  "near (0.85): \"Getting this in Azure: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
  "near (0.80): \"How many on-prem incidents does a Gold partner get?\" ~ trained \"how many incidents does a gold partner get\"",
  "near (0.86): \"How many cloud incidents do we get?\" ~ trained \"how many incidents do we get\"",
  "near (0.89): \"Azure выдаёт: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
  "near (0.80): \"Сколько у нас инцидентов?\" ~ trained \"сколько инцидентов у нас осталось\"",
  "near (0.90): \"В портале Azure постоянно ошибка «Access ID is already associated».\" ~ trained \"ошибка access id is already associated в портале azure\"",
  "near (0.80): \"Сколько облачных инцидентов нам положено?\" ~ trained \"сколько инцидентов нам положено\"",
  "near (0.88): \"Combien d'incidents cloud pour un partenaire Gold ?\" ~ trained \"combien d'incidents pour un partenaire gold\"",
],
    containedLeaks: [
  "Getting this in Azure: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
  "How many on-prem incidents does a Gold partner get?",
  "How many support incidents do we have?",
  "Where do I open a support request?",
  "How many cloud incidents do we get?",
  "Azure выдаёт: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
  "В портале Azure постоянно ошибка «Access ID is already associated».",
  "Qui peut activer les avantages techniques dans l'Espace partenaires ?",
  "Combien d'incidents cloud pour un partenaire Gold ?",
  "Combien d'incidents cloud on a ?",
],
    training: (['en', 'ru', 'fr'] as const).flatMap((l) => Object.values(CORPORA[l]).flat()),
  },
  () => startBot({ LOG_LEVEL: 'warn' }),
  describeLeaks,
);
