import {
  isProductFamily,
  product,
  PRODUCT_FAMILIES,
  PRODUCTS,
  productFamily,
  ProductRef,
  productInForm,
  supportTypeOfProduct,
} from '../domain/products';
import { SupportType } from '../domain/types';
import type { LexiconEntry } from './slotLexicon';

/**
 * The `product` slot: product names from the catalog (src/domain/products.ts) as lexicon entries. Russian
 * and French spellings are read in every language: a Cyrillic word or "en ligne" after a product name
 * means nothing else.
 */
export const PRODUCT_NAME_LEXICON: readonly LexiconEntry<ProductRef>[] = [
  ...PRODUCTS.map((p) => ({ value: p.id as ProductRef, patterns: allSpellings(p) })),
  ...PRODUCT_FAMILIES.map((f) => ({ value: f.id as ProductRef, patterns: allSpellings(f) })),
];

function allSpellings(entry: { spellings: readonly string[]; localSpellings?: Partial<Record<string, readonly string[]>> }): string[] {
  return [...entry.spellings, ...Object.values(entry.localSpellings ?? {}).flatMap((s) => s ?? [])];
}

export interface ProductReading {
  /** The one product named, in its form when the message says which ("Exchange on-premises" → Exchange Server). */
  product?: ProductRef;
  /** The support types the named products decide (a family decides none). */
  supportTypes: SupportType[];
}

/**
 * What the products named in a message say. `saidSupport` is the support type the message states in words
 * ("on-premises", "cloud"), which settles a family ("Exchange" + "on-prem").
 */
export function readProducts(named: readonly ProductRef[], saidSupport: SupportType | undefined): ProductReading {
  const distinct = [...new Set(named)];
  const supportTypes = distinct.map(supportTypeOfProduct).filter((s): s is SupportType => s !== undefined);
  if (distinct.length !== 1) return { supportTypes };
  const only = distinct[0];
  return { product: saidSupport ? productInForm(only, saidSupport) : only, supportTypes };
}

/**
 * How to ask "on-premises or cloud?" when the message named a product family ("Exchange"): the two
 * products' names as the buttons. Undefined when no family was named (the generic question applies).
 */
export function familyChoice(ref: ProductRef | undefined): { family: string; labels: Record<SupportType, string> } | undefined {
  if (!ref || !isProductFamily(ref)) return undefined;
  const family = productFamily(ref);
  return {
    family: family.name,
    labels: { cloud: product(family.cloud).name, onPremises: product(family.onPremises).name },
  };
}
