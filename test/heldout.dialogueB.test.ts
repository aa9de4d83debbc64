import { CORPORA } from '../src/nlu/corpus';
import { startBot } from './support/botServer';
import { describeHeldOutFixture } from './support/heldoutRunner';
import { describeLeaks } from './support/leakCheck';
import { HELDOUT_SET_B } from './fixtures/heldoutSetB';

/**
 * Held-out set B of the conversations issue: written from the article alone by a second writer with another
 * brief (personas: a hurried presales engineer, a long-winded partner manager, a junior engineer, an IT lead,
 * a sales person), not shown set A nor src/, kept sealed until the fixes were done, and run once: that first
 * score is the generalization figure in the note. Since then it is a regression set.
 */
describeHeldOutFixture(
  {
    name: 'held-out set B',
    set: HELDOUT_SET_B,
    failingFile: 'heldoutSetB.failing.txt',
    baselineEnv: 'HELDOUT_B_BASELINE',
    // What the leak checks found when the set was unsealed (written without sight of the corpus): frozen.
    nearLeaks: [
  "near (0.83): \"how many incidents on prem\" ~ trained \"how many on-prem incidents remain\"",
  "near (0.85): \"Getting this in Azure: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
  "near (0.85): \"Azure portal: \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\". Seriously?\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
  "near (0.83): \"how many on prem incidents\" ~ trained \"how many on-prem incidents remain\"",
  "near (0.85): \"azure gives me: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
  "near (0.81): \"В портале Azure вылезает: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
  "near (0.81): \"Портал Azure пишет: \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\". Серьёзно?\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
  "near (0.83): \"how many on prem incidents\" ~ trained \"how many on-prem incidents remain\"",
  "near (0.89): \"ажур выдаёт: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
  "near (0.85): \"Portail Azure : « This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID ». Sérieusement ?\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
  "near (0.83): \"how many on prem incidents\" ~ trained \"how many on-prem incidents remain\"",
  "near (0.85): \"azure me sort : This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
],
    containedLeaks: [
  "how many cloud incidents for azure",
  "How many incidents do we get for on-premises products?",
  "Getting this in Azure: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
  "we're silver, how many on prem incidents",
  "Azure portal: \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\". Seriously?",
  "gold partner, how many incidents for azure",
  "azure gives me: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
  "В портале Azure вылезает: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
  "Портал Azure пишет: \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\". Серьёзно?",
  "ажур выдаёт: This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
  "combien d'incidents onprem pour silver",
  "Combien d'incidents on a en tant que partenaire Silver ?",
  "Portail Azure : « This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID ». Sérieusement ?",
  "gold, combien d'incidents pour azure",
  "azure me sort : This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID",
],
    training: (['en', 'ru', 'fr'] as const).flatMap((l) => Object.values(CORPORA[l]).flat()),
  },
  () => startBot({ LOG_LEVEL: 'warn' }),
  describeLeaks,
);
