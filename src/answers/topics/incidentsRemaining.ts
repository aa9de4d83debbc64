import { SECTIONS } from '../../domain/catalog';
import { AnswerComposer } from '../answerModel';
import { answerSource, followUps, link, say } from '../answerParts';

/** Topic 7: only Support for Business shows the incidents remaining, at step 2 of a request never sent. */
export const composeIncidentsRemaining: AnswerComposer = ({ locale }) => ({
  topic: 'incidentsRemaining',
  title: say(locale, 'answers.incidentsRemaining.title'),
  summary: say(locale, 'answers.incidentsRemaining.summary'),
  steps: [say(locale, 'answers.incidentsRemaining.step.open'), say(locale, 'answers.incidentsRemaining.step.contract')],
  paragraphs: [
    say(locale, 'answers.incidentsRemaining.notAssociated'),
    say(locale, 'answers.incidentsRemaining.signature'),
  ],
  links: [link(locale, 'supportForBusiness'), link(locale, 'remainingKb'), link(locale, 'n1Products')],
  source: answerSource(SECTIONS.remaining),
  followUps: followUps(locale, 'onPremisesRequest', 'errorAccessIdAssociated', 'paidPlans'),
});
