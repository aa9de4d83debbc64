import {
  AnswerModel,
  COMPOSERS,
  composeEntitlementTable,
  composeIncidentsAnswer,
  EntitlementTableModel,
  highlightOf,
  TableHighlight,
  topicQuestion,
} from '../src/answers';
import { incidentCount } from '../src/answers/answerParts';
import {
  ARTICLE,
  COMPETENCY_NAMES,
  ENTITLEMENT_TABLE,
  LINKS,
  PRODUCT_NAMES,
  ROLE_NAMES,
  SIGNATURE_PACKS,
  TIER_NAMES,
  UI_TEXT,
} from '../src/domain/catalog';
import { calculateEntitlement, EntitlementQuery, EntitlementResult, findCell } from '../src/domain/entitlements';
import { CLOUD_COMPETENCIES, LOCALES, Locale, SUPPORT_TYPES, TIERS, TOPIC_INTENTS } from '../src/domain/types';

type Answered = Extract<EntitlementResult, { status: 'answered' }>;
const TOPICS = Object.keys(COMPOSERS) as (keyof typeof COMPOSERS)[];

/** Every question the calculator can answer: each tier × support type × named competency / kind. */
function answeredQueries(): Answered[] {
  const competencyVariants: Partial<EntitlementQuery>[] = [
    {},
    { competencyKind: 'cloud' },
    { competencyKind: 'other' },
    { competency: 'other' },
    ...CLOUD_COMPETENCIES.map((competency) => ({ competency })),
  ];
  return TIERS.flatMap((tier) =>
    SUPPORT_TYPES.flatMap((supportType) =>
      competencyVariants
        .map((v) => calculateEntitlement({ tier, supportType, ...v }))
        .filter((r): r is Answered => r.status === 'answered'),
    ),
  );
}

const ALL_HIGHLIGHTS: (TableHighlight | undefined)[] = [
  undefined,
  ...TIERS.flatMap((tier) => [
    { tier, supportType: 'onPremises' as const },
    { tier, supportType: 'cloud' as const },
    { tier, supportType: 'cloud' as const, competencyKind: 'cloud' as const },
    { tier, supportType: 'cloud' as const, competencyKind: 'other' as const },
  ]),
];

function allText(model: AnswerModel | EntitlementTableModel): string[] {
  if ('rows' in model) {
    return [
      model.title,
      model.summary,
      model.corner,
      model.highlightLabel,
      ...model.columns.map((c) => c.label),
      ...model.rows.flatMap((r) => [r.label, r.note, ...r.cells.map((c) => c.text)]),
      ...model.footnotes,
      ...model.followUps.flatMap((f) => [f.title, f.query]),
    ];
  }
  return [
    model.title,
    model.summary,
    ...model.paragraphs,
    ...(model.bullets ?? []),
    ...(model.steps ?? []),
    ...(model.quote ? [model.quote] : []),
    ...model.links.map((l) => l.title),
    ...model.followUps.flatMap((f) => [f.title, f.query]),
  ];
}

function everyComposedModel(): { locale: Locale; label: string; model: AnswerModel | EntitlementTableModel }[] {
  return LOCALES.flatMap((locale) => [
    ...TOPICS.map((topic) => ({ locale, label: topic, model: COMPOSERS[topic]({ locale, slots: {} }) })),
    ...answeredQueries().map((result) => ({
      locale,
      label: `incidents ${JSON.stringify(result.query)}`,
      model: composeIncidentsAnswer({ locale, slots: {} }, result),
    })),
    ...ALL_HIGHLIGHTS.map((h) => ({
      locale,
      label: `table ${JSON.stringify(h)}`,
      model: composeEntitlementTable(locale, h),
    })),
  ]);
}

const countsIn = (cellIndex: number) => {
  const cell = ENTITLEMENT_TABLE[cellIndex];
  return [cell.allowance, cell.cloudCompetency, cell.otherCompetency].flatMap((a) =>
    a?.kind === 'count' ? [a.incidents] : [],
  );
};

