import { Tier, TIERS } from '../domain/types';

/**
 * "Compare all three memberships…", "сравни Silver и Gold…", "comparer les trois niveaux…": a comparison
 * of memberships asks for the figures of each (what differs between tiers is the incidents they get),
 * whatever else the message names ("on-premises support" is not a request to open one). Words are the
 * normalized message's (lower case, no accents, hyphens and apostrophes split words).
 */
const COMPARE = /^(compar|сравн|versus$|vs$)/;
/** "all" / "every" and "three", before a word for the memberships. */
const ALL_OR_THREE = new Set(['all', 'every', 'each', 'three', '3', 'все', 'всех', 'всем', 'каждый', 'три', 'трех', 'трем', 'tous', 'toutes', 'chaque', 'trois']);
const TIER_NOUN = /^(tier|membership|level|уровн|статус|niveau|adhesion)/;
/** Words between "all three" and the noun ("all three partner memberships", "tous les niveaux"). */
const GAP = 2;

/** The tiers a comparison is about: all three for "all three memberships", else none named here. */
export interface Comparison {
  tiers: readonly Tier[];
}

export function comparisonOf(words: readonly string[]): Comparison | undefined {
  if (!words.some((w) => COMPARE.test(w))) return undefined;
  const allTiers = words.some((w, i) => ALL_OR_THREE.has(w) && words.slice(i + 1, i + 2 + GAP).some((n) => TIER_NOUN.test(n)));
  return { tiers: allTiers ? TIERS : [] };
}
