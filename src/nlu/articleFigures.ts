/**
 * The article's figures win over an organization's answer: a saved answer may add to the article, never
 * change one of its incident counts. This reads a text sentence by sentence as the recognizer reads a
 * question (the same slots: tier, support type, competency kind) and finds an incident count that is not
 * the article's for the tier named.
 */
import type { Allowance } from '../domain/catalog';
import { findCell } from '../domain/entitlements';
import type { Locale, SupportType, Tier } from '../domain/types';
import { readSlots } from './slots';
import { prepareText } from './text';

/** What the text says against the article: the tier, the count it states, and the article's figures for that tier. */
export interface FigureConflict {
  tier: Tier;
  stated: number;
  /** The support types the sentence is about (both when it names none). */
  supportTypes: SupportType[];
}

/** Words that make a number in the same sentence an incident count ("incidents", "инцидентов", "incidents"). */
const INCIDENT_WORD = /^(incident|инцидент|обращени|кейс|case|cas$|dossier)/;

/** Every count the article gives a tier for a support type (the cloud cell's two competency kinds). */
export function articleCounts(tier: Tier, supportType: SupportType): number[] {
  const cell = findCell(tier, supportType);
  const allowances: (Allowance | undefined)[] = [cell.allowance, cell.cloudCompetency, cell.otherCompetency];
  return allowances.flatMap((a) => (a && a.kind === 'count' ? [a.incidents] : []));
}

/** How many words from an incident word a number still counts it. */
const NEAR = 3;

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+|\n+/).filter((s) => s.trim());
}

/**
 * The first incident count in `text` that is not the article's for the tier its sentence names, or
 * undefined. A sentence naming no tier, several tiers or no incidents says nothing the article could refute.
 */
export function articleFigureConflict(text: string, locale: Locale): FigureConflict | undefined {
  for (const sentence of sentences(text)) {
    const { words } = prepareText(sentence);
    if (!words.some((w) => INCIDENT_WORD.test(w))) continue;
    const { mentions } = readSlots(words, locale);
    if (mentions.tiers.length !== 1) continue;
    const tier = mentions.tiers[0];
    const supportTypes: SupportType[] = mentions.supportTypes.length > 0 ? mentions.supportTypes : ['onPremises', 'cloud'];
    const allowed = new Set(supportTypes.flatMap((type) => articleCounts(tier, type)));
    // A count is a number of at most three digits next to an incident word ("25 on-premises incidents"), not
    // a year, and not "3 of our 20 incidents" (the 3 is what was used).
    const incidentAt = words.flatMap((w, i) => (INCIDENT_WORD.test(w) ? [i] : []));
    for (let i = 0; i < words.length; i += 1) {
      if (!/^\d{1,3}$/.test(words[i]) || !incidentAt.some((j) => Math.abs(i - j) <= NEAR)) continue;
      const n = Number(words[i]);
      if (n > 0 && !allowed.has(n)) return { tier, stated: n, supportTypes };
    }
  }
  return undefined;
}