describe('composers', () => {
  it('cover every topic intent: one composer per topic, incidents through composeIncidentsAnswer', () => {
    expect([...TOPICS, 'incidents'].sort()).toEqual([...TOPIC_INTENTS].sort());
  });

  describe.each(LOCALES)('in %s', (locale) => {
    it.each(TOPICS)(
      '%s: a title, a short summary, 2–3 follow-ups, catalog links and the article as source',
      (topic) => {
        const model = COMPOSERS[topic]({ locale, slots: {} });
        expect(model.topic).toBe(topic);
        expect(model.title.trim()).not.toBe('');
        // One or two sentences; a quoted on-screen message counts as words, not sentences.
        const unquoted = Object.values(UI_TEXT)
          .sort((a, b) => b.length - a.length)
          .reduce((text, label) => text.split(label).join('X'), model.summary);
        expect(unquoted.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '').length).toBeLessThanOrEqual(2);
        expect(model.followUps.length).toBeGreaterThanOrEqual(2);
        expect(model.followUps.length).toBeLessThanOrEqual(3);
        expect(model.followUps.map((f) => f.query)).not.toContain(topicQuestion(locale, topic).query);
        for (const l of model.links) {
          expect(Object.values(LINKS)).toContain(l.url);
          expect(l.title.trim()).not.toBe('');
        }
        expect(model.source).toEqual({
          title: ARTICLE.title,
          url: expect.stringMatching(`^${ARTICLE.url}#`),
          date: '2021-03-04',
        });
      },
    );
  });
});

