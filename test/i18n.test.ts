import {
  COMPETENCY_NAMES,
  LINKS,
  PRODUCT_NAMES,
  ROLE_NAMES,
  SIGNATURE_PACKS,
  TIER_NAMES,
  UI_TEXT,
} from '../src/domain/catalog';
import { LOCALES } from '../src/domain/types';
import { TABLES } from '../src/i18n/strings';

const placeholders = (text: string): string[] => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

describe('string tables en / ru / fr', () => {
  const enKeys = Object.keys(TABLES.en).sort();

  it.each(LOCALES)('%s has exactly the keys of en', (locale) => {
    expect(Object.keys(TABLES[locale]).sort()).toEqual(enKeys);
  });

  it.each(LOCALES)('%s has no empty string', (locale) => {
    const empty = Object.entries(TABLES[locale]).filter(([, text]) => text.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it.each(['ru', 'fr'] as const)('%s uses the same {placeholders} as en in every string', (locale) => {
    const differing = enKeys.filter(
      (key) =>
        placeholders(TABLES.en[key as keyof typeof TABLES.en]).join() !==
        placeholders(TABLES[locale][key as keyof typeof TABLES.en]).join(),
    );
    expect(differing).toEqual([]);
  });
});

/**
 * Names, numbers and links are facts of the catalog: the answer and card strings refer to them through
 * placeholders, so a change in the catalog reaches every language. (common.ts belongs to the lead and
 * is not checked here.)
 */
describe('answer and card strings take facts from the catalog', () => {
  const ours = LOCALES.flatMap((locale) =>
    Object.entries(TABLES[locale])
      .filter(([key]) => key.startsWith('answers.') || key.startsWith('cards.'))
      .map(([key, text]) => ({ locale, key, text })),
  );

  const catalogNames = [
    ...Object.values(PRODUCT_NAMES),
    ...Object.values(TIER_NAMES),
    ...Object.values(ROLE_NAMES),
    ...Object.values(COMPETENCY_NAMES),
    SIGNATURE_PACKS.gold.name,
    SIGNATURE_PACKS.silver.name,
    SIGNATURE_PACKS.gold.competency,
    SIGNATURE_PACKS.silver.competency,
    // Single common words ("Account", "Benefits", "Activate") read as plain words in running text.
    ...Object.values(UI_TEXT).filter((label) => label.includes(' ')),
  ];

  it('exist for answers and cards in every locale', () => {
    expect(ours.length).toBeGreaterThan(LOCALES.length * 50);
  });

  it('type no digit (incident counts, the number of competencies… come from the catalog)', () => {
    expect(
      ours.filter(({ text }) => /\d/.test(text.replace(/\{\w+\}/g, ''))).map(({ locale, key }) => `${locale} ${key}`),
    ).toEqual([]);
  });

  it('type no product, tier, role, competency, pack name or multi-word on-screen label', () => {
    const typed = ours.flatMap(({ locale, key, text }) =>
      catalogNames
        .filter((name) => new RegExp(`(^|[^\\w])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w])`).test(text))
        .map((name) => `${locale} ${key}: "${name}"`),
    );
    expect(typed).toEqual([]);
  });

  it('type no link', () => {
    const urls = Object.values(LINKS);
    expect(ours.filter(({ text }) => urls.some((url) => text.includes(url)) || /https?:\/\//.test(text))).toEqual([]);
  });
});
