import { Role, RoleResolver, UserIdentity } from './roles';

/** The part of the store the roster needs. */
export interface RosterSource {
  rolesOf(tenantId: string, aadObjectId: string): Promise<Role[]>;
}

/**
 * The default resolver: the role roster in the store, plus BOOTSTRAP_ADMINS (Entra object ids of Global
 * admins) so a fresh install has someone who can grant roles. A user of another tenant has no role here.
 */
export class RosterRoleResolver implements RoleResolver {
  private readonly bootstrap: ReadonlySet<string>;

  constructor(
    private readonly roster: RosterSource,
    bootstrapAdmins: readonly string[],
  ) {
    this.bootstrap = new Set(bootstrapAdmins.map((id) => id.toLowerCase()));
  }

  async rolesOf(user: UserIdentity, tenantId: string): Promise<ReadonlySet<Role>> {
    if (!tenantId || !user.aadObjectId || user.tenantId !== tenantId) return new Set();
    const aad = user.aadObjectId.toLowerCase();
    const roles = new Set<Role>(await this.roster.rolesOf(tenantId, aad));
    if (this.bootstrap.has(aad)) roles.add('globalAdmin');
    return roles;
  }
}
