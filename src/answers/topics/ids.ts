import { SECTIONS } from '../../domain/catalog';
import { AnswerComposer } from '../answerModel';
import { answerSource, followUps, link, say } from '../answerParts';

/** Topic 4: Access ID and Contract ID, shown to all users after activation, needed once per account. */
export const composeIds: AnswerComposer = ({ locale }) => ({
  topic: 'ids',
  title: say(locale, 'answers.ids.title'),
  summary: say(locale, 'answers.ids.summary'),
  paragraphs: [
    say(locale, 'answers.ids.associated'),
    say(locale, 'answers.ids.notShown'),
    say(locale, 'answers.ids.anyAccount'),
  ],
  links: [link(locale, 'technicalBenefits')],
  source: answerSource(SECTIONS.viewAndActivate),
  followUps: followUps(locale, 'activation', 'onPremisesRequest', 'cloudRequest'),
});
