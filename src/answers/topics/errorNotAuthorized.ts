import { SECTIONS, UI_TEXT } from '../../domain/catalog';
import { AnswerComposer, AnswerModel } from '../answerModel';
import { answerSource, askSummary, fixSummary, followUps, helpdeskAction, link, say, situationAction } from '../answerParts';

/**
 * Topic 5a, a troubleshooter: "You are not authorized for this action". The article's cause is an account
 * associated only with CSP; for an MPN account it names no other, so the card says so and points to the
 * roles that can activate and to the helpdesk.
 */
export const composeErrorNotAuthorized: AnswerComposer = ({ locale, situation, question }) => {
  const base: Omit<AnswerModel, 'summary' | 'paragraphs'> = {
    topic: 'errorNotAuthorized',
    title: say(locale, 'answers.errorNotAuthorized.title'),
    quote: UI_TEXT.errorNotAuthorized,
    links: [link(locale, 'dashboard')],
    source: answerSource(SECTIONS.viewAndActivate),
    followUps: followUps(locale, 'errorNoBenefits', 'activation', 'csp'),
  };
  const overview = say(locale, 'answers.errorNotAuthorized.summary');
  const helpdesk = helpdeskAction(locale, question);
  if (situation === 'cspOnly') {
    return {
      ...base,
      summary: fixSummary(locale, say(locale, 'answers.errorNotAuthorized.fix.cspOnly'), UI_TEXT.errorNotAuthorized),
      paragraphs: [say(locale, 'answers.errorNotAuthorized.why'), overview],
      actions: [helpdesk],
    };
  }
  if (situation === 'mpnAccount') {
    return {
      ...base,
      summary: fixSummary(locale, say(locale, 'answers.errorNotAuthorized.fix.mpnAccount'), UI_TEXT.errorNotAuthorized),
      paragraphs: [say(locale, 'answers.errorNotAuthorized.roles'), overview],
      actions: [helpdesk],
    };
  }
  // The case is unknown: the question comes first, then what the message means, then the buttons.
  return {
    ...base,
    summary: askSummary(locale, say(locale, 'answers.errorNotAuthorized.ask'), UI_TEXT.errorNotAuthorized),
    paragraphs: [overview, say(locale, 'answers.errorNotAuthorized.why')],
    actions: [
      situationAction(locale, 'errorNotAuthorized', 'cspOnly', question),
      situationAction(locale, 'errorNotAuthorized', 'mpnAccount', question),
      helpdesk,
    ],
  };
};
