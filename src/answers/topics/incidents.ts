import { Allowance, COMPETENCY_NAMES, SIGNATURE_PACKS, TIER_NAMES } from '../../domain/catalog';
import { EntitlementResult, findCell, TierCells } from '../../domain/entitlements';
import { Locale, Tier } from '../../domain/types';
import { AnswerContext, AnswerModel } from '../answerModel';
import { answerSource, followUps, incidentCount, link, say, whoParams } from '../answerParts';

export type AnsweredEntitlement = Extract<EntitlementResult, { status: 'answered' }>;

function countOf(allowance: Allowance | undefined): number {
  if (allowance?.kind !== 'count') throw new Error(`Expected an incident count, got ${allowance?.kind}`);
  return allowance.incidents;
}

/** The one sentence that states the cell and why: the answer's summary and the table's lead. */
export function entitlementSentence(locale: Locale, result: AnsweredEntitlement): string {
  const { tier, competency } = result.query;
  const who = whoParams(locale, tier);
  switch (result.reason) {
    case 'fixedByTier':
      return say(locale, 'answers.incidents.fixedByTier', {
        ...who,
        incidents: incidentCount(locale, countOf(result.allowance)),
      });
    case 'actionPackNoCloud':
      return say(locale, 'answers.incidents.actionPackNoCloud', {
        ...who,
        incidents: incidentCount(locale, countOf(findCell(tier, 'onPremises').allowance)),
      });
    case 'cloudCompetency':
      return competency && competency !== 'other'
        ? say(locale, 'answers.incidents.cloudNamed', { ...who, competency: COMPETENCY_NAMES[competency] })
        : say(locale, 'answers.incidents.cloudKind', who);
    case 'otherCompetency': {
      const incidents = incidentCount(locale, countOf(result.allowance));
      return competency === 'other'
        ? say(locale, 'answers.incidents.otherNamed', { ...who, incidents })
        : say(locale, 'answers.incidents.otherKind', { ...who, incidents });
    }
  }
}

/** The Signature pack matching a tier's "other competency" allowance, when its size agrees with the table. */
function matchingPack(tier: Tier, incidents: number): { pack: string; packCompetency: string } | undefined {
  if (tier === 'actionPack') return undefined;
  const pack = SIGNATURE_PACKS[tier];
  return pack.incidents === incidents ? { pack: pack.name, packCompetency: pack.competency } : undefined;
}

/** Topic 1: the exact cell asked (tier × support type × competency kind) with the reason. */
export function composeIncidentsAnswer(ctx: AnswerContext, result: AnsweredEntitlement): AnswerModel {
  const { locale } = ctx;
  const { tier, supportType } = result.query;
  const summary = entitlementSentence(locale, result);
  const title = say(locale, `answers.incidents.title.${supportType}`, { tier: TIER_NAMES[tier] });

  if (result.reason === 'actionPackNoCloud') {
    return {
      topic: 'incidents',
      title,
      summary,
      paragraphs: [say(locale, 'answers.incidents.paidForCloud'), say(locale, 'answers.alias.both')],
      links: [link(locale, 'comparePlans')],
      source: answerSource(result.source),
      followUps: followUps(locale, 'onPremisesRequest', 'paidPlans', 'cloudCompetencies'),
    };
  }

  const paragraphs: string[] = [];
  const pack = result.reason === 'otherCompetency' ? matchingPack(tier, countOf(result.allowance)) : undefined;
  if (pack) paragraphs.push(say(locale, 'answers.incidents.pack', pack));
  if (supportType === 'onPremises') {
    paragraphs.push(say(locale, 'answers.incidents.whereOnPremises'), say(locale, 'answers.alias.onPremises'));
  } else {
    paragraphs.push(say(locale, 'answers.incidents.whereCloud'), say(locale, 'answers.alias.cloud'));
  }
  paragraphs.push(`${say(locale, 'answers.activateFirst')} ${say(locale, 'answers.idsFirstTime')}`);

  return {
    topic: 'incidents',
    title,
    summary,
    paragraphs,
    links: supportType === 'onPremises' ? [link(locale, 'supportForBusiness')] : [],
    source: answerSource(result.source),
    followUps:
      supportType === 'onPremises'
        ? followUps(locale, 'incidentsRemaining', 'onPremisesRequest', 'activation')
        : followUps(locale, 'cloudCompetencies', 'cloudRequest', 'errorAccessIdAssociated'),
  };
}

function cloudPart(locale: Locale, tier: Tier, cloud: EntitlementResult): string {
  if (cloud.status === 'needsCompetency') {
    return say(locale, 'answers.multi.cloudBoth', { incidents: incidentCount(locale, countOf(cloud.cell.otherCompetency)) });
  }
  const { competency } = cloud.query;
  switch (cloud.reason) {
    case 'actionPackNoCloud':
      return say(locale, 'answers.multi.cloudNone');
    case 'cloudCompetency':
      return competency && competency !== 'other'
        ? say(locale, 'answers.multi.cloudNamed', { competency: COMPETENCY_NAMES[competency] })
        : say(locale, 'answers.multi.cloudKind');
    case 'otherCompetency': {
      const incidents = incidentCount(locale, countOf(cloud.allowance));
      return competency === 'other'
        ? say(locale, 'answers.multi.otherNamed', { incidents })
        : say(locale, 'answers.multi.otherKind', { incidents });
    }
    case 'fixedByTier':
      throw new Error(`Cloud cell of ${tier} cannot be fixed by tier`);
  }
}

/**
 * Every cell asked, one sentence per tier: "Silver competency partners: 15 incidents of Microsoft Product
 * Support (on-premises products); unlimited Signature Cloud Support incidents, since Cloud Platform is a
 * cloud competency."
 */
export function cellsSentence(locale: Locale, tiers: readonly TierCells[]): string {
  return tiers
    .map((cells) => {
      const parts: string[] = [];
      if (cells.onPremises) {
        parts.push(say(locale, 'answers.multi.onPremises', { incidents: incidentCount(locale, countOf(cells.onPremises.allowance)) }));
      }
      if (cells.cloud) parts.push(cloudPart(locale, cells.tier, cells.cloud));
      return say(locale, 'answers.multi.tier', { ...whoParams(locale, cells.tier), parts: parts.join('; ') });
    })
    .join(' ');
}
