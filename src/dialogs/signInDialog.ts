import { ComponentDialog, OAuthPrompt, WaterfallDialog, WaterfallStepContext } from './dialogsSdk';
import { LOCALES, Locale } from '../domain/types';
import { t } from '../i18n/strings';
import { SIGN_IN_DIALOG } from '../bot/signIn';

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
