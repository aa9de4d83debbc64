import { TurnContext } from 'botbuilder';
import type { Store } from '../store/repositories';
import type { Logger } from '../logger';
import { tenantOf, userOf } from './identity';
import type { SenderCheck } from './memberDirectory';

/**
 * BOOTSTRAP_ADMINS are Entra object ids of Global admins. The first time one of them speaks to the bot in
 * their own tenant, they are written into that tenant's roster (audited), so members can see who can
 * activate and requests reach them.
 */
export class RosterBootstrap {
  private readonly admins: ReadonlySet<string>;
  private readonly done = new Set<string>();

  constructor(
    private readonly store: Store,
    bootstrapAdmins: readonly string[],
    private readonly logger: Logger,
  ) {
    this.admins = new Set(bootstrapAdmins.map((a) => a.toLowerCase()));
  }

  /** `sender`: Teams' word on who this is; an activity merely claiming an admin's Entra id is not enough. */
  async seen(context: TurnContext, sender: () => Promise<SenderCheck>): Promise<void> {
    if (this.admins.size === 0) return;
    const user = userOf(context.activity);
    const tenantId = tenantOf(context.activity);
    const aad = user.aadObjectId;
    if (!tenantId || !aad || !this.admins.has(aad) || user.tenantId !== tenantId) return;
    const key = `${tenantId}|${aad}`;
    if (this.done.has(key)) return;
    const check = await sender();
    if (check.kind !== 'member' || check.tenantId !== tenantId || check.aadObjectId !== aad) return;
    try {
      await this.store.roles.grant(
        tenantId,
        { aadObjectId: aad, name: user.name },
        'globalAdmin',
        { userId: 'system:bootstrap', name: 'BOOTSTRAP_ADMINS' },
        context.activity.conversation.id,
      );
      this.done.add(key);
    } catch (err) {
      this.logger.error('could not add a bootstrap admin to the roster', { err, tenantId });
    }
  }
}
