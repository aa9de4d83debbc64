/** Shared vocabulary of the benefits domain. No botbuilder imports in src/domain. */
import type { ProductRef } from './productIds';

export const LOCALES = ['en', 'ru', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** MPN membership level as the article names them: Microsoft Action Pack, Silver competency, Gold competency. */
export const TIERS = ['actionPack', 'silver', 'gold'] as const;
export type Tier = (typeof TIERS)[number];

/** Microsoft Product Support (on-premises) or Signature Cloud Support (cloud). */
export const SUPPORT_TYPES = ['onPremises', 'cloud'] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];

/** The six competencies the article lists as cloud competencies. */
export const CLOUD_COMPETENCIES = [
  'security',
  'cloudBusinessApplications',
  'cloudPlatform',
  'cloudProductivity',
  'enterpriseMobilityManagement',
  'smallMidmarketCloudSolutions',
] as const;
export type CloudCompetency = (typeof CLOUD_COMPETENCIES)[number];

/** A competency the article does not list as cloud counts as "other". */
export type CompetencyKind = 'cloud' | 'other';

/**
 * Everything the recognizer can route to. Topic intents map 1:1 to the article's topics;
 * the rest are conversation commands.
 */
export const TOPIC_INTENTS = [
  'incidents', // 1. incidents per tier and support type
  'cloudCompetencies', // 2. which competencies are cloud; Signature 5-pack / 10-pack
  'activation', // 3. activate before use; who and how (and, with the store, the activation action)
  'ids', // 4. Access ID and Contract ID: shown to all users after activation, needed once per account
  'errorNotAuthorized', // 5a. "You are not authorized for this action"
  'errorNoBenefits', // 5b. "Looks like you don't have any benefits yet"
  'onPremisesRequest', // 6. Support for Business
  'incidentsRemaining', // 7. only Support for Business shows them; two steps
  'cloudRequest', // 8. Azure portal, Help + Support, Support Plans, Link support benefits
  'errorAccessIdAssociated', // 9. "This Access ID is already associated to an account"
  'csp', // 10. Cloud Solution Provider support plan; Admin agent path
  'paidPlans', // 11. Premier / Advanced Support for Partners
  'tpd', // 12. Technical Presales and Deployment services
  'coverage', // 13. what technical support covers
] as const;
export type TopicIntent = (typeof TOPIC_INTENTS)[number];

export const COMMAND_INTENTS = ['help', 'greeting', 'cancel', 'thanks'] as const;

/** Where a request is opened, for each support type: the topic answering "where do I open one?". */
export const REQUEST_TOPIC_OF = { cloud: 'cloudRequest', onPremises: 'onPremisesRequest' } as const satisfies Record<SupportType, TopicIntent>;
export type RequestTopic = (typeof REQUEST_TOPIC_OF)[SupportType];

export function isRequestTopic(topic: unknown): topic is RequestTopic {
  return Object.values(REQUEST_TOPIC_OF).includes(topic as RequestTopic);
}
export type CommandIntent = (typeof COMMAND_INTENTS)[number];

export type Intent = TopicIntent | CommandIntent | 'none';

export interface EntitlementSlots {
  tier?: Tier;
  supportType?: SupportType;
  /** Set when the user named a competency; `other` for a competency that is not a cloud one. */
  competency?: CloudCompetency | 'other';
  /** Set when the user said "cloud competency" / "other competency" without naming one. */
  competencyKind?: CompetencyKind;
  /** A product the user named (src/domain/products.ts); a cloud or on-premises product also sets `supportType`. */
  product?: ProductRef;
}

/** Every value a message names for each entitlement slot, distinct, in the order found ("Silver and Gold"). */
export interface SlotMentions {
  tiers: Tier[];
  supportTypes: SupportType[];
  competencies: (CloudCompetency | 'other')[];
  /** Products named, in order (ids of src/domain/products.ts): "Exchange Server 2010 on Windows Server 2008 R2". */
  products?: string[];
}

/**
 * A question that may ask several cells at once: `tiers` / `supportTypes` / `competencies` are set when
 * the message names more than one value of the slot ("Compare Silver and Gold", "on-premises and cloud").
 */
export interface EntitlementAsk extends EntitlementSlots {
  tiers?: Tier[];
  supportTypes?: SupportType[];
  competencies?: (CloudCompetency | 'other')[];
}
