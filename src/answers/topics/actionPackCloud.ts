import { SECTIONS } from '../../domain/catalog';
import { findCell } from '../../domain/entitlements';
import { AnswerComposer } from '../answerModel';
import { answerSource, followUps, helpdeskAction, incidentCount, link, say } from '../answerParts';

/**
 * A cloud question (Azure, a cloud product) from an Action Pack member: whatever was asked, the first thing
 * to know is that Action Pack has no Signature Cloud Support.
 */
export const composeActionPackCloud: AnswerComposer = ({ locale, question }) => {
  const onPremises = findCell('actionPack', 'onPremises').allowance;
  const incidents = onPremises?.kind === 'count' ? incidentCount(locale, onPremises.incidents) : '';
  return {
    topic: 'actionPackCloud',
    title: say(locale, 'answers.actionPackCloud.title'),
    summary: say(locale, 'answers.actionPackCloud.summary', { incidents }),
    paragraphs: [say(locale, 'answers.incidents.paidForCloud'), say(locale, 'answers.actionPackCloud.article')],
    links: [link(locale, 'comparePlans'), link(locale, 'article')],
    source: answerSource(SECTIONS.azureError),
    followUps: followUps(locale, 'onPremisesRequest', 'paidPlans'),
    actions: [helpdeskAction(locale, question)],
  };
};
