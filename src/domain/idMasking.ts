/**
 * Masking of Access IDs and Contract IDs in text that goes where more than one person reads it (a helpdesk
 * channel, a group chat). Two kinds of match: the organization's recorded IDs wherever they appear (as whole
 * tokens, any case), and a token shaped like an ID (letters, digits and separators, with a digit) right after
 * the words "Access ID" / "Contract ID" in en, ru or fr, which catches IDs nobody has recorded yet.
 */

export const ID_MASK = '••••••';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The names of the two IDs, as people write them in en, ru and fr. */
const ID_NAME = [
  'access[\\s_-]*id',
  'contract[\\s_-]*id',
  'id[\\s_-]*(?:d[\'’]\\s*acc[eè]s|de\\s+contrat|du\\s+contrat)',
  'identifiant[\\s_-]*(?:d[\'’]\\s*acc[eè]s|de\\s+contrat|du\\s+contrat)',
  'num[eé]ro\\s+de\\s+contrat',
  '(?:id|ид|идентификатор|номер)[\\s_-]*(?:доступа|контракта|договора)',
].join('|');

/** Up to three short words (is, est, это, наш…) or punctuation between the name and the ID itself. */
const FILLER = '(?:[\\s:=\\-–—«»"“”\'’()]+(?:[\\p{L}]{1,6}[\\s:=\\-–—«»"“”\'’()]+){0,3})';

/** An ID-shaped token: 4 to 64 letters, digits and separators, with at least one digit. */
const ID_SHAPE = '(?=[\\p{L}\\p{N}._/-]*\\d)[\\p{L}\\p{N}](?:[\\p{L}\\p{N}._/-]{2,62}[\\p{L}\\p{N}])';

const NAMED_ID = new RegExp(`((?:${ID_NAME})${FILLER})(${ID_SHAPE})`, 'giu');

export interface MaskResult {
  text: string;
  masked: boolean;
}

/** The text with the recorded IDs and ID-shaped tokens named as IDs replaced by ID_MASK. */
export function maskIds(text: string, recordedIds: readonly string[]): MaskResult {
  let out = text;
  for (const raw of recordedIds) {
    const id = raw.trim();
    if (id.length < 3) continue;
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(id)}(?![\\p{L}\\p{N}])`, 'giu'), ID_MASK);
  }
  out = out.replace(NAMED_ID, (_all, lead: string) => `${lead}${ID_MASK}`);
  return { text: out, masked: out !== text };
}

/** Every string inside a JSON-like value masked; the same shape back. */
export function maskIdsDeep<T>(value: T, recordedIds: readonly string[]): { value: T; masked: boolean } {
  let masked = false;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const r = maskIds(v, recordedIds);
      if (r.masked) masked = true;
      return r.text;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  const result = walk(value) as T;
  return { value: masked ? result : value, masked };
}
