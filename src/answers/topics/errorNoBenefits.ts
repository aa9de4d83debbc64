import { SECTIONS, UI_TEXT } from '../../domain/catalog';
import { AnswerComposer } from '../answerModel';
import { answerSource, followUps, link, say } from '../answerParts';

/** Topic 5b: "Looks like you don't have any benefits yet": no active offers, or the wrong account. */
export const composeErrorNoBenefits: AnswerComposer = ({ locale }) => ({
  topic: 'errorNoBenefits',
  title: say(locale, 'answers.errorNoBenefits.title'),
  summary: say(locale, 'answers.errorNoBenefits.summary'),
  quote: UI_TEXT.errorNoBenefits,
  paragraphs: [say(locale, 'answers.errorNoBenefits.switch')],
  steps: [say(locale, 'answers.errorNoBenefits.step.account'), say(locale, 'answers.errorNoBenefits.step.switch')],
  links: [link(locale, 'technicalBenefits')],
  source: answerSource(SECTIONS.viewAndActivate),
  followUps: followUps(locale, 'errorNotAuthorized', 'activation', 'incidents'),
});
