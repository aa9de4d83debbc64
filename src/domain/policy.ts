import { Role } from './roles';

/** Every privileged or tenant-scoped thing a user can ask the bot to do. */
export const ACTIONS = [
  'activate',
  'editIds',
  'markExpired',
  'viewIds',
  'requestActivation',
  'grantRole',
  'revokeRole',
  'listRoles',
  'setProfile',
  'setAnnouncement',
] as const;
export type Action = (typeof ACTIONS)[number];

export interface Caller {
  /** The conversation's tenant (from the activity). */
  tenantId: string;
  /** The caller's home tenant; differs from tenantId for a user of another organization. */
  homeTenantId: string;
  userId: string;
  aadObjectId?: string;
  name?: string;
  conversationId: string;
  roles: ReadonlySet<Role>;
}

/** A guest, or a user of another organization, acting in this tenant's conversation. */
export function isOutsider(caller: Caller): boolean {
  return caller.homeTenantId !== caller.tenantId;
}

export function isSameOrganization(caller: Caller): boolean {
  return !!caller.tenantId && caller.homeTenantId === caller.tenantId;
}

function isActivationAdmin(roles: ReadonlySet<Role>): boolean {
  return roles.has('globalAdmin') || roles.has('mpnPartnerAdmin');
}

/**
 * The role rules, checked on the server for every action (card data is user input). A user of another
 * organization may do nothing tenant-scoped, whatever a card says.
 */
export function isAllowed(caller: Caller, action: Action, grantedRole?: Role): boolean {
  if (!isSameOrganization(caller)) return false;
  switch (action) {
    case 'viewIds':
    case 'requestActivation':
    case 'listRoles':
      return true;
    case 'activate':
    case 'editIds':
    case 'markExpired':
    case 'setProfile':
    case 'setAnnouncement':
      return isActivationAdmin(caller.roles);
    case 'grantRole':
    case 'revokeRole':
      // Only a Global admin hands out Global admin; either activation admin manages the other roles.
      if (grantedRole === 'globalAdmin') return caller.roles.has('globalAdmin');
      return isActivationAdmin(caller.roles);
  }
}
