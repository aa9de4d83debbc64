import { composeIncidentsAnswer } from '../src/answers';
import { calculateEntitlement, type EntitlementQuery } from '../src/domain/entitlements';
import type { Locale } from '../src/domain/types';

/**
 * The article's table, written here and nowhere else in the tests' expectations ("Technical Support for
 * On-premises or Cloud products", 2021-03-04): Microsoft Product Support (recent on-premises products) Action
 * Pack 10, Silver 15, Gold 20 incidents; Signature Cloud Support Action Pack none, Silver and Gold unlimited
 * with a cloud competency, else Silver 5 and Gold 10. A wrong number in the catalog fails these tests.
 */
const ARTICLE: Array<[EntitlementQuery, 'count' | 'unlimited' | 'none', number | undefined]> = [
  [{ tier: 'actionPack', supportType: 'onPremises' }, 'count', 10],
  [{ tier: 'silver', supportType: 'onPremises' }, 'count', 15],
  [{ tier: 'gold', supportType: 'onPremises' }, 'count', 20],
  [{ tier: 'actionPack', supportType: 'cloud' }, 'none', undefined],
  [{ tier: 'silver', supportType: 'cloud', competencyKind: 'cloud' }, 'unlimited', undefined],
  [{ tier: 'gold', supportType: 'cloud', competencyKind: 'cloud' }, 'unlimited', undefined],
  [{ tier: 'silver', supportType: 'cloud', competencyKind: 'other' }, 'count', 5],
  [{ tier: 'gold', supportType: 'cloud', competencyKind: 'other' }, 'count', 10],
];

const UNLIMITED: Record<Locale, RegExp> = { en: /unlimited/i, ru: /неогранич/i, fr: /illimit/i };
const NOT_INCLUDED: Record<Locale, RegExp> = { en: /no Signature Cloud Support|not included|does not include/i, ru: /не получают|нет Signature Cloud Support|не входит|не включ/i, fr: /n’ont pas accès|pas de Signature Cloud Support|n’inclut pas|ne comprend pas|pas inclus/i };
const figure = (n: number) => new RegExp(`(^|[^0-9])${n}([^0-9]|$)`);

describe('the incidents answers state the article’s figures', () => {
  describe.each(['en', 'ru', 'fr'] as const)('in %s', (locale) => {
    it.each(ARTICLE.map(([q, kind, n]) => [`${q.tier} ${q.supportType} ${q.competencyKind ?? ''}`.trim(), q, kind, n] as const))('%s', (_label, query, kind, n) => {
      const result = calculateEntitlement(query);
      if (result.status !== 'answered') throw new Error(`not answered: ${JSON.stringify(query)}`);
      expect(result.allowance.kind).toBe(kind);
      if (result.allowance.kind === 'count') expect(result.allowance.incidents).toBe(n);
      const summary = composeIncidentsAnswer({ locale, slots: {} }, result).summary;
      if (kind === 'count') expect(summary).toMatch(figure(n!));
      if (kind === 'unlimited') expect(summary).toMatch(UNLIMITED[locale]);
      if (kind === 'none') {
        expect(summary).toMatch(NOT_INCLUDED[locale]);
        // Action Pack keeps its on-premises allowance, which the answer names: 10.
        expect(summary).toMatch(figure(10));
      }
    });
  });
});
