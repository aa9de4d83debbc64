import type { ActivationDetails } from './activationGateway';

export type ActivationDetailsError =
  | 'accessIdRequired'
  | 'contractIdRequired'
  | 'accessIdTooLong'
  | 'contractIdTooLong'
  | 'markup'
  | 'badDate'
  | 'badIncidents'
  | 'endBeforeStart';

export type ActivationDetailsResult =
  | { ok: true; value: ActivationDetails }
  | { ok: false; errors: ActivationDetailsError[] };

export const ACTIVATION_ID_MAX_LENGTH = 64;

// Whatever we accept is echoed back in chat and cards: no HTML, no control characters, no markdown links.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const MARKDOWN_LINK = /\]\s*\(/; // the "](" of [text](url)
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function hasMarkup(s: string): boolean {
  return s.includes('<') || s.includes('>') || CONTROL.test(s) || MARKDOWN_LINK.test(s);
}

function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** undefined / null / blank string mean "not given" for the optional fields. */
function isAbsent(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

function checkId(
  raw: unknown,
  required: ActivationDetailsError,
  tooLong: ActivationDetailsError,
  errors: Set<ActivationDetailsError>,
): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') {
    errors.add(required);
    return undefined;
  }
  const value = raw.trim();
  if (value.length > ACTIVATION_ID_MAX_LENGTH) errors.add(tooLong);
  if (hasMarkup(value)) errors.add('markup');
  return value;
}

function checkDate(raw: unknown, errors: Set<ActivationDetailsError>): string | undefined {
  if (isAbsent(raw)) return undefined;
  if (typeof raw !== 'string' || !isCalendarDate(raw.trim())) {
    errors.add('badDate');
    return undefined;
  }
  return raw.trim();
}

/**
 * Validates and normalizes activation details, whether typed by an admin or returned by a webhook.
 * Unknown fields are dropped. Errors are reported once each, in a stable order.
 */
export function validateActivationDetails(input: unknown): ActivationDetailsResult {
  const errors = new Set<ActivationDetailsError>();
  const obj: Record<string, unknown> =
    typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};

  const accessId = checkId(obj.accessId, 'accessIdRequired', 'accessIdTooLong', errors);
  const contractId = checkId(obj.contractId, 'contractIdRequired', 'contractIdTooLong', errors);
  const contractStart = checkDate(obj.contractStart, errors);
  const contractEnd = checkDate(obj.contractEnd, errors);
  if (contractStart && contractEnd && contractEnd < contractStart) errors.add('endBeforeStart');

  let incidentsRemaining: number | undefined;
  // Teams' web and desktop clients leave an empty input out; other hosts send "": both mean "not given".
  if (!isAbsent(obj.incidentsRemaining)) {
    const n = obj.incidentsRemaining;
    if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0) incidentsRemaining = n;
    else errors.add('badIncidents');
  }

  if (errors.size > 0 || accessId === undefined || contractId === undefined) {
    const order: ActivationDetailsError[] = [
      'accessIdRequired',
      'contractIdRequired',
      'accessIdTooLong',
      'contractIdTooLong',
      'markup',
      'badDate',
      'endBeforeStart',
      'badIncidents',
    ];
    return { ok: false, errors: order.filter((e) => errors.has(e)) };
  }

  const value: ActivationDetails = { accessId, contractId };
  if (contractStart !== undefined) value.contractStart = contractStart;
  if (contractEnd !== undefined) value.contractEnd = contractEnd;
  if (incidentsRemaining !== undefined) value.incidentsRemaining = incidentsRemaining;
  return { ok: true, value };
}