describe('key facts in each summary, in every language', () => {
  const summary = (topic: keyof typeof COMPOSERS, locale: Locale) => COMPOSERS[topic]({ locale, slots: {} }).summary;

  it.each(LOCALES)('%s', (locale) => {
    expect(summary('cloudCompetencies', locale)).toContain(String(CLOUD_COMPETENCIES.length));
    for (const c of CLOUD_COMPETENCIES) expect(summary('cloudCompetencies', locale)).toContain(COMPETENCY_NAMES[c]);
    expect(summary('activation', locale)).toContain(ROLE_NAMES.globalAdmin);
    expect(summary('activation', locale)).toContain(ROLE_NAMES.mpnPartnerAdmin);
    expect(summary('activation', locale)).toContain(UI_TEXT.activate);
    expect(summary('ids', locale)).toContain(UI_TEXT.accessId);
    expect(summary('ids', locale)).toContain(UI_TEXT.contractId);
    expect(summary('errorNotAuthorized', locale)).toContain(UI_TEXT.errorNotAuthorized);
    expect(summary('errorNoBenefits', locale)).toContain(UI_TEXT.errorNoBenefits);
    expect(summary('onPremisesRequest', locale)).toContain(PRODUCT_NAMES.supportForBusiness);
    expect(summary('incidentsRemaining', locale)).toContain(PRODUCT_NAMES.supportForBusiness);
    expect(summary('cloudRequest', locale)).toContain(UI_TEXT.linkSupportBenefits);
    expect(summary('cloudRequest', locale)).toContain(UI_TEXT.helpAndSupport);
    expect(summary('errorAccessIdAssociated', locale)).toContain(UI_TEXT.errorAccessIdAssociated);
    // Without the case, the summary asks which it is; the explanation with the label follows.
    expect(COMPOSERS.errorAccessIdAssociated({ locale, slots: {} }).paragraphs.join(' ')).toContain(UI_TEXT.newSupportRequest);
    expect(summary('csp', locale)).toContain(PRODUCT_NAMES.cspPlan);
    expect(summary('csp', locale)).toContain(ROLE_NAMES.adminAgent);
    expect(summary('paidPlans', locale)).toContain(PRODUCT_NAMES.premier);
    expect(summary('paidPlans', locale)).toContain(PRODUCT_NAMES.advanced);
    expect(summary('tpd', locale)).toContain(PRODUCT_NAMES.tpd);
  });

  it.each(LOCALES)('%s: the on-screen messages are quoted exactly, in English', (locale) => {
    expect(COMPOSERS.errorNotAuthorized({ locale, slots: {} }).quote).toBe(UI_TEXT.errorNotAuthorized);
    expect(COMPOSERS.errorNoBenefits({ locale, slots: {} }).quote).toBe(UI_TEXT.errorNoBenefits);
    expect(COMPOSERS.errorAccessIdAssociated({ locale, slots: {} }).quote).toBe(UI_TEXT.errorAccessIdAssociated);
  });

  it.each(LOCALES)('%s: the step-by-step topics carry their steps and on-screen labels', (locale) => {
    const steps = (topic: keyof typeof COMPOSERS) => (COMPOSERS[topic]({ locale, slots: {} }).steps ?? []).join('\n');
    expect(steps('activation')).toContain(UI_TEXT.technicalBenefits);
    expect(steps('errorNoBenefits')).toContain(UI_TEXT.signInWithAnotherAccount);
    expect(steps('incidentsRemaining')).toContain(UI_TEXT.windows10);
    expect(steps('incidentsRemaining')).toContain(UI_TEXT.partnerSupport);
    expect(steps('cloudRequest')).toContain(UI_TEXT.supportPlans);
    expect(steps('csp')).toContain(UI_TEXT.serviceManagement);
    const remaining = COMPOSERS.incidentsRemaining({ locale, slots: {} });
    expect(remaining.paragraphs.join('\n')).toContain(UI_TEXT.doYouNeedToPurchase);
    expect(remaining.paragraphs.join('\n')).toContain(UI_TEXT.unavailablePlans);
    expect(remaining.links.map((l) => l.url)).toEqual(
      expect.arrayContaining([LINKS.supportForBusiness, LINKS.remainingKb]),
    );
  });

  it.each(LOCALES)('%s: the current benefit names appear as aliases', (locale) => {
    expect(COMPOSERS.onPremisesRequest({ locale, slots: {} }).paragraphs.join(' ')).toContain(
      PRODUCT_NAMES.onPremisesCurrent,
    );
    expect(COMPOSERS.cloudRequest({ locale, slots: {} }).paragraphs.join(' ')).toContain(PRODUCT_NAMES.cloudCurrent);
  });
});

