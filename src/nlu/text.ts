/** Text normalization shared by the slot rules, the language detector and the intent rules. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Lower case, accents removed (é → e, ё → е, й → и), typographic quotes and dashes made plain,
 * Teams mention markup dropped, whitespace collapsed. The same function is applied to every
 * pattern, so patterns and input always compare like with like.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/\u0153/g, 'oe')
    .replace(/\u00e6/g, 'ae')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb\u201e]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of a normalized text: runs of Latin or Cyrillic letters and digits ("d'incidents" → d, incidents). */
export function tokenize(normalized: string): string[] {
  return normalized.match(/[a-z0-9\u0430-\u044f]+/g) ?? [];
}

/** A message as every step reads it, normalized and split once. */
export interface PreparedText {
  raw: string;
  normalized: string;
  words: readonly string[];
}

export function prepareText(raw: string): PreparedText {
  const normalized = normalizeText(raw);
  return { raw, normalized, words: tokenize(normalized) };
}

export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04ff]/.test(text);
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = [];
  for (let i = 0; i < rows; i += 1) {
    d.push(new Array<number>(cols).fill(0));
    d[i][0] = i;
  }
  for (let j = 0; j < cols; j += 1) d[0][j] = j;
  for (let i = 1; i < rows; i += 1) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[i - 2][j - 2] + 1);
      }
      d[i][j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[rows - 1][cols - 1];
}

/** A word boundary in a text of words joined by single spaces and padded with one (see `spacedWords`). */
const WORD_BOUNDARY = '(?:(?<= )|(?= ))';

/** The words of a message as one string, padded, for `wordRegExp` patterns. */
export function spacedWords(words: readonly string[]): string {
  return ` ${words.join(' ')} `;
}

/**
 * A regular expression over `spacedWords` whose `\b` also marks the edges of Cyrillic words (JavaScript's
 * `\b` knows only ASCII letters, and a Unicode-aware one is several times slower).
 */
export function wordRegExp(pattern: RegExp): RegExp {
  return new RegExp(inNormalForm(pattern).source.replace(/\\b/g, WORD_BOUNDARY), pattern.flags);
}

/**
 * A pattern written with the letters people type, made to match normalized text: normalizeText turns й into и
 * and ё into е, so "кейс" or "горячей" in a pattern would never match. Every pattern over normalized text goes
 * through this.
 */
export function inNormalForm(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replace(/й/g, 'и').replace(/ё/g, 'е').replace(/Й/g, 'И').replace(/Ё/g, 'Е'), pattern.flags);
}
