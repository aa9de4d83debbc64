/**
 * Held-out text must not be training text in disguise. These helpers compare a phrasing with the
 * training corpus the way the classifier would see it: case, punctuation, whitespace, ё/е and
 * accents do not make two phrasings different, and changing one word of six does not either.
 *
 * Written apart from src/nlu/text.ts on purpose: the check must not inherit a blind spot of the
 * code it checks.
 */

/** Default word-set overlap (Jaccard) from which two phrasings count as the same one. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

/**
 * Lower case, accents and diacritics removed (NFD; é → e, ё → е, й → и), œ/æ spelled out, every
 * run of punctuation or symbols made one space, whitespace collapsed. "D'incidents ?" and
 * "d incidents" read the same.
 */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The distinct words of a text, after normalize(). */
export function wordSet(text: string): Set<string> {
  const normalized = normalize(text);
  return new Set(normalized ? normalized.split(' ') : []);
}

/** |A ∩ B| / |A ∪ B| of the two word sets; 1 for two texts with no words at all. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const w of a) if (b.has(w)) common += 1;
  return common / (a.size + b.size - common);
}

/** True when the two texts are equal after normalize() or share at least `threshold` of their words. */
export function nearDuplicate(a: string, b: string, threshold = NEAR_DUPLICATE_THRESHOLD): boolean {
  return normalize(a) === normalize(b) || jaccard(wordSet(a), wordSet(b)) >= threshold;
}

export interface Leak {
  /** The held-out text. */
  text: string;
  /** The closest training text. */
  trained: string;
  /** `exact`: equal after normalize(); `near`: word-set overlap at or above the threshold. */
  kind: 'exact' | 'near';
  overlap: number;
}

/**
 * Every held-out text that is a training text after normalization, or a near-duplicate of one,
 * with the closest training text. Empty when the held-out set is honest.
 */
export function findLeaks(heldOut: readonly string[], training: readonly string[], threshold = NEAR_DUPLICATE_THRESHOLD): Leak[] {
  const trained = training.map((t) => ({ t, n: normalize(t), words: wordSet(t) }));
  const byNormalized = new Map(trained.map((x) => [x.n, x.t]));
  const leaks: Leak[] = [];
  for (const text of heldOut) {
    const exact = byNormalized.get(normalize(text));
    if (exact !== undefined) {
      leaks.push({ text, trained: exact, kind: 'exact', overlap: 1 });
      continue;
    }
    const words = wordSet(text);
    let best = { trained: '', overlap: -1 };
    for (const x of trained) {
      const overlap = jaccard(words, x.words);
      if (overlap > best.overlap) best = { trained: x.t, overlap };
    }
    if (best.overlap >= threshold) leaks.push({ text, trained: best.trained, kind: 'near', overlap: best.overlap });
  }
  return leaks;
}

/** One line per leak, for a readable test failure. */
export function describeLeaks(leaks: readonly Leak[]): string[] {
  return leaks.map((l) => `${l.kind} (${l.overlap.toFixed(2)}): "${l.text}" ~ trained "${l.trained}"`);
}

// ---- Contractions, stems and containment ----------------------------------------------------------

/** English and French contractions spelled out, so "we're" and "we are", "l'article" and "le article" meet. */
const CONTRACTIONS: ReadonlyArray<[RegExp, string]> = [
  [/\b(can)'?t\b/g, 'can not'],
  [/\bwon'?t\b/g, 'will not'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'m\b/g, ' am'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/\b(it|that|what|there|here|who|he|she)'s\b/g, '$1 is'],
  [/\b(j)'/g, 'je '],
  [/\b(l)'/g, 'le '],
  [/\b(d)'/g, 'de '],
  [/\b(qu)'/g, 'que '],
  [/\b(n)'/g, 'ne '],
  [/\b(c)'/g, 'ce '],
  [/\b(s)'/g, 'se '],
  [/\b(m)'/g, 'me '],
  [/\b(t)'/g, 'te '],
];

export function expandContractions(text: string): string {
  let out = text.toLowerCase().replace(/[’‘`´]/g, "'");
  for (const [re, to] of CONTRACTIONS) out = out.replace(re, to);
  return out;
}

/** A crude stem: common inflection endings of en / ru / fr cut off (the same word in two forms meets). */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  const endings = [
    // ru (after normalize: ё → е, й → и)
    'ами', 'ями', 'ов', 'ев', 'ии', 'ие', 'ия', 'ой', 'ый', 'ий', 'ая', 'ое', 'ые', 'ых', 'их', 'ую', 'юю', 'ом', 'ем', 'ах', 'ях', 'ть', 'ет', 'ют', 'ат', 'ит', 'ли', 'ла', 'ло', 'а', 'я', 'ы', 'и', 'у', 'ю', 'е', 'о',
    // en / fr
    'ements', 'ement', 'ations', 'ation', 'ingly', 'ing', 'edly', 'ed', 'ies', 'es', 'er', 'ez', 'ent', 'ly', 's', 'e',
  ];
  // A plural first ("incidents" → "incident"), then one inflection ending, so both forms meet.
  const base = word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  for (const e of endings) if (base.endsWith(e) && base.length - e.length >= 3) return base.slice(0, -e.length);
  return base;
}

export function stemSet(text: string): Set<string> {
  const normalized = normalize(expandContractions(text));
  return new Set(normalized ? normalized.split(' ').map(stem) : []);
}

/**
 * Held-out lines of at least `minWords` stems whose stems are `threshold` or more contained in one training
 * line (|held ∩ trained| / |held|) of similar length (at most half as long again): a training line with a few
 * words added, dropped or changed is still a leak, while a short phrase inside a long line is not.
 */
export function findContainedLeaks(heldOut: readonly string[], training: readonly string[], threshold = NEAR_DUPLICATE_THRESHOLD, minWords = 6): Leak[] {
  const trained = training.map((t) => ({ t, stems: stemSet(t) }));
  const leaks: Leak[] = [];
  for (const text of heldOut) {
    const stems = stemSet(text);
    if (stems.size < minWords) continue;
    let best = { trained: '', overlap: -1 };
    for (const x of trained) {
      if (x.stems.size > stems.size * 1.5) continue;
      let common = 0;
      for (const s of stems) if (x.stems.has(s)) common += 1;
      const overlap = common / stems.size;
      if (overlap > best.overlap) best = { trained: x.t, overlap };
    }
    if (best.overlap >= threshold) leaks.push({ text, trained: best.trained, kind: 'near', overlap: best.overlap });
  }
  return leaks;
}
