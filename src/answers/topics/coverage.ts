import { SECTIONS } from '../../domain/catalog';
import { AnswerComposer } from '../answerModel';
import { answerSource, followUps, say } from '../answerParts';

/** Topic 13: what technical support covers: a specific problem, an error message, broken functionality. */
export const composeCoverage: AnswerComposer = ({ locale }) => ({
  topic: 'coverage',
  title: say(locale, 'answers.coverage.title'),
  summary: say(locale, 'answers.coverage.summary'),
  paragraphs: [
    `${say(locale, 'answers.coverage.products')} ${say(locale, 'answers.alias.both')}`,
    say(locale, 'answers.activateFirst'),
  ],
  links: [],
  source: answerSource(SECTIONS.entitlement),
  followUps: followUps(locale, 'incidents', 'activation', 'paidPlans'),
});
