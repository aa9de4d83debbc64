import { PRODUCT_NAMES, SECTIONS } from '../../domain/catalog';
import { AnswerComposer } from '../answerModel';
import { answerSource, followUps, link, say } from '../answerParts';

/** Topic 12: Technical Presales and Deployment services, the second technical benefit. */
export const composeTpd: AnswerComposer = ({ locale }) => ({
  topic: 'tpd',
  title: PRODUCT_NAMES.tpd,
  summary: say(locale, 'answers.tpd.summary'),
  paragraphs: [say(locale, 'answers.tpd.scope')],
  links: [link(locale, 'tpd'), link(locale, 'technicalBenefits')],
  source: answerSource(SECTIONS.overview),
  followUps: followUps(locale, 'incidents', 'paidPlans', 'activation'),
});
