import { LINKS, PRODUCT_NAMES, SECTIONS } from '../../domain/catalog';
import { Locale } from '../../domain/types';
import { UnknownFact } from '../../domain/unknownFacts';
import { AnswerComposer, AnswerModel } from '../answerModel';
import { answerSource, followUps, helpdeskAction, link, say } from '../answerParts';

type FactAnswer = Pick<AnswerModel, 'paragraphs' | 'links' | 'source' | 'followUps'>;

/** Where to look for each fact the article does not give, and what the article does say next to it. */
function factAnswer(locale: Locale, fact: UnknownFact): FactAnswer {
  switch (fact) {
    case 'tpdHours':
      return {
        paragraphs: [say(locale, 'answers.tpd.summary'), say(locale, 'answers.notInArticle.where.tpdHours')],
        links: [link(locale, 'tpd'), link(locale, 'technicalBenefits')],
        source: answerSource(SECTIONS.overview),
        followUps: followUps(locale, 'incidents', 'tpd'),
      };
    case 'phoneNumber':
      return {
        paragraphs: [say(locale, 'answers.notInArticle.where.phoneNumber')],
        links: [link(locale, 'supportForBusiness')],
        source: answerSource(SECTIONS.onPremises),
        followUps: followUps(locale, 'onPremisesRequest', 'cloudRequest'),
      };
    case 'planPrice':
      return {
        paragraphs: [say(locale, 'answers.paidPlans.summary'), say(locale, 'answers.paidPlans.options')],
        links: [
          link(locale, 'comparePlans'),
          { title: PRODUCT_NAMES.premier, url: LINKS.premier },
          { title: PRODUCT_NAMES.advanced, url: LINKS.advanced },
        ],
        source: answerSource(SECTIONS.supportPlans),
        followUps: followUps(locale, 'paidPlans', 'incidents'),
      };
    case 'responseTime':
      return {
        paragraphs: [say(locale, 'answers.notInArticle.where.responseTime')],
        links: [link(locale, 'comparePlans')],
        source: answerSource(SECTIONS.supportPlans),
        followUps: followUps(locale, 'paidPlans', 'cloudRequest'),
      };
    case 'benefitPrice':
    case 'incidentPrice':
      return {
        paragraphs: [say(locale, 'answers.notInArticle.where.incidentPrice')],
        links: [link(locale, 'comparePlans')],
        source: answerSource(SECTIONS.supportPlans),
        followUps: followUps(locale, 'paidPlans', 'incidentsRemaining'),
      };
    case 'azureCredits':
      return {
        paragraphs: [say(locale, 'answers.notInArticle.where.azureCredits')],
        links: [link(locale, 'technicalBenefits')],
        source: answerSource(SECTIONS.overview),
        followUps: followUps(locale, 'incidents', 'tpd'),
      };
    case 'supportHours':
      return {
        paragraphs: [say(locale, 'answers.notInArticle.where.supportHours')],
        links: [link(locale, 'comparePlans')],
        source: answerSource(SECTIONS.supportPlans),
        followUps: followUps(locale, 'paidPlans', 'cloudRequest'),
      };
    case 'contractTerm':
      return {
        paragraphs: [say(locale, 'answers.notInArticle.where.contractTerm')],
        links: [link(locale, 'technicalBenefits')],
        source: answerSource(SECTIONS.overview),
        followUps: followUps(locale, 'incidentsRemaining', 'paidPlans'),
      };
    case 'solutionsPartner':
      return {
        paragraphs: [say(locale, 'answers.notInArticle.where.solutionsPartner')],
        links: [link(locale, 'technicalBenefits'), link(locale, 'article')],
        source: answerSource(SECTIONS.entitlement),
        followUps: followUps(locale, 'incidents', 'cloudCompetencies'),
      };
  }
}

/**
 * A question about a fact the article does not give (TPD hours, a phone number, plan prices, Solutions
 * Partner designations): says so first, never a number, then where to look and the helpdesk.
 */
export const composeNotInArticle: AnswerComposer = ({ locale, unknownFact, question }) => {
  const fact = unknownFact ?? 'phoneNumber';
  return {
    topic: 'notInArticle',
    title: say(locale, 'answers.notInArticle.title'),
    summary: say(locale, `answers.notInArticle.${fact}`),
    ...factAnswer(locale, fact),
    actions: [helpdeskAction(locale, question)],
  };
};
