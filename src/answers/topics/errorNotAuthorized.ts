import { SECTIONS, UI_TEXT } from '../../domain/catalog';
import { AnswerComposer } from '../answerModel';
import { answerSource, followUps, link, say } from '../answerParts';

/** Topic 5a: "You are not authorized for this action": the account is CSP-only, sign in with an MPN one. */
export const composeErrorNotAuthorized: AnswerComposer = ({ locale }) => ({
  topic: 'errorNotAuthorized',
  title: say(locale, 'answers.errorNotAuthorized.title'),
  summary: say(locale, 'answers.errorNotAuthorized.summary'),
  quote: UI_TEXT.errorNotAuthorized,
  paragraphs: [say(locale, 'answers.errorNotAuthorized.why')],
  links: [link(locale, 'dashboard')],
  source: answerSource(SECTIONS.viewAndActivate),
  followUps: followUps(locale, 'errorNoBenefits', 'activation', 'csp'),
});
