import { AssistantTurn } from './turn';
import { BenefitsService } from '../domain/benefitsService';
import { Caller, isSameOrganization } from '../domain/policy';
import { canActivate } from '../domain/roles';
import { SIGN_IN_DIALOG, UserTokens } from './signIn';
import { checkSender, MemberDirectory } from './memberDirectory';
import { UserIdentity } from '../domain/roles';
import { Logger } from '../logger';

/** The sender could not be checked with Teams: nothing tenant-scoped is done for them this turn. */
const UNVERIFIED = 'unverified';

/** What Callers needs of the dialog host (src/dialogs/dialogHost.ts): to start the sign-in prompt, or drop it. */
export interface SignInDialogs {
  begin(turn: AssistantTurn, dialogId: string, options?: object): Promise<void>;
  cancelAll(turn: AssistantTurn): Promise<boolean>;
}

export interface CallerOptions {
  /** The action needs an admin role: without a token from SSO the user is asked to sign in first. */
  privileged?: boolean;
}

/**
 * Who is asking, with roles resolved on the server for this turn: from the roster, and from Microsoft Graph
 * when SSO is configured and the user's token is available.
 */
export class Callers {
  constructor(
    private readonly service: BenefitsService,
    private readonly logger: Logger,
    private readonly members: MemberDirectory,
    private readonly signIn?: { tokens: UserTokens; dialogs: SignInDialogs },
  ) {}

  /**
   * The sender with the home tenant Teams reports: a guest, a user of another organization, or a user Teams
   * cannot vouch for counts as outside this organization (fail closed: see checkSender).
   */
  private async verifiedUser(turn: AssistantTurn): Promise<UserIdentity> {
    const check = checkSender(await this.members.membership(turn.context), turn.context.activity);
    if (check.kind === 'unverified') return { ...turn.user, tenantId: UNVERIFIED };
    if (check.kind === 'outside') return { ...turn.user, tenantId: check.homeTenantId };
    return { ...turn.user, tenantId: check.tenantId };
  }

  /**
   * True when Teams confirms the sender is a user of the conversation's tenant; says nothing to the user.
   * For answers that only use the organization's data as a bonus (the partner profile in an incidents answer).
   */
  async isVerifiedMember(turn: AssistantTurn): Promise<boolean> {
    if (!turn.tenantId) return false;
    return checkSender(await this.members.membership(turn.context), turn.context.activity).kind === 'member';
  }

  /** undefined when the conversation has no tenant or a sign-in was started; the user has been told. */
  async resolve(turn: AssistantTurn, options: CallerOptions = {}): Promise<Caller | undefined> {
    if (!turn.tenantId) {
      await turn.context.sendActivity(turn.t('tenant.missing'));
      return undefined;
    }
    const user = await this.verifiedUser(turn);
    if (user.tenantId === UNVERIFIED) {
      await turn.context.sendActivity(turn.t('tenant.unverified'));
      return undefined;
    }
    const userToken = this.signIn ? await this.signIn.tokens.token(turn.context) : undefined;
    const caller = await this.service.caller(user, turn.tenantId, turn.context.activity.conversation.id, { userToken });
    if (options.privileged && this.signIn && !userToken && isSameOrganization(caller) && !canActivate(caller.roles)) {
      await turn.context.sendActivity(turn.t('signin.needed'));
      try {
        await this.signIn.dialogs.begin(turn, SIGN_IN_DIALOG, { locale: turn.locale });
      } catch (err) {
        // No sign-in card could be sent (e.g. the token service refused): say so, keep the roster's roles.
        this.logger.warn('sign-in could not start', { err: (err as Error).message });
        await this.signIn.dialogs.cancelAll(turn);
        await turn.context.sendActivity(turn.t('signin.failed'));
      }
      return undefined;
    }
    return caller;
  }
}
