import { Allowance, ENTITLEMENT_TABLE, EntitlementCell, Source } from './catalog';
import { CLOUD_COMPETENCIES, CloudCompetency, CompetencyKind, SupportType, Tier } from './types';

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
