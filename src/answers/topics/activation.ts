import { SECTIONS } from '../../domain/catalog';
import { AnswerComposer } from '../answerModel';
import { answerSource, followUps, link, say } from '../answerParts';

/** Topic 3: benefits must be activated first; Global admin or MPN partner admin; where to click. */
export const composeActivation: AnswerComposer = ({ locale }) => ({
  topic: 'activation',
  title: say(locale, 'answers.activation.title'),
  summary: say(locale, 'answers.activation.summary'),
  paragraphs: [],
  steps: [
    say(locale, 'answers.activation.step.signIn'),
    say(locale, 'answers.activation.step.open'),
    say(locale, 'answers.activation.step.activate'),
    say(locale, 'answers.activation.step.ids'),
  ],
  links: [link(locale, 'technicalBenefits'), link(locale, 'dashboard')],
  source: answerSource(SECTIONS.viewAndActivate),
  followUps: followUps(locale, 'ids', 'errorNotAuthorized', 'errorNoBenefits'),
});
