import { SECTIONS, UI_TEXT } from '../../domain/catalog';
import { AnswerComposer, AnswerModel } from '../answerModel';
import { answerSource, askSummary, fixSummary, followUps, helpdeskAction, link, say, situationAction } from '../answerParts';

/**
 * Topic 5b, a troubleshooter: "Looks like you don't have any benefits yet": no active membership offers,
 * or an active membership seen from the wrong account (switch accounts).
 */
export const composeErrorNoBenefits: AnswerComposer = ({ locale, situation, question }) => {
  const base: Omit<AnswerModel, 'summary' | 'paragraphs'> = {
    topic: 'errorNoBenefits',
    title: say(locale, 'answers.errorNoBenefits.title'),
    quote: UI_TEXT.errorNoBenefits,
    steps: [say(locale, 'answers.errorNoBenefits.step.account'), say(locale, 'answers.errorNoBenefits.step.switch')],
    links: [link(locale, 'technicalBenefits')],
    source: answerSource(SECTIONS.viewAndActivate),
    followUps: followUps(locale, 'errorNotAuthorized', 'activation', 'incidents'),
  };
  const overview = say(locale, 'answers.errorNoBenefits.summary');
  const helpdesk = helpdeskAction(locale, question);
  if (situation === 'wrongAccount') {
    return {
      ...base,
      summary: fixSummary(locale, say(locale, 'answers.errorNoBenefits.fix.wrongAccount'), UI_TEXT.errorNoBenefits),
      paragraphs: [overview, say(locale, 'answers.errorNoBenefits.switch')],
      actions: [helpdesk],
    };
  }
  if (situation === 'noMembership') {
    return {
      ...base,
      summary: fixSummary(locale, say(locale, 'answers.errorNoBenefits.fix.noMembership'), UI_TEXT.errorNoBenefits),
      paragraphs: [say(locale, 'answers.errorNoBenefits.notSaid'), overview, say(locale, 'answers.errorNoBenefits.ifActive')],
      actions: [helpdesk],
    };
  }
  // The case is unknown: the question comes first, then what the message means, then the buttons.
  return {
    ...base,
    summary: askSummary(locale, say(locale, 'answers.errorNoBenefits.ask'), UI_TEXT.errorNoBenefits),
    paragraphs: [overview, say(locale, 'answers.errorNoBenefits.ifActive')],
    actions: [
      situationAction(locale, 'errorNoBenefits', 'wrongAccount', question),
      situationAction(locale, 'errorNoBenefits', 'noMembership', question),
      helpdesk,
    ],
  };
};