describe('incidents: the exact cell asked, with the reason', () => {
  describe.each(LOCALES)('in %s', (locale) => {
    it.each(answeredQueries().map((r) => [JSON.stringify(r.query), r] as const))('%s', (_label, result) => {
      const model = composeIncidentsAnswer({ locale, slots: {} }, result);
      const { tier, supportType, competency } = result.query;
      expect(model.topic).toBe('incidents');
      expect(model.title).toContain(TIER_NAMES[tier]);
      expect(model.summary).toContain(TIER_NAMES[tier]);
      if (result.allowance.kind === 'count') {
        expect(model.summary).toContain(incidentCount(locale, result.allowance.incidents));
        expect(model.summary).toContain(PRODUCT_NAMES[supportType]);
      } else if (result.allowance.kind === 'unlimited') {
        expect(model.summary).not.toMatch(/\d/);
        expect(model.summary).toContain(PRODUCT_NAMES.cloud);
      } else {
        // Action Pack: no Signature Cloud Support, only Microsoft Product Support on-premises.
        const onPremises = findCell(tier, 'onPremises').allowance;
        expect(onPremises?.kind).toBe('count');
        expect(model.summary).toContain(PRODUCT_NAMES.cloud);
        expect(model.summary).toContain(PRODUCT_NAMES.onPremises);
        expect(model.summary).toContain(incidentCount(locale, (onPremises as { incidents: number }).incidents));
      }
      if (result.reason === 'cloudCompetency' && competency && competency !== 'other') {
        expect(model.summary).toContain(COMPETENCY_NAMES[competency]);
      }
    });
  });

  it('says it the way the brief asks, in English', () => {
    const ctx = { locale: 'en' as const, slots: {} };
    const answer = (q: EntitlementQuery) => composeIncidentsAnswer(ctx, calculateEntitlement(q) as Answered).summary;
    expect(answer({ tier: 'silver', supportType: 'cloud', competency: 'security' })).toBe(
      'Security is a cloud competency, so Silver competency partners get unlimited Signature Cloud Support incidents.',
    );
    expect(answer({ tier: 'gold', supportType: 'onPremises' })).toBe(
      'Gold competency partners get 20 incidents of Microsoft Product Support for recent on-premises products.',
    );
    expect(answer({ tier: 'actionPack', supportType: 'cloud' })).toBe(
      'Action Pack members get no Signature Cloud Support: Action Pack includes only Microsoft Product Support for on-premises products (10 incidents).',
    );
  });

  it('names the Signature pack for an other competency (Silver 5-pack, Gold 10-pack)', () => {
    for (const tier of ['silver', 'gold'] as const) {
      const result = calculateEntitlement({ tier, supportType: 'cloud', competencyKind: 'other' }) as Answered;
      const text = composeIncidentsAnswer({ locale: 'en', slots: {} }, result).paragraphs.join(' ');
      expect(text).toContain(SIGNATURE_PACKS[tier].name);
      expect(text).toContain(SIGNATURE_PACKS[tier].competency);
    }
  });

  it('uses the grammatical plural of each language', () => {
    expect(incidentCount('ru', 1)).toBe('1 инцидент');
    expect(incidentCount('ru', 2)).toBe('2 инцидента');
    expect(incidentCount('ru', 5)).toBe('5 инцидентов');
    expect(incidentCount('ru', 21)).toBe('21 инцидент');
    expect(incidentCount('en', 1)).toBe('1 incident');
    expect(incidentCount('fr', 20)).toBe('20 incidents');
  });
});

