import { Allowance, ENTITLEMENT_TABLE, EntitlementCell, Source } from './catalog';
import { isProductFamily } from './products';
import { CLOUD_COMPETENCIES, CloudCompetency, CompetencyKind, EntitlementAsk, SUPPORT_TYPES, SupportType, Tier } from './types';

export interface EntitlementQuery {
  tier: Tier;
  supportType: SupportType;
  /** A named competency (a cloud one, or 'other'), or only its kind. Needed for Silver/Gold cloud. */
  competency?: CloudCompetency | 'other';
  competencyKind?: CompetencyKind;
}

/** Why the answer is what it is, as data; the wording is the i18n layer's. */
export type EntitlementReason =
  | 'fixedByTier' // on-premises: the tier alone decides
  | 'actionPackNoCloud' // Action Pack has no Signature Cloud Support
  | 'cloudCompetency' // Silver/Gold with a cloud competency: unlimited
  | 'otherCompetency'; // Silver/Gold with a competency not listed as cloud

export type EntitlementResult =
  | {
      status: 'answered';
      allowance: Allowance;
      reason: EntitlementReason;
      query: EntitlementQuery;
      competencyKind?: CompetencyKind;
      source: Source;
    }
  /** Silver/Gold cloud without a competency: the caller must ask which kind. */
  | { status: 'needsCompetency'; query: EntitlementQuery; cell: EntitlementCell };

export function isCloudCompetency(c: string): c is CloudCompetency {
  return (CLOUD_COMPETENCIES as readonly string[]).includes(c);
}

export function findCell(tier: Tier, supportType: SupportType): EntitlementCell {
  const cell = ENTITLEMENT_TABLE.find((c) => c.tier === tier && c.supportType === supportType);
  if (!cell) throw new Error(`No entitlement cell for ${tier}/${supportType}`);
  return cell;
}

/** The entitlement calculator: (tier, competency or its kind, support type) gives incidents and the reason. */
export function calculateEntitlement(query: EntitlementQuery): EntitlementResult {
  const cell = findCell(query.tier, query.supportType);
  if (cell.allowance) {
    const reason: EntitlementReason =
      cell.allowance.kind === 'none' ? 'actionPackNoCloud' : 'fixedByTier';
    return { status: 'answered', allowance: cell.allowance, reason, query, source: cell.source };
  }
  const kind: CompetencyKind | undefined = query.competency
    ? query.competency !== 'other' && isCloudCompetency(query.competency)
      ? 'cloud'
      : 'other'
    : query.competencyKind;
  if (!kind) return { status: 'needsCompetency', query, cell };
  const allowance = kind === 'cloud' ? cell.cloudCompetency : cell.otherCompetency;
  if (!allowance) throw new Error(`Cell ${cell.tier}/${cell.supportType} lacks a ${kind} allowance`);
  return {
    status: 'answered',
    allowance,
    reason: kind === 'cloud' ? 'cloudCompetency' : 'otherCompetency',
    query,
    competencyKind: kind,
    source: cell.source,
  };
}

export type AnsweredEntitlement = Extract<EntitlementResult, { status: 'answered' }>;

/** Of several named competencies, the one giving the best allowance: a cloud one if any. */
export function bestCompetency(named: readonly (CloudCompetency | 'other')[]): CloudCompetency | 'other' | undefined {
  return named.find((c) => c !== 'other' && isCloudCompetency(c)) ?? named[0];
}

/** One tier's cells of the question: on-premises and/or cloud (cloud may still lack the competency kind). */
export interface TierCells {
  tier: Tier;
  onPremises?: AnsweredEntitlement;
  cloud?: EntitlementResult;
}

/** How to answer an incidents question: ask what is truly missing, one cell, or several cells at once. */
export type EntitlementPlan =
  | { kind: 'askTier' }
  | { kind: 'askCompetency'; tier: Tier }
  /** A product that exists in both forms ("Exchange") and no support type: which form is it. */
  | { kind: 'askProductForm'; tier: Tier }
  | { kind: 'single'; result: AnsweredEntitlement }
  | { kind: 'cells'; tiers: TierCells[] };

/**
 * Plans the answer: without a tier the tier is asked; a tier without a support type gets both rows in one
 * answer (Action Pack has only on-premises incidents); several tiers, support types or competencies get
 * every cell asked; with several competencies the best allowance applies. A product family named without a
 * support type ("Exchange") is the exception: the person asks about one product, so its form is asked
 * (Exchange Online or Exchange Server), except for Action Pack alone, whose answer is the same for both.
 */
export function planEntitlementAnswer(ask: EntitlementAsk): EntitlementPlan {
  const tiers = ask.tiers?.length ? ask.tiers : ask.tier ? [ask.tier] : [];
  if (tiers.length === 0) return { kind: 'askTier' };
  const supportNamed = !!(ask.supportTypes?.length || ask.supportType);
  if (!supportNamed && ask.product && isProductFamily(ask.product) && tiers.some((t) => t !== 'actionPack')) {
    return { kind: 'askProductForm', tier: tiers[0] };
  }
  const supportTypes = ask.supportTypes?.length ? ask.supportTypes : ask.supportType ? [ask.supportType] : [...SUPPORT_TYPES];
  const competency = ask.competencies?.length ? bestCompetency(ask.competencies) : ask.competency;
  const query = (tier: Tier, supportType: SupportType): EntitlementQuery => ({
    tier,
    supportType,
    ...(competency ? { competency } : {}),
    ...(!competency && ask.competencyKind ? { competencyKind: ask.competencyKind } : {}),
  });
  if (tiers.length === 1 && supportTypes.length === 1) {
    const result = calculateEntitlement(query(tiers[0], supportTypes[0]));
    return result.status === 'answered' ? { kind: 'single', result } : { kind: 'askCompetency', tier: tiers[0] };
  }
  return {
    kind: 'cells',
    tiers: tiers.map((tier) => {
      const cells: TierCells = { tier };
      if (supportTypes.includes('onPremises')) {
        const r = calculateEntitlement(query(tier, 'onPremises'));
        if (r.status === 'answered') cells.onPremises = r;
      }
      if (supportTypes.includes('cloud')) cells.cloud = calculateEntitlement(query(tier, 'cloud'));
      return cells;
    }),
  };
}
