import { Allowance, PRODUCT_NAMES, SECTIONS, TIER_NAMES } from '../../domain/catalog';
import { calculateEntitlement, findCell, isCloudCompetency, TierCells } from '../../domain/entitlements';
import { CompetencyKind, Locale, TIERS, Tier } from '../../domain/types';
import { EntitlementRowId, EntitlementTableModel, TableHighlight } from '../answerModel';
import { answerSource, followUps, incidentCount, say, whoParams } from '../answerParts';
import { cloudCompetencyList } from '../catalogParams';
import { AnsweredEntitlement, entitlementSentence } from './incidents';

const ROWS: readonly { id: EntitlementRowId; supportType: 'onPremises' | 'cloud'; kind?: CompetencyKind }[] = [
  { id: 'onPremises', supportType: 'onPremises' },
  { id: 'cloudCompetencies', supportType: 'cloud', kind: 'cloud' },
  { id: 'otherCompetencies', supportType: 'cloud', kind: 'other' },
];

function allowanceOf(tier: Tier, supportType: 'onPremises' | 'cloud', kind?: CompetencyKind): Allowance {
  const cell = findCell(tier, supportType);
  const allowance = cell.allowance ?? (kind === 'cloud' ? cell.cloudCompetency : cell.otherCompetency);
  if (!allowance) throw new Error(`Cell ${tier}/${supportType} has no allowance for ${kind ?? 'any'} competency`);
  return allowance;
}

function cellText(locale: Locale, allowance: Allowance): string {
  switch (allowance.kind) {
    case 'count':
      return incidentCount(locale, allowance.incidents);
    case 'unlimited':
      return say(locale, 'answers.table.unlimited');
    case 'none':
      return say(locale, 'answers.table.notIncluded');
  }
}

function kindOf(h: TableHighlight): CompetencyKind | undefined {
  if (h.competencyKind) return h.competencyKind;
  if (!h.competency) return undefined;
  return h.competency !== 'other' && isCloudCompetency(h.competency) ? 'cloud' : 'other';
}

function isHighlighted(highlights: readonly TableHighlight[], tier: Tier, row: (typeof ROWS)[number]): boolean {
  return highlights.some((h) => matches(h, tier, row));
}

function matches(h: TableHighlight, tier: Tier, row: (typeof ROWS)[number]): boolean {
  if (h.tier !== tier || h.supportType !== row.supportType) return false;
  const kind = kindOf(h);
  return !row.kind || !kind || kind === row.kind;
}

function countText(locale: Locale, tier: Tier, supportType: 'onPremises' | 'cloud', kind?: CompetencyKind): string {
  return cellText(locale, allowanceOf(tier, supportType, kind));
}

/** The whole table in two sentences, every number read from the catalog. */
function tableSummary(locale: Locale): string {
  return say(locale, 'answers.table.summary', {
    actionPackOnPremises: countText(locale, 'actionPack', 'onPremises'),
    silverOnPremises: countText(locale, 'silver', 'onPremises'),
    goldOnPremises: countText(locale, 'gold', 'onPremises'),
    silverOther: countText(locale, 'silver', 'cloud', 'other'),
    goldOther: countText(locale, 'gold', 'cloud', 'other'),
  });
}

/** The highlighted cell(s) in one sentence, with the reason. */
function highlightSummary(locale: Locale, h: TableHighlight): string {
  const result = calculateEntitlement(h);
  if (result.status === 'answered') return entitlementSentence(locale, result);
  // Silver/Gold cloud without a competency kind: both cloud rows of the column are highlighted.
  return say(locale, 'answers.incidents.cloudBoth', {
    ...whoParams(locale, h.tier),
    incidents: countText(locale, h.tier, 'cloud', 'other'),
  });
}

/** The cell(s) an answered question is about; Action Pack cloud marks both (empty) cloud rows. */
export function highlightOf(result: AnsweredEntitlement): TableHighlight {
  const { tier, supportType, competency } = result.query;
  if (!result.competencyKind) return { tier, supportType };
  return { tier, supportType, competencyKind: result.competencyKind, ...(competency ? { competency } : {}) };
}

/** The cells of a several-cell answer, every one highlighted. */
export function highlightsOf(tiers: readonly TierCells[]): TableHighlight[] {
  const out: TableHighlight[] = [];
  for (const cells of tiers) {
    if (cells.onPremises) out.push({ tier: cells.tier, supportType: 'onPremises' });
    if (cells.cloud) out.push(cells.cloud.status === 'answered' ? highlightOf(cells.cloud) : { tier: cells.tier, supportType: 'cloud' });
  }
  return out;
}

/**
 * The article's entitlement table for the whole-table card, with every asked cell highlighted. With
 * several highlights the caller gives the summary (see cellsSentence).
 */
export function composeEntitlementTable(locale: Locale, highlight?: TableHighlight | readonly TableHighlight[]): EntitlementTableModel {
  const highlights: readonly TableHighlight[] = highlight === undefined ? [] : Array.isArray(highlight) ? highlight : [highlight as TableHighlight];
  return {
    title: say(locale, 'answers.table.title'),
    summary: highlights.length === 1 ? highlightSummary(locale, highlights[0]) : tableSummary(locale),
    corner: say(locale, 'answers.table.corner'),
    columns: TIERS.map((tier) => ({ tier, label: TIER_NAMES[tier] })),
    rows: ROWS.map((row) => ({
      id: row.id,
      label: PRODUCT_NAMES[row.supportType],
      note: say(locale, `answers.table.note.${row.id}`),
      cells: TIERS.map((tier) => ({
        tier,
        text: countText(locale, tier, row.supportType, row.kind),
        highlighted: isHighlighted(highlights, tier, row),
      })),
    })),
    highlightLabel: say(locale, 'answers.table.yourCase'),
    footnotes: [
      say(locale, 'answers.table.cloudList', { list: cloudCompetencyList(locale) }),
      say(locale, 'answers.alias.both'),
    ],
    source: answerSource(SECTIONS.entitlement),
    followUps: followUps(locale, 'cloudCompetencies', 'incidentsRemaining', 'activation'),
  };
}
