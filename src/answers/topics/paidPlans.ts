import { LINKS, PRODUCT_NAMES, SECTIONS } from '../../domain/catalog';
import { AnswerComposer } from '../answerModel';
import { answerSource, followUps, link, say } from '../answerParts';

/** Topic 11: Premier Support for Partners, Advanced Support for Partners (cloud only), and the comparison. */
/** With a pack said to be used up or a contract expired ('invalid'), what to do then leads. */
export const composePaidPlans: AnswerComposer = ({ locale, situation }) => ({
  topic: 'paidPlans',
  title: say(locale, 'answers.paidPlans.title'),
  ...(situation === 'invalid'
    ? {
        summary: `${say(locale, 'answers.paidPlans.whenNeeded')} ${say(locale, 'answers.paidPlans.summary')}`,
        paragraphs: [say(locale, 'answers.paidPlans.options')],
      }
    : {
        summary: say(locale, 'answers.paidPlans.summary'),
        paragraphs: [say(locale, 'answers.paidPlans.options'), say(locale, 'answers.paidPlans.whenNeeded')],
      }),
  links: [
    link(locale, 'comparePlans'),
    { title: PRODUCT_NAMES.premier, url: LINKS.premier },
    { title: PRODUCT_NAMES.advanced, url: LINKS.advanced },
  ],
  source: answerSource(SECTIONS.supportPlans),
  followUps: followUps(locale, 'incidents', 'errorAccessIdAssociated', 'tpd'),
});
