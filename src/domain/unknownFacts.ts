/**
 * Facts people ask for that the article does not give. The assistant says so, says where to look, and
 * offers the helpdesk; it never states a number for them.
 */
export const UNKNOWN_FACTS = ['tpdHours', 'phoneNumber', 'planPrice', 'solutionsPartner', 'responseTime', 'incidentPrice', 'azureCredits', 'supportHours', 'contractTerm', 'benefitPrice'] as const;
export type UnknownFact = (typeof UNKNOWN_FACTS)[number];

/**
 * Situations of the three error troubleshooters: which case the user is in decides the one fix.
 * - errorAccessIdAssociated: the contract was linked before, or it is invalid (expired, or its Signature
 *   pack has no incidents left);
 * - errorNotAuthorized: the account is associated only with CSP, or it is an MPN account;
 * - errorNoBenefits: the company has no active membership offers, or the user signed in with the wrong account.
 */
export const SITUATIONS = {
  errorAccessIdAssociated: ['linkedBefore', 'invalid'],
  errorNotAuthorized: ['cspOnly', 'mpnAccount'],
  errorNoBenefits: ['noMembership', 'wrongAccount'],
} as const;
export type TroubleshooterTopic = keyof typeof SITUATIONS;
export type Situation = (typeof SITUATIONS)[TroubleshooterTopic][number];

export function isSituationOf(topic: TroubleshooterTopic, value: unknown): value is Situation {
  return (SITUATIONS[topic] as readonly string[]).includes(value as string);
}
