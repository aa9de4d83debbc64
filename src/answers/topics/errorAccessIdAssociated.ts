import { SECTIONS, UI_TEXT } from '../../domain/catalog';
import { AnswerComposer } from '../answerModel';
import { answerSource, followUps, link, say } from '../answerParts';

/** Topic 9: the misleading Azure error; already linked → + New Support request; invalid → new plan. */
export const composeErrorAccessIdAssociated: AnswerComposer = ({ locale }) => ({
  topic: 'errorAccessIdAssociated',
  title: say(locale, 'answers.errorAccessIdAssociated.title'),
  summary: say(locale, 'answers.errorAccessIdAssociated.summary'),
  quote: UI_TEXT.errorAccessIdAssociated,
  paragraphs: [
    say(locale, 'answers.errorAccessIdAssociated.cause'),
    say(locale, 'answers.errorAccessIdAssociated.linked'),
    say(locale, 'answers.errorAccessIdAssociated.invalid'),
  ],
  links: [link(locale, 'comparePlans')],
  source: answerSource(SECTIONS.azureError),
  followUps: followUps(locale, 'paidPlans', 'incidentsRemaining', 'cloudRequest'),
});
