/**
 * The incident ledger: "Microsoft case opened" recorded on tickets (or typed by an admin), counted per
 * support type against the allowance of the organization's recorded profile, within the contract period.
 * Only Support for Business shows Microsoft's own count; this is the organization's.
 */
import type { Allowance } from './catalog';
import type { Actor, BenefitRecord, PartnerProfile } from './records';
import { entitlementSnapshot } from './tickets';
import { SUPPORT_TYPES, type SupportType } from './types';

export interface MicrosoftCase {
  caseNumber: string;
  supportType: SupportType;
  /** YYYY-MM-DD */
  openedOn: string;
  ticketNumber?: number;
  recordedBy: Actor;
  recordedAt: string;
}

export type NewMicrosoftCase = Omit<MicrosoftCase, 'recordedBy' | 'recordedAt'>;

/** Microsoft's case numbers are digits; 4 to 20 of them. */
export const CASE_NUMBER = /^\d{4,20}$/;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** "0007100003" and "7100003" are one case: leading zeros and spaces do not make another number. */
export function normalizeCaseNumber(raw: string): string {
  const digits = raw.trim().replace(/[\s-]/g, '');
  return /^\d+$/.test(digits) ? digits.replace(/^0+(?=\d)/, '') : digits;
}

/** The earliest date a case can carry when no contract start is recorded (a date sanity bound, not a fact). */
export const EARLIEST_CASE_DATE = '2000-01-01';

/** Why a case's date cannot be recorded: after today, or before the contract period started. */
export function caseDateProblem(openedOn: string, today: string, contractStart?: string): 'future' | 'beforeContract' | undefined {
  if (openedOn > today) return 'future';
  const earliest = contractStart && isIsoDate(contractStart) ? contractStart : EARLIEST_CASE_DATE;
  return openedOn < earliest ? 'beforeContract' : undefined;
}

/** `case removed 7100003` (en), `кейс удалён 7100003` (ru), `cas supprimé 7100003` (fr): the case number. */
export function parseCaseRemoval(text: string): string | undefined {
  const m = /^\s*(?:case (?:removed|deleted)|remove case|delete case|(?:кейс|обращение) (?:удал[её]н[оа]?|удалить)|удалить (?:кейс|обращение)|cas supprim[ée]|supprimer (?:le )?cas|dossier supprim[ée])\s+#?(\d{1,20})\s*[.!]?\s*$/i.exec(
    text.replace(/<at>[^<]*<\/at>/g, ' '),
  );
  return m ? normalizeCaseNumber(m[1]) : undefined;
}

/** Checks what a card or a command gave; undefined when something is missing or malformed. */
export function newCase(input: { supportType: unknown; caseNumber: unknown; openedOn: unknown; ticketNumber?: number }): NewMicrosoftCase | undefined {
  const supportType = typeof input.supportType === 'string' && (SUPPORT_TYPES as readonly string[]).includes(input.supportType) ? (input.supportType as SupportType) : undefined;
  const caseNumber = normalizeCaseNumber(typeof input.caseNumber === 'string' ? input.caseNumber : '');
  const openedOn = typeof input.openedOn === 'string' ? input.openedOn.trim() : '';
  if (!supportType || !CASE_NUMBER.test(caseNumber) || !isIsoDate(openedOn)) return undefined;
  return { supportType, caseNumber, openedOn, ...(input.ticketNumber ? { ticketNumber: input.ticketNumber } : {}) };
}

const SUPPORT_WORDS: Array<[RegExp, SupportType]> = [
  [/^(on-premises|on premises|onpremises|on-prem|локальн\S*|на-месте|sur site|sur-site|local|locaux|locale)$/i, 'onPremises'],
  [/^(cloud|облачн\S*|облако|nuage)$/i, 'cloud'],
];

/**
 * `case opened on-premises 1234567` (en), `кейс открыт локальные 1234567` (ru), `cas ouvert sur site 1234567`
 * (fr); an optional date YYYY-MM-DD at the end, today otherwise. Only the whole message counts.
 */
