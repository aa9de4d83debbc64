import { CloudAdapterBase, TurnContext } from 'botbuilder';
import { ComponentDialog, OAuthPrompt, WaterfallDialog, WaterfallStepContext } from '../dialogs/dialogsSdk';
import type { UserTokenClient } from 'botframework-connector';
import { LOCALES, Locale } from '../domain/types';
import { t } from '../i18n/strings';
import { Logger } from '../logger';

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

/**
 * Teams SSO sign-in with an OAuthPrompt per language. Teams usually exchanges the token silently; when it
 * cannot, the user sees a sign-in card, and if sign-in does not complete the bot says so and keeps using
 * the roles recorded in its roster (the visible fallback).
 */
export class SignInDialog extends ComponentDialog {
  constructor(connectionName: string) {
    super(SIGN_IN_DIALOG);
    for (const locale of LOCALES) {
      this.addDialog(
        new OAuthPrompt(`${SIGN_IN_DIALOG}.prompt.${locale}`, {
          connectionName,
          title: t(locale, 'signin.button'),
          text: t(locale, 'signin.text'),
          timeout: 5 * 60 * 1000,
          endOnInvalidMessage: true,
        }),
      );
    }
    this.addDialog(
      new WaterfallDialog(`${SIGN_IN_DIALOG}.flow`, [
        async (step: WaterfallStepContext) => {
          const locale = (step.options as { locale?: Locale }).locale ?? 'en';
          (step.values as { locale: Locale }).locale = locale;
          return step.beginDialog(`${SIGN_IN_DIALOG}.prompt.${locale}`);
        },
        async (step: WaterfallStepContext) => {
          const locale = (step.values as { locale: Locale }).locale;
          const token = (step.result as { token?: string } | undefined)?.token;
          await step.context.sendActivity(t(locale, token ? 'signin.done' : 'signin.failed'));
          return step.endDialog();
        },
      ]),
    );
    this.initialDialogId = `${SIGN_IN_DIALOG}.flow`;
  }
}
