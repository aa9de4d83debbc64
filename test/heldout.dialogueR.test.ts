import { CORPORA } from '../src/nlu/corpus';
import { startBot } from './support/botServer';
import { describeHeldOutFixture } from './support/heldoutRunner';
import { describeLeaks } from './support/leakCheck';
import { HELDOUT_SET_R } from './fixtures/heldoutSetR';

/**
 * Held-out set R of the conversations issue: an eleventh writer, another brief (people who arrive with wrong beliefs
 * and half-remembered rules from an old wiki, a forum or a colleague, say them confidently, push back on the answer,
 * ask for the source, mix a right and a wrong claim, correct themselves and sometimes give up and want a person), who
 * read neither src/ nor the tests nor the other sets; sealed until this session's fixes were committed, and run once:
 * that first score is the generalization figure (test/fixtures/heldoutSetR.firstRun.txt).
 */
describeHeldOutFixture(
  {
    name: 'held-out set R',
    set: HELDOUT_SET_R,
    failingFile: 'heldoutSetR.failing.txt',
    baselineEnv: 'HELDOUT_R_BASELINE',
    // What the leak checks found when the set was unsealed (written without sight of the corpus): frozen.
    nearLeaks: [
      "near (0.86): \"how many cloud incidents do we get?\" ~ trained \"how many incidents do we get\"",
      "near (0.89): \"Azure portal: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
      "exact (1.00): \"how many incidents do we get?\" ~ trained \"how many incidents do we get\"",
      "near (0.80): \"сколько облачных инцидентов нам положено?\" ~ trained \"сколько инцидентов нам положено\"",
      "near (0.80): \"сколько инцидентов у нас?\" ~ trained \"сколько инцидентов у нас осталось\"",
      "near (0.89): \"Azure выдаёт: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
      "exact (1.00): \"сколько инцидентов нам положено?\" ~ trained \"сколько инцидентов нам положено\"",
      "near (0.85): \"Azure m'affiche « This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID »\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
      "near (0.90): \"erreur Access ID already associated dans le portail Azure\" ~ trained \"erreur access id is already associated dans le portail azure\"",
    ],
    containedLeaks: [
      "how many cloud incidents do we have?",
      "how many cloud incidents do we get?",
      "how many on-prem incidents do we get?",
      "Azure portal: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
      "competency: Small and Midmarket Cloud Solutions",
      "how many incidents do we get?",
      "Azure выдаёт: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
      "compétence gestion de la mobilité d'entreprise",
      "combien d'incidents cloud on a ?",
      "combien d'incidents sur site pour Silver ?",
      "Azure m'affiche « This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID »",
      "erreur Access ID already associated dans le portail Azure",
      "combien d'incidents sur site pour Silver ?",
    ],
    training: (['en', 'ru', 'fr'] as const).flatMap((l) => Object.values(CORPORA[l]).flat()),
  },
  () => startBot({ LOG_LEVEL: 'warn' }),
  describeLeaks,
);
