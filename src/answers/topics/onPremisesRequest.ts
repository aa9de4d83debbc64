import { SECTIONS } from '../../domain/catalog';
import { AnswerComposer } from '../answerModel';
import { answerSource, followUps, link, say } from '../answerParts';

/** Topic 6: on-premises requests go to Support for Business; any AAD or MSA account with the IDs. */
export const composeOnPremisesRequest: AnswerComposer = ({ locale }) => ({
  topic: 'onPremisesRequest',
  title: say(locale, 'answers.onPremisesRequest.title'),
  summary: say(locale, 'answers.onPremisesRequest.summary'),
  paragraphs: [
    `${say(locale, 'answers.onPremisesRequest.scope')} ${say(locale, 'answers.alias.onPremises')}`,
    say(locale, 'answers.onPremisesRequest.firstTime'),
  ],
  links: [link(locale, 'supportForBusiness'), link(locale, 'n1Products')],
  source: answerSource(SECTIONS.onPremises),
  followUps: followUps(locale, 'incidentsRemaining', 'incidents', 'ids'),
});
