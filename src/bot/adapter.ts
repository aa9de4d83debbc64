import {
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  StatusCodes,
  TurnContext,
} from 'botbuilder';
import { BotCredentials } from '../config';
import { CachingBotFrameworkAuthentication } from './cachingAuthentication';
import { Locale } from '../domain/types';
import { localeFromTag } from '../i18n/locale';
import { t } from '../i18n/strings';
import { Logger } from '../logger';

/** CloudAdapter with Bot Framework authentication from the four standard settings. */
export function createAdapter(credentials: BotCredentials, logger: Logger): CloudAdapter {
  const credentialsFactory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: credentials.MicrosoftAppId,
    MicrosoftAppPassword: credentials.MicrosoftAppPassword,
    MicrosoftAppType: credentials.MicrosoftAppType,
    MicrosoftAppTenantId: credentials.MicrosoftAppTenantId,
  });
  const auth = new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: credentials.MicrosoftAppId,
      MicrosoftAppTenantId: credentials.MicrosoftAppTenantId,
      ...(credentials.OAuthUrl ? { OAuthUrl: credentials.OAuthUrl } : {}),
    },
    credentialsFactory,
  );
  const adapter = new CloudAdapter(new CachingBotFrameworkAuthentication(auth));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const a = context.activity;
    logger.error('turn failed', {
      err: error,
      activityType: a.type,
      conversationId: a.conversation?.id,
      channelId: a.channelId,
    });
    const locale: Locale = (context.turnState.get('assistant.locale') as Locale | undefined) ?? localeFromTag(a.locale) ?? 'en';
    try {
      if (a.type === ActivityTypes.Invoke) {
        // A card action must always get an invoke response (STACK.md trap 11).
        await context.sendActivity({
          type: ActivityTypes.InvokeResponse,
          value: {
            status: StatusCodes.OK,
            body: {
              statusCode: 200,
              type: 'application/vnd.microsoft.activity.message',
              value: t(locale, 'common.error'),
            },
          },
        });
      } else if (a.type === ActivityTypes.Message) {
        await context.sendActivity(t(locale, 'common.error'));
      }
    } catch (sendError) {
      logger.error('could not tell the user about a failed turn', { err: sendError });
    }
  };
  return adapter;
}