export function parseCaseCommand(text: string): { supportType: SupportType; caseNumber: string; openedOn?: string } | undefined {
  const m = /^\s*(?:case opened|(?:кейс|обращение|заявка) (?:в microsoft )?открыт[оаы]?|cas ouvert|dossier ouvert)\s+(.+?)\s+(\d{4,20})(?:\s+(\d{4}-\d{2}-\d{2}))?\s*[.!]?\s*$/i.exec(
    text.replace(/<at>[^<]*<\/at>/g, ' '),
  );
  if (!m) return undefined;
  const word = m[1].trim().replace(/\s+/g, ' ');
  const supportType = SUPPORT_WORDS.find(([re]) => re.test(word))?.[1];
  if (!supportType) return undefined;
  return { supportType, caseNumber: m[2], ...(m[3] ? { openedOn: m[3] } : {}) };
}

export interface LedgerLine {
  supportType: SupportType;
  used: number;
  /** From the recorded profile; undefined when no tier is recorded (or, for cloud, no competency). */
  allowance?: Allowance;
}

export interface Ledger {
  /** The contract period counted; undefined when the benefit record has no contract dates (all cases count). */
  period?: { start?: string; end?: string };
  lines: LedgerLine[];
}

/** Cases per support type within the contract period, against the recorded profile's allowances. */
export function ledgerOf(profile: PartnerProfile | undefined, benefit: BenefitRecord, cases: readonly MicrosoftCase[]): Ledger {
  const start = benefit.contractStart;
  const end = benefit.contractEnd;
  const period = start || end ? { ...(start ? { start } : {}), ...(end ? { end } : {}) } : undefined;
  const inPeriod = cases.filter((c) => (!start || c.openedOn >= start) && (!end || c.openedOn <= end));
  const incidents = entitlementSnapshot(profile, benefit).incidents;
  const lines = SUPPORT_TYPES.map((supportType) => ({
    supportType,
    used: inPeriod.filter((c) => c.supportType === supportType).length,
    allowance: incidents?.[supportType],
  }));
  return { ...(period ? { period } : {}), lines };
}

/** Incidents left by the ledger for a counted allowance; undefined when not counted (unlimited, none, unknown). */
export function remainingOf(line: LedgerLine): number | undefined {
  return line.allowance?.kind === 'count' ? Math.max(0, line.allowance.incidents - line.used) : undefined;
}

/** A notice admins get once per contract period (the dedupe key says which period). */
export type AdminNotice =
  | { kind: 'lowIncidents'; supportType: SupportType; left: number; allowance: number; key: string }
  | { kind: 'contractEnds'; end: string; days: number; key: string };

/** Two or fewer incidents left by the ledger; the contract ends within 30 days. */
export const LOW_INCIDENTS = 2;
export const CONTRACT_END_DAYS = 30;

/** The notices due now for the tenant's ledger and contract (`today` YYYY-MM-DD). */
export function dueNotices(ledger: Ledger, benefit: BenefitRecord, today: string): AdminNotice[] {
  const out: AdminNotice[] = [];
  const period = `${ledger.period?.start ?? '-'}..${ledger.period?.end ?? '-'}`;
  for (const line of ledger.lines) {
    const left = remainingOf(line);
    if (left === undefined || line.allowance?.kind !== 'count' || left > LOW_INCIDENTS) continue;
    out.push({ kind: 'lowIncidents', supportType: line.supportType, left, allowance: line.allowance.incidents, key: `notice:low:${line.supportType}:${period}` });
  }
  const end = benefit.contractEnd;
  if (end && isIsoDate(end) && isIsoDate(today)) {
    const days = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
    if (days >= 0 && days <= CONTRACT_END_DAYS) out.push({ kind: 'contractEnds', end, days, key: `notice:end:${end}` });
  }
  return out;
}
