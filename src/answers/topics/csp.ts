import { SECTIONS } from '../../domain/catalog';
import { AnswerComposer } from '../answerModel';
import { answerSource, followUps, link, say } from '../answerParts';

/** Topic 10: CSP partners use the "Cloud Solution Provider" plan; Admin agents start from Customers. */
export const composeCsp: AnswerComposer = ({ locale }) => ({
  topic: 'csp',
  title: say(locale, 'answers.csp.title'),
  summary: say(locale, 'answers.csp.summary'),
  paragraphs: [],
  steps: [
    say(locale, 'answers.csp.step.customers'),
    say(locale, 'answers.csp.step.request'),
    say(locale, 'answers.csp.step.workload'),
  ],
  links: [link(locale, 'cspCustomers')],
  source: answerSource(SECTIONS.signatureCloud),
  followUps: followUps(locale, 'cloudRequest', 'errorNotAuthorized', 'paidPlans'),
});
