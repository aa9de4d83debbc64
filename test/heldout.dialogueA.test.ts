import * as fs from 'node:fs';
import { CORPORA } from '../src/nlu/corpus';
import { startBot } from './support/botServer';
import { describeHeldOutSet, heldOutLines } from './support/heldoutRunner';
import { describeLeaks, findContainedLeaks, findLeaks } from './support/leakCheck';
import { HELDOUT_SET_A } from './fixtures/heldoutSetA';

/**
 * Held-out set A of the conversations issue (corrections, profiles over several turns, profiles after the
 * question, detours, a person on request, typed answers with negations, situations, unknowns, products in
 * long sentences, the Azure error's instruction): written from the article alone by a writer who had not
 * read src/ or the other fixtures, run once before the fixes (the first score is in the note).
 * Since then it is a regression set.
 */
const KNOWN_FAILING: ReadonlySet<string> = new Set(
  (process.env.HELDOUT_A_BASELINE ? [] : fs.readFileSync(`${__dirname}/fixtures/heldoutSetA.failing.txt`, 'utf8').split(/\s+/)).filter(Boolean),
);

describe('held-out set A: the set itself', () => {
  it('has at least 40 conversations per language, 1 to 6 turns each, unique ids', () => {
    for (const lang of ['en', 'ru', 'fr']) expect(HELDOUT_SET_A.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(40);
    for (const c of HELDOUT_SET_A) expect(c.turns.length >= 1 && c.turns.length <= 6).toBe(true);
    expect(new Set(HELDOUT_SET_A.map((c) => c.id)).size).toBe(HELDOUT_SET_A.length);
  });

  it('no user line is a training line, exactly or nearly (greetings and the pasted on-screen error aside)', () => {
    // A greeting of one or two words and the portal's error message, pasted as it is, are what everyone types.
    const ON_SCREEN = 'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID';
    const lines = HELDOUT_SET_A.flatMap((c) => c.turns.filter((t): t is string => typeof t === 'string')).filter(
      (line) => line.trim().split(/\s+/).length > 2 && line.trim() !== ON_SCREEN,
    );
    const training = (['en', 'ru', 'fr'] as const).flatMap((l) => Object.values(CORPORA[l]).flat());
    // Two lines of the set came out close to a training line by chance (the writer never saw the corpus);
    // they are listed here rather than reworded, so the first score stays the set's own.
    expect(describeLeaks(findLeaks(lines, training))).toEqual([
      'near (0.80): "so how many signature cloud incidents do we have?" ~ trained "how many signature cloud support incidents do we have"',
      'near (0.89): "how many signature cloud incidents do we have?" ~ trained "how many signature cloud support incidents do we have"',
    ]);
  });
});

describe('held-out set A: stems and contractions', () => {
  /**
   * Lines the stem-containment check (written after the set's first run) finds at 80 % or more inside one
   * training line of similar length: short domain questions, written without sight of the corpus. Frozen
   * here; the set is a regression set, so they do not bear on a generalization figure.
   */
  const FROZEN = [
    'how many on prem cases can we log?',
    'so how many signature cloud incidents do we have?',
    'how many incidents do we get for Azure?',
    'how many signature cloud incidents do we have?',
    'how many incidents for on-prem?',
    'how many incidents for on-premises products do we get?',
    'в Partner Center вылезает You are not authorized for this action',
    'сколько инцидентов у Silver по локальным?',
    "combien d'incidents cloud pour Azure ?",
    'compétence Small and Midmarket Cloud Solutions',
    "combien d'incidents pour les produits cloud ?",
    "combien d'incidents cloud on a ?",
    "ok, combien d'incidents pour Exchange Online ?",
    'how many on-prem incidents for gold?',
  ];
  it('no other line is contained in a training line', () => {
    const training = (['en', 'ru', 'fr'] as const).flatMap((l) => Object.values(CORPORA[l]).flat());
    expect(findContainedLeaks(heldOutLines(HELDOUT_SET_A), training).map((l) => l.text)).toEqual(FROZEN);
  });
});

describeHeldOutSet('held-out set A through the bot', HELDOUT_SET_A, () => startBot({ LOG_LEVEL: 'warn' }), {
  points: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  knownFailing: KNOWN_FAILING,
});
