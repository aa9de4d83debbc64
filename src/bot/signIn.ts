import { CloudAdapterBase, TurnContext } from 'botbuilder';
import type { UserTokenClient } from 'botframework-connector';
import { Logger } from '../logger';

/** The id of the sign-in dialog (src/dialogs/signInDialog.ts). */
export const SIGN_IN_DIALOG = 'signIn';

/** The user's token from Teams SSO, when the Graph role resolver is configured. */
export interface UserTokens {
  token(context: TurnContext): Promise<string | undefined>;
}

/** Reads a token the Bot Framework token service already holds for the user (no prompt). */
export class BotFrameworkUserTokens implements UserTokens {
  constructor(
    private readonly connectionName: string,
    private readonly logger: Logger,
  ) {}

  async token(context: TurnContext): Promise<string | undefined> {
    const adapter = context.adapter as CloudAdapterBase;
    const client = adapter.UserTokenClientKey ? (context.turnState.get(adapter.UserTokenClientKey) as UserTokenClient | undefined) : undefined;
    if (!client || !context.activity.from?.id) return undefined;
    try {
      const response = await client.getUserToken(context.activity.from.id, this.connectionName, context.activity.channelId, '');
      return response?.token || undefined;
    } catch (err) {
      this.logger.warn('could not read the user token', { err: (err as Error).message });
      return undefined;
    }
  }
}
