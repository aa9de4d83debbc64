import { ROLE_NAMES } from './catalog';

/** Roles that matter to the bot. The first three are the article's; helpdesk is the organization's own. */
export const ROLES = ['globalAdmin', 'mpnPartnerAdmin', 'adminAgent', 'helpdesk'] as const;
export type Role = (typeof ROLES)[number];

/** How each role is named on screen: the article's three names, and the organization's helpdesk. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = { ...ROLE_NAMES, helpdesk: 'Helpdesk' };

/** Who is speaking, as the activity says (never as card data says). */
export interface UserIdentity {
  /** The tenant the user belongs to (activity.from.aadObjectId's tenant; conversation.tenantId). */
  tenantId: string;
  /** Entra (AAD) object id, when Teams sends it. */
  aadObjectId?: string;
  /** Channel user id (29:...). */
  userId: string;
  name?: string;
}

export interface RoleContext {
  /** A user token from Teams SSO, when the Graph resolver is configured and sign-in succeeded. */
  userToken?: string;
}

export interface RoleResolver {
  /** Roles of `user` in `tenantId`. A user of another tenant has none here. */
  rolesOf(user: UserIdentity, tenantId: string, ctx?: RoleContext): Promise<ReadonlySet<Role>>;
}

/** Global admin or MPN partner admin: the roles that may activate the benefit (the article's step 3). */
export function isActivationRole(role: Role): boolean {
  return role === 'globalAdmin' || role === 'mpnPartnerAdmin';
}

/** Global admin or MPN partner admin may activate the benefit (the article's step 3). */
export function canActivate(roles: ReadonlySet<Role>): boolean {
  return [...roles].some(isActivationRole);
}
