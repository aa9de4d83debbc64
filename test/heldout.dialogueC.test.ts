import { CORPORA } from '../src/nlu/corpus';
import { startBot } from './support/botServer';
import { describeHeldOutFixture } from './support/heldoutRunner';
import { describeLeaks } from './support/leakCheck';
import { HELDOUT_SET_C } from './fixtures/heldoutSetC';

/**
 * Held-out set C of the conversations issue: a third writer, another brief (a partner's working week: backlog,
 * escalations, onboarding, a colleague covering half-informed, language switches), not shown sets A and B nor
 * src/, sealed until the fixes after set B were done, and run once: that first score is the generalization
 * figure after those fixes. Since then it is a regression set.
 */
describeHeldOutFixture(
  {
    name: 'held-out set C',
    set: HELDOUT_SET_C,
    failingFile: 'heldoutSetC.failing.txt',
    baselineEnv: 'HELDOUT_C_BASELINE',
    // What the leak checks found when the set was unsealed (written without sight of the corpus): frozen.
    nearLeaks: [
  "near (0.82): \"how many incidents do we get for on-prem products?\" ~ trained \"how many cases do we get for on prem products\"",
  "near (0.89): \"«This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID» — что делать?\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
  "near (0.85): \"« This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID » — je fais quoi ?\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
],
    containedLeaks: [
  "how many incidents do we get for on-prem products?",
  "how many incidents do we get for SQL Server?",
  "сколько у нас инцидентов на on-prem?",
  "компетенция Small and Midmarket Cloud Solutions",
  "«This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID» — что делать?",
  "bref — combien d'incidents pour Exchange Online ?",
  "combien d'incidents pour SQL Server ?",
  "« This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID » — je fais quoi ?",
],
    training: (['en', 'ru', 'fr'] as const).flatMap((l) => Object.values(CORPORA[l]).flat()),
  },
  () => startBot({ LOG_LEVEL: 'warn' }),
  describeLeaks,
);