describe('the whole entitlement table', () => {
  it.each(LOCALES)('%s: shows every catalog cell, columns Action Pack / Silver / Gold', (locale) => {
    const table = composeEntitlementTable(locale);
    expect(table.columns.map((c) => c.label)).toEqual(TIERS.map((t) => TIER_NAMES[t]));
    expect(table.rows.map((r) => r.id)).toEqual(['onPremises', 'cloudCompetencies', 'otherCompetencies']);
    expect(table.rows.flatMap((r) => r.cells).some((c) => c.highlighted)).toBe(false);
    const texts = table.rows.map((r) => r.cells.map((c) => c.text));
    for (const [i, tier] of TIERS.entries()) {
      for (const [r, row] of table.rows.entries()) {
        const kind = row.id === 'cloudCompetencies' ? 'cloud' : row.id === 'otherCompetencies' ? 'other' : undefined;
        const result = calculateEntitlement({
          tier,
          supportType: r === 0 ? 'onPremises' : 'cloud',
          competencyKind: kind,
        });
        expect(result.status).toBe('answered');
        const a = (result as Answered).allowance;
        if (a.kind === 'count') expect(texts[r][i]).toBe(incidentCount(locale, a.incidents));
        else expect(texts[r][i]).not.toMatch(/\d/);
      }
    }
    expect(table.footnotes.join(' ')).toContain(PRODUCT_NAMES.onPremisesCurrent);
    for (const c of CLOUD_COMPETENCIES) expect(table.footnotes.join(' ')).toContain(COMPETENCY_NAMES[c]);
  });

  it.each(ALL_HIGHLIGHTS.filter((h): h is TableHighlight => !!h).map((h) => [JSON.stringify(h), h] as const))(
    'highlights exactly the asked cell(s): %s',
    (_label, h) => {
      const table = composeEntitlementTable('en', h);
      const marked = table.rows.flatMap((r) => r.cells.filter((c) => c.highlighted).map((c) => `${r.id}/${c.tier}`));
      const expected =
        h.supportType === 'onPremises'
          ? [`onPremises/${h.tier}`]
          : h.competencyKind === 'cloud'
            ? [`cloudCompetencies/${h.tier}`]
            : h.competencyKind === 'other'
              ? [`otherCompetencies/${h.tier}`]
              : [`cloudCompetencies/${h.tier}`, `otherCompetencies/${h.tier}`];
      expect(marked).toEqual(expected);
      expect(table.summary).toContain(TIER_NAMES[h.tier]);
    },
  );

  it('a named competency picks its row (Security: cloud competencies; other: other competencies)', () => {
    const marked = (h: TableHighlight) =>
      composeEntitlementTable('en', h).rows.flatMap((r) =>
        r.cells.filter((c) => c.highlighted).map((c) => `${r.id}/${c.tier}`),
      );
    expect(marked({ tier: 'silver', supportType: 'cloud', competency: 'security' })).toEqual([
      'cloudCompetencies/silver',
    ]);
    expect(marked({ tier: 'silver', supportType: 'cloud', competency: 'other' })).toEqual(['otherCompetencies/silver']);
    expect(
      composeEntitlementTable('en', { tier: 'silver', supportType: 'cloud', competency: 'security' }).summary,
    ).toContain(COMPETENCY_NAMES.security);
  });

  it('highlightOf marks the cell an answered question is about', () => {
    const result = calculateEntitlement({
      tier: 'gold',
      supportType: 'cloud',
      competency: 'cloudPlatform',
    }) as Answered;
    expect(highlightOf(result)).toEqual({
      tier: 'gold',
      supportType: 'cloud',
      competencyKind: 'cloud',
      competency: 'cloudPlatform',
    });
    const summary = composeEntitlementTable('en', highlightOf(result)).summary;
    expect(summary).toBe(composeIncidentsAnswer({ locale: 'en', slots: {} }, result).summary);
  });
});

describe('no invented numbers, no unfilled placeholder', () => {
  // Every number an answer may state: incident counts, pack sizes, the number of cloud competencies,
  // and digits that are part of a catalog name ("Signature 10-pack", "Windows 10").
  const allowed = new Set<string>([
    ...ENTITLEMENT_TABLE.flatMap((_, i) => countsIn(i)).map(String),
    String(SIGNATURE_PACKS.gold.incidents),
    String(SIGNATURE_PACKS.silver.incidents),
    String(CLOUD_COMPETENCIES.length),
    ...[
      ...Object.values(PRODUCT_NAMES),
      ...Object.values(UI_TEXT),
      SIGNATURE_PACKS.gold.name,
      SIGNATURE_PACKS.silver.name,
    ].flatMap((name) => name.match(/\d+/g) ?? []),
  ]);
  const models = everyComposedModel();

  it('composes answers for every topic, cell and highlight in every language', () => {
    expect(models.length).toBeGreaterThan(LOCALES.length * (TOPICS.length + 20));
  });

  it('states only numbers found in the catalog', () => {
    const invented = models.flatMap(({ locale, label, model }) =>
      allText(model).flatMap((text) =>
        (text.match(/\d+/g) ?? []).filter((n) => !allowed.has(n)).map((n) => `${locale} ${label}: ${n} in "${text}"`),
      ),
    );
    expect(invented).toEqual([]);
  });

  it('leaves no {placeholder} unfilled', () => {
    const unfilled = models.flatMap(({ locale, label, model }) =>
      allText(model)
        .filter((text) => /\{\w+\}/.test(text))
        .map((text) => `${locale} ${label}: ${text}`),
    );
    expect(unfilled).toEqual([]);
  });
});
