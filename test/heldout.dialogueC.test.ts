import * as fs from 'node:fs';
import { CORPORA } from '../src/nlu/corpus';
import { startBot } from './support/botServer';
import { describeHeldOutSet, heldOutLines } from './support/heldoutRunner';
import { describeLeaks, findContainedLeaks, findLeaks } from './support/leakCheck';
import { HELDOUT_SET_C } from './fixtures/heldoutSetC';

/**
 * Held-out set C of the conversations issue: a third writer, another brief (a partner's working week: backlog,
 * escalations, onboarding, a colleague covering half-informed, language switches), not shown sets A and B nor
 * src/, sealed until the fixes after set B were done, and run once: that first score is the generalization
 * figure after those fixes. Since then it is a regression set.
 */
const KNOWN_FAILING: ReadonlySet<string> = new Set(
  (process.env.HELDOUT_C_BASELINE ? [] : fs.readFileSync(`${__dirname}/fixtures/heldoutSetC.failing.txt`, 'utf8').split(/\s+/)).filter(Boolean),
);

/** What the leak checks found in the set when it was unsealed, before its first run. */
const NEAR_LEAKS: string[] = [
  "near (0.82): \"how many incidents do we get for on-prem products?\" ~ trained \"how many cases do we get for on prem products\"",
  "near (0.89): \"«This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID» — что делать?\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
  "near (0.85): \"« This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID » — je fais quoi ?\" ~ trained \"This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID\"",
];
const CONTAINED_LEAKS: string[] = [
  "how many incidents do we get for on-prem products?",
  "how many incidents do we get for SQL Server?",
  "сколько у нас инцидентов на on-prem?",
  "компетенция Small and Midmarket Cloud Solutions",
  "«This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID» — что делать?",
  "bref — combien d'incidents pour Exchange Online ?",
  "combien d'incidents pour SQL Server ?",
  "« This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID » — je fais quoi ?",
];

describe('held-out set C: the set itself', () => {
  it('has at least 40 conversations per language, 1 to 6 turns each, unique ids', () => {
    for (const lang of ['en', 'ru', 'fr']) expect(HELDOUT_SET_C.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(40);
    for (const c of HELDOUT_SET_C) expect(c.turns.length >= 1 && c.turns.length <= 6).toBe(true);
    expect(new Set(HELDOUT_SET_C.map((c) => c.id)).size).toBe(HELDOUT_SET_C.length);
  });

  it('no user line is a training line, exactly or nearly (greetings and the pasted on-screen error aside)', () => {
    // A greeting of one or two words and the portal's error message, pasted as it is, are what everyone types.
    const ON_SCREEN = 'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID';
    const lines = HELDOUT_SET_C.flatMap((c) => c.turns.filter((t): t is string => typeof t === 'string')).filter(
      (line) => line.trim().split(/\s+/).length > 2 && line.trim() !== ON_SCREEN,
    );
    const training = (['en', 'ru', 'fr'] as const).flatMap((l) => Object.values(CORPORA[l]).flat());
    // Two lines of the set came out close to a training line by chance (the writer never saw the corpus);
    // they are listed here rather than reworded, so the first score stays the set's own.
    expect(describeLeaks(findLeaks(lines, training))).toEqual(NEAR_LEAKS);
  });
});

describe('held-out set C: stems and contractions', () => {
  /**
   * Lines the stem-containment check (written after the set's first run) finds at 80 % or more inside one
   * training line of similar length: short domain questions, written without sight of the corpus. Frozen
   * here; the set is a regression set, so they do not bear on a generalization figure.
   */
  const FROZEN: string[] = CONTAINED_LEAKS;
  it('no other line is contained in a training line', () => {
    const training = (['en', 'ru', 'fr'] as const).flatMap((l) => Object.values(CORPORA[l]).flat());
    expect(findContainedLeaks(heldOutLines(HELDOUT_SET_C), training).map((l) => l.text)).toEqual(FROZEN);
  });
});

describeHeldOutSet('held-out set C through the bot', HELDOUT_SET_C, () => startBot({ LOG_LEVEL: 'warn' }), {
  points: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  knownFailing: KNOWN_FAILING,
});
