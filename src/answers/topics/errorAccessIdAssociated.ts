import { SECTIONS, UI_TEXT } from '../../domain/catalog';
import { AnswerComposer, AnswerModel } from '../answerModel';
import { answerSource, askSummary, fixSummary, followUps, helpdeskAction, link, say, situationAction } from '../answerParts';

/**
 * Topic 9, a troubleshooter: the misleading Azure error. Its fix depends on the case: a contract linked
 * before (ignore it, "+ New Support request") or an invalid one (expired, or its Signature pack used up:
 * buy a new plan). The message says which, or the card asks, then gives the one fix.
 */
export const composeErrorAccessIdAssociated: AnswerComposer = ({ locale, situation, question }) => {
  const base: Omit<AnswerModel, 'summary' | 'paragraphs'> = {
    topic: 'errorAccessIdAssociated',
    title: say(locale, 'answers.errorAccessIdAssociated.title'),
    quote: UI_TEXT.errorAccessIdAssociated,
    links: [link(locale, 'comparePlans')],
    source: answerSource(SECTIONS.azureError),
    followUps: followUps(locale, 'paidPlans', 'incidentsRemaining', 'cloudRequest'),
  };
  const overview = say(locale, 'answers.errorAccessIdAssociated.summary');
  const helpdesk = helpdeskAction(locale, question);
  if (situation === 'linkedBefore') {
    return {
      ...base,
      summary: fixSummary(locale, say(locale, 'answers.errorAccessIdAssociated.fix.linkedBefore'), UI_TEXT.errorAccessIdAssociated),
      paragraphs: [say(locale, 'answers.errorAccessIdAssociated.linked'), overview],
      actions: [helpdesk],
    };
  }
  if (situation === 'invalid') {
    return {
      ...base,
      summary: fixSummary(locale, say(locale, 'answers.errorAccessIdAssociated.fix.invalid'), UI_TEXT.errorAccessIdAssociated),
      paragraphs: [say(locale, 'answers.errorAccessIdAssociated.invalid'), overview],
      actions: [helpdesk],
    };
  }
  // The case is unknown: the question comes first, then what the message means, then the buttons.
  return {
    ...base,
    summary: askSummary(locale, say(locale, 'answers.errorAccessIdAssociated.ask'), UI_TEXT.errorAccessIdAssociated),
    paragraphs: [overview],
    actions: [
      situationAction(locale, 'errorAccessIdAssociated', 'linkedBefore', question),
      situationAction(locale, 'errorAccessIdAssociated', 'invalid', question),
      helpdesk,
    ],
  };
};
