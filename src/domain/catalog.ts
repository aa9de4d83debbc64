import { CLOUD_COMPETENCIES, CloudCompetency, SupportType, Tier } from './types';

/**
 * The entitlement catalog: every fact the assistant states, with where it comes from.
 * Source: Microsoft Partner Center, "Technical Support for On-premises or Cloud products"
 * (MPN benefits), ms.date 2021-03-04. Nothing here may be stated without a line in that article.
 */
export const ARTICLE = {
  title: 'Technical Support for On-premises or Cloud products',
  date: '2021-03-04',
  url: 'https://docs.microsoft.com/partner-center/mpn-technical-support-on-premises-or-cloud-products',
} as const;

export interface Source {
  /** Anchor of the article's section the fact is taken from. */
  section: string;
  url: string;
  date: string;
}

function section(anchor: string): Source {
  return { section: anchor, url: `${ARTICLE.url}#${anchor}`, date: ARTICLE.date };
}

export const SECTIONS = {
  overview: section('overview'),
  viewAndActivate: section('view-and-activate-your-technical-support-benefits'),
  entitlement: section('technical-support-entitlement-and-supported-products'),
  onPremises: section('microsoft-product-support-on-premises'),
  remaining: section('how-many-partner-support-incidents-are-remaining'),
  signatureCloud: section('signature-cloud-support-cloud-only'),
  azureError: section('azure-portal-error-access-id-is-already-associated-'),
  supportPlans: section('partner-support-plans'),
} as const;

/** An incident allowance: a count, unlimited, or not included at all. */
export type Allowance =
  | { kind: 'count'; incidents: number }
  | { kind: 'unlimited' }
  | { kind: 'none' };

export interface EntitlementCell {
  tier: Tier;
  supportType: SupportType;
  /** For Signature Cloud Support of Silver and Gold the allowance depends on the competency kind. */
  cloudCompetency?: Allowance;
  otherCompetency?: Allowance;
  /** For cells that do not depend on the competency. */
  allowance?: Allowance;
  source: Source;
}

const count = (incidents: number): Allowance => ({ kind: 'count', incidents });
const unlimited: Allowance = { kind: 'unlimited' };
const none: Allowance = { kind: 'none' };

/** The article's table "Technical Support entitlement and supported products". */
export const ENTITLEMENT_TABLE: readonly EntitlementCell[] = [
  { tier: 'actionPack', supportType: 'onPremises', allowance: count(10), source: SECTIONS.entitlement },
  { tier: 'silver', supportType: 'onPremises', allowance: count(15), source: SECTIONS.entitlement },
  { tier: 'gold', supportType: 'onPremises', allowance: count(20), source: SECTIONS.entitlement },
  // "If you have Microsoft Action Pack you do not get Cloud support" (Azure portal error section).
  { tier: 'actionPack', supportType: 'cloud', allowance: none, source: SECTIONS.azureError },
  {
    tier: 'silver',
    supportType: 'cloud',
    cloudCompetency: unlimited,
    otherCompetency: count(5),
    source: SECTIONS.entitlement,
  },
  {
    tier: 'gold',
    supportType: 'cloud',
    cloudCompetency: unlimited,
    otherCompetency: count(10),
    source: SECTIONS.entitlement,
  },
];

/** English names as the article writes them; these stay English in every locale. */
export const PRODUCT_NAMES = {
  onPremises: 'Microsoft Product Support',
  cloud: 'Signature Cloud Support',
  /** Names Microsoft has used since June 2025 for the same two benefits (aliases, current names). */
  onPremisesCurrent: 'Partner On-premises Support',
  cloudCurrent: 'Partner Cloud Support',
  tpd: 'Technical Presales and Deployment services (TPD)',
  premier: 'Premier Support for Partners',
  advanced: 'Advanced Support for Partners',
  supportForBusiness: 'Support for Business',
  cspPlan: 'Cloud Solution Provider',
} as const;

export const TIER_NAMES: Record<Tier, string> = {
  actionPack: 'Action Pack',
  silver: 'Silver',
  gold: 'Gold',
};

export const COMPETENCY_NAMES: Record<CloudCompetency, string> = {
  security: 'Security',
  cloudBusinessApplications: 'Cloud Business Applications',
  cloudPlatform: 'Cloud Platform',
  cloudProductivity: 'Cloud Productivity',
  enterpriseMobilityManagement: 'Enterprise Mobility Management',
  smallMidmarketCloudSolutions: 'Small and Midmarket Cloud Solutions',
};

export const CLOUD_COMPETENCY_LIST: readonly CloudCompetency[] = CLOUD_COMPETENCIES;

/** Signature packs named in the Azure portal error section. */
export const SIGNATURE_PACKS = {
  gold: { name: 'Signature 10-pack', competency: 'Gold hybrid competency', incidents: 10 },
  silver: { name: 'Signature 5-pack', competency: 'Silver hybrid competency', incidents: 5 },
  source: SECTIONS.azureError,
} as const;

/** Roles the article names. Activation needs Global admin or MPN partner admin. */
export const ROLE_NAMES = {
  globalAdmin: 'Global admin',
  mpnPartnerAdmin: 'MPN partner admin',
  adminAgent: 'Admin agent',
} as const;

/** Links from the article. */
export const LINKS = {
  technicalBenefits: 'https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical',
  dashboard: 'https://partner.microsoft.com/dashboard',
  supportForBusiness: 'https://support.serviceshub.microsoft.com/supportforbusiness/create',
  remainingKb:
    'https://support.microsoft.com/topic/how-many-partner-support-incidents-are-remaining-e8220db5-14f6-93db-4b4a-35766e11b3c3',
  n1Products: 'https://aka.ms/n-1',
  cspCustomers: 'https://partner.microsoft.com/commerce/customers/list',
  tpd: 'https://docs.microsoft.com/partner-center/technical-benefits',
  comparePlans: 'https://partner.microsoft.com/support/partnersupport',
  premier: 'https://partner.microsoft.com/support/microsoft-services-premier-support',
  advanced: 'https://partner.microsoft.com/support/advanced-cloud-support',
  article: ARTICLE.url,
} as const;

/** Labels and messages as the article quotes them (its capitalization): quoted in English in every locale. */
export const UI_TEXT = {
  benefits: 'Benefits',
  technicalBenefits: 'Technical benefits',
  activate: 'Activate',
  account: 'Account',
  signInWithAnotherAccount: 'Sign-in with another account',
  errorNotAuthorized: 'You are not authorized for this action',
  errorNoBenefits: "Looks like you don't have any benefits yet",
  errorAccessIdAssociated:
    'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID',
  helpAndSupport: 'Help + Support',
  supportPlans: 'Support Plans',
  linkSupportBenefits: 'Link support benefits',
  newSupportRequest: '+ New Support request',
  doYouNeedToPurchase: 'Do you need to purchase or add more support plans',
  addContract: 'add Contract',
  unavailablePlans: 'Would you like to see unavailable support plans?',
  customers: 'Customers',
  serviceManagement: 'Service Management',
  newRequest: 'New request',
  /** Field labels shown after activation and asked for by the support portals. */
  accessId: 'Access ID',
  contractId: 'Contract ID',
  /** Contract names shown at step 2 of a Support for Business request ("How many ... remaining"). */
  partnerSupport: 'Partner Support',
  partnerSignature: 'Partner Signature',
  /** The product to select at step 1 of Support for Business to reach the contract list. */
  windows10: 'Windows 10',
} as const;
