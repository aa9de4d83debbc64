import { SECTIONS } from '../../domain/catalog';
import { AnswerComposer } from '../answerModel';
import { answerSource, followUps, say } from '../answerParts';

/** Topic 8: cloud requests in the Azure portal via Link support benefits; no cloud support with Action Pack. */
export const composeCloudRequest: AnswerComposer = ({ locale }) => ({
  topic: 'cloudRequest',
  title: say(locale, 'answers.cloudRequest.title'),
  summary: say(locale, 'answers.cloudRequest.summary'),
  steps: [
    say(locale, 'answers.cloudRequest.step.help'),
    say(locale, 'answers.cloudRequest.step.link'),
    say(locale, 'answers.cloudRequest.step.ids'),
    say(locale, 'answers.cloudRequest.step.create'),
  ],
  paragraphs: [
    `${say(locale, 'answers.cloudRequest.who')} ${say(locale, 'answers.alias.cloud')}`,
    say(locale, 'answers.cloudRequest.once'),
  ],
  links: [],
  source: answerSource(SECTIONS.azureError),
  followUps: followUps(locale, 'errorAccessIdAssociated', 'csp', 'incidentsRemaining'),
});
