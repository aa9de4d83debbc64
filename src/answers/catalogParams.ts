import { COMPETENCY_NAMES, PRODUCT_NAMES, ROLE_NAMES, SIGNATURE_PACKS, TIER_NAMES, UI_TEXT } from '../domain/catalog';
import { CLOUD_COMPETENCIES, Locale } from '../domain/types';
import type { Params } from '../i18n/strings';

/**
 * Every catalog name as a string-table placeholder: {onPremises}, {silver}, {globalAdmin}, {linkSupportBenefits}…
 * The string tables never type a name, a number or an on-screen label; they name the placeholder instead.
 */
export const CATALOG_PARAMS: Readonly<Params> = Object.freeze({
  ...PRODUCT_NAMES,
  ...TIER_NAMES,
  ...ROLE_NAMES,
  ...UI_TEXT,
  pack5: SIGNATURE_PACKS.silver.name,
  pack5Competency: SIGNATURE_PACKS.silver.competency,
  pack10: SIGNATURE_PACKS.gold.name,
  pack10Competency: SIGNATURE_PACKS.gold.competency,
});

/** The six cloud competencies as a sentence list in the locale's style ("a, b and c"). */
export function cloudCompetencyList(locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(
    CLOUD_COMPETENCIES.map((c) => COMPETENCY_NAMES[c]),
  );
}

export function cloudCompetencyNames(): string[] {
  return CLOUD_COMPETENCIES.map((c) => COMPETENCY_NAMES[c]);
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
