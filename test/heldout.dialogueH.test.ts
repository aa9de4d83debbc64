import { CORPORA } from '../src/nlu/corpus';
import { startBot } from './support/botServer';
import { describeHeldOutFixture } from './support/heldoutRunner';
import { describeLeaks } from './support/leakCheck';
import { HELDOUT_SET_H } from './fixtures/heldoutSetH';

/**
 * Held-out set H of the conversations issue: a sixth writer, another brief (support engineers and sysadmins
 * writing mid-incident: blunt, typo-prone, chat shorthand, English product names inside informal Russian and
 * French, pasted portal messages, changes of mind), who read neither src/ nor the tests nor the other sets;
 * sealed until the fixes after set F were done, and run once: that first score is the generalization figure.
 */
describeHeldOutFixture(
  {
    name: 'held-out set H',
    set: HELDOUT_SET_H,
    failingFile: 'heldoutSetH.failing.txt',
    baselineEnv: 'HELDOUT_H_BASELINE',
    // What the leak checks found when the set was unsealed (written without sight of the corpus): frozen.
    nearLeaks: [
  "exact (1.00): \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID ???\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
  "near (0.85): \"ошибка в ажуре: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
  "near (0.85): \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\nчё за фигня\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
  "near (0.81): \"là Azure me sort : This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
  "near (0.94): \"Azure : This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
],
    containedLeaks: [
  "how many incidents for cloud stuff",
  "on-prem incidents, how many do we get",
  "do we have unlimited cloud support?",
  "This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID ???",
  "ошибка в ажуре: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
  "This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\nчё за фигня",
  "là Azure me sort : This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
  "combien d'incidents cloud on a ?",
  "combien d'incidents sur site pour Gold ?",
  "This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\nc'est quoi ce truc",
  "combien de cas cloud pour Gold ?",
  "combien d'incidents sur site pour Action Pack ?",
  "combien de cas cloud pour Gold ?",
  "Azure : This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
],
    training: (['en', 'ru', 'fr'] as const).flatMap((l) => Object.values(CORPORA[l]).flat()),
  },
  () => startBot({ LOG_LEVEL: 'warn' }),
  describeLeaks,
);
