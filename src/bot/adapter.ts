import {
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  StatusCodes,
  TurnContext,
} from 'botbuilder';
import type { ConnectorClientOptions } from 'botframework-connector';
import { BotCredentials } from '../config';
import { CachingBotFrameworkAuthentication } from './cachingAuthentication';
import { Locale } from '../domain/types';
import { localeFromTag } from '../i18n/locale';
import { t } from '../i18n/strings';
import { Logger } from '../logger';

/** How long one call to the Bot Connector (a reply, a member lookup) may take, retries included. */
export const DEFAULT_CONNECTOR_TIMEOUT_MS = 3_000;

type PolicyRequest = { abortSignal?: AbortSignal };
type Policy = { sendRequest(request: PolicyRequest): Promise<unknown> };

/**
 * Bounds every call to the caller's serviceUrl: without it an unreachable one holds the turn for the SDK's
 * retries (9–13 s), longer than Teams waits for the answer.
 */
function connectorDeadline(timeoutMs: number): ConnectorClientOptions {
  const factory = {
    create: (next: Policy): Policy => ({
      sendRequest: (request) => {
        const deadline = AbortSignal.timeout(timeoutMs);
        request.abortSignal = request.abortSignal ? AbortSignal.any([request.abortSignal, deadline]) : deadline;
        return next.sendRequest(request);
      },
    }),
  };
  return { requestPolicyFactories: [factory] } as unknown as ConnectorClientOptions;
}

/** The Bot Connector could not be reached in time: telling the user about it would wait as long again. */
function unreachable(error: unknown): boolean {
  const e = error as { name?: string; code?: string } | undefined;
  return e?.name === 'AbortError' || e?.code === 'ECONNREFUSED' || e?.code === 'ENOTFOUND' || e?.code === 'ETIMEDOUT';
}

export interface AdapterOptions {
  connectorTimeoutMs?: number;
}

/** CloudAdapter with Bot Framework authentication from the four standard settings. */
export function createAdapter(credentials: BotCredentials, logger: Logger, options: AdapterOptions = {}): CloudAdapter {
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
    undefined,
    undefined,
    connectorDeadline(options.connectorTimeoutMs ?? DEFAULT_CONNECTOR_TIMEOUT_MS),
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
      } else if (a.type === ActivityTypes.Message && !unreachable(error)) {
        await context.sendActivity(t(locale, 'common.error'));
      }
    } catch (sendError) {
      logger.error('could not tell the user about a failed turn', { err: sendError });
    }
  };
  return adapter;
}
