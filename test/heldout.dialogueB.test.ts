import * as fs from 'node:fs';
import { CORPORA } from '../src/nlu/corpus';
import { startBot } from './support/botServer';
import { describeHeldOutSet, heldOutLines } from './support/heldoutRunner';
import { describeLeaks, findContainedLeaks, findLeaks } from './support/leakCheck';
import { HELDOUT_SET_B } from './fixtures/heldoutSetB';

/**
 * Held-out set B of the conversations issue: written from the article alone by a second writer with another
 * brief (personas: a hurried presales engineer, a long-winded partner manager, a junior engineer, an IT lead,
 * a sales person), not shown set A nor src/, kept sealed until the fixes were done, and run once: that first
 * score is the generalization figure in the note. Since then it is a regression set.
 */
const KNOWN_FAILING: ReadonlySet<string> = new Set(
  (process.env.HELDOUT_B_BASELINE ? [] : fs.readFileSync(`${__dirname}/fixtures/heldoutSetB.failing.txt`, 'utf8').split(/\s+/)).filter(Boolean),
);

/** What the leak checks found in the set when it was unsealed, before its first run. */
const NEAR_LEAKS: string[] = [
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
];
const CONTAINED_LEAKS: string[] = [
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
];

describe('held-out set B: the set itself', () => {
  it('has at least 40 conversations per language, 1 to 6 turns each, unique ids', () => {
    for (const lang of ['en', 'ru', 'fr']) expect(HELDOUT_SET_B.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(40);
    for (const c of HELDOUT_SET_B) expect(c.turns.length >= 1 && c.turns.length <= 6).toBe(true);
    expect(new Set(HELDOUT_SET_B.map((c) => c.id)).size).toBe(HELDOUT_SET_B.length);
  });

  it('no user line is a training line, exactly or nearly (greetings and the pasted on-screen error aside)', () => {
    // A greeting of one or two words and the portal's error message, pasted as it is, are what everyone types.
    const ON_SCREEN = 'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID';
    const lines = HELDOUT_SET_B.flatMap((c) => c.turns.filter((t): t is string => typeof t === 'string')).filter(
      (line) => line.trim().split(/\s+/).length > 2 && line.trim() !== ON_SCREEN,
    );
    const training = (['en', 'ru', 'fr'] as const).flatMap((l) => Object.values(CORPORA[l]).flat());
    // Two lines of the set came out close to a training line by chance (the writer never saw the corpus);
    // they are listed here rather than reworded, so the first score stays the set's own.
    expect(describeLeaks(findLeaks(lines, training))).toEqual(NEAR_LEAKS);
  });
});

describe('held-out set B: stems and contractions', () => {
  /**
   * Lines the stem-containment check (written after the set's first run) finds at 80 % or more inside one
   * training line of similar length: short domain questions, written without sight of the corpus. Frozen
   * here; the set is a regression set, so they do not bear on a generalization figure.
   */
  const FROZEN: string[] = CONTAINED_LEAKS;
  it('no other line is contained in a training line', () => {
    const training = (['en', 'ru', 'fr'] as const).flatMap((l) => Object.values(CORPORA[l]).flat());
    expect(findContainedLeaks(heldOutLines(HELDOUT_SET_B), training).map((l) => l.text)).toEqual(FROZEN);
  });
});

describeHeldOutSet('held-out set B through the bot', HELDOUT_SET_B, () => startBot({ LOG_LEVEL: 'warn' }), {
  points: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  knownFailing: KNOWN_FAILING,
});
