import { TopicIntent } from '../domain/types';
import { AnswerComposer } from './answerModel';
import { composeActivation } from './topics/activation';
import { composeCloudCompetencies } from './topics/cloudCompetencies';
import { composeCloudRequest } from './topics/cloudRequest';
import { composeCoverage } from './topics/coverage';
import { composeCsp } from './topics/csp';
import { composeErrorAccessIdAssociated } from './topics/errorAccessIdAssociated';
import { composeErrorNoBenefits } from './topics/errorNoBenefits';
import { composeErrorNotAuthorized } from './topics/errorNotAuthorized';
import { composeIds } from './topics/ids';
import { composeIncidentsRemaining } from './topics/incidentsRemaining';
import { composeOnPremisesRequest } from './topics/onPremisesRequest';
import { composePaidPlans } from './topics/paidPlans';
import { composeTpd } from './topics/tpd';

export * from './answerModel';
export { cellsSentence, composeIncidentsAnswer, entitlementSentence } from './topics/incidents';
export type { AnsweredEntitlement } from './topics/incidents';
export { composeEntitlementTable, highlightOf, highlightsOf } from './topics/entitlementTable';
export { topicQuestion, HELPDESK_VERB, TROUBLESHOOT_VERB } from './answerParts';
export { composeNotInArticle } from './topics/notInArticle';
export { composeActionPackCloud } from './topics/actionPackCloud';

/** One composer per topic; incidents needs the calculator's result, see composeIncidentsAnswer. */
export const COMPOSERS: Record<Exclude<TopicIntent, 'incidents'>, AnswerComposer> = {
  cloudCompetencies: composeCloudCompetencies,
  activation: composeActivation,
  ids: composeIds,
  errorNotAuthorized: composeErrorNotAuthorized,
  errorNoBenefits: composeErrorNoBenefits,
  onPremisesRequest: composeOnPremisesRequest,
  incidentsRemaining: composeIncidentsRemaining,
  cloudRequest: composeCloudRequest,
  errorAccessIdAssociated: composeErrorAccessIdAssociated,
  csp: composeCsp,
  paidPlans: composePaidPlans,
  tpd: composeTpd,
  coverage: composeCoverage,
};
