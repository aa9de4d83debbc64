import { SECTIONS } from '../../domain/catalog';
import { findCell } from '../../domain/entitlements';
import { CLOUD_COMPETENCIES } from '../../domain/types';
import { AnswerComposer } from '../answerModel';
import { answerSource, followUps, incidentCount, say } from '../answerParts';
import { cloudCompetencyList, cloudCompetencyNames } from '../catalogParams';

function otherCount(tier: 'silver' | 'gold'): number {
  const allowance = findCell(tier, 'cloud').otherCompetency;
  if (allowance?.kind !== 'count') throw new Error(`${tier} cloud: other competencies must be a count`);
  return allowance.incidents;
}

/** Topic 2: the six cloud competencies, and the Signature 5-pack / 10-pack for the other ones. */
export const composeCloudCompetencies: AnswerComposer = ({ locale }) => ({
  topic: 'cloudCompetencies',
  title: say(locale, 'answers.cloudCompetencies.title'),
  summary: say(locale, 'answers.cloudCompetencies.summary', {
    count: CLOUD_COMPETENCIES.length,
    list: cloudCompetencyList(locale),
  }),
  bullets: cloudCompetencyNames(),
  paragraphs: [
    say(locale, 'answers.cloudCompetencies.other', {
      silverOther: incidentCount(locale, otherCount('silver')),
      goldOther: incidentCount(locale, otherCount('gold')),
    }),
    say(locale, 'answers.cloudCompetencies.packs'),
    say(locale, 'answers.cloudCompetencies.actionPack'),
    say(locale, 'answers.alias.cloud'),
  ],
  links: [],
  source: answerSource(SECTIONS.entitlement),
  followUps: followUps(locale, 'incidents', 'cloudRequest', 'incidentsRemaining'),
});
