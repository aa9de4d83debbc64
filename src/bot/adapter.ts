import {
  type Activity,
  ActivityTypes,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Request,
  type Response,
  StatusCodes,
  TurnContext,
} from 'botbuilder';
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator';
import { AuthenticationConstants, type AuthenticateRequestResult, type BotFrameworkAuthentication } from 'botframework-connector';
import type { INodeBuffer, INodeDuplex, INodeSocket } from 'botframework-streaming';
import type { ConnectorClientOptions } from 'botframework-connector';
import { BotCredentials } from '../config';
import { CachingBotFrameworkAuthentication } from './cachingAuthentication';
import { allowedIssuers, checkIssuer, classifyAuthenticationFailure } from './inboundAuthentication';
import { Locale } from '../domain/types';
import { localeFromTag } from '../i18n/locale';
import { t } from '../i18n/strings';
import { Logger } from '../logger';

type Logic = (context: TurnContext) => Promise<void>;

/**
 * CloudAdapter whose HTTP `process` throws RequestUnauthorizedError / AuthenticationUnavailableError
 * when a request cannot be authenticated, instead of answering 401 or 500 with the SDK's message (which
 * names URLs and keys): the server turns them into 401 and 503. Nothing of the turn runs before that.
 */
export class AssistantAdapter extends CloudAdapter {
  constructor(
    auth: BotFrameworkAuthentication,
    private readonly issuers: ReadonlySet<string> | undefined,
  ) {
    super(auth);
  }

  override process(req: Request, res: Response, logic: Logic): Promise<void>;
  override process(req: Request, socket: INodeSocket, head: INodeBuffer, logic: Logic): Promise<void>;
  override process(req: Request, socket: INodeDuplex, head: INodeBuffer, logic: Logic): Promise<void>;
  override async process(
    req: Request,
    resOrSocket: Response | INodeSocket | INodeDuplex,
    logicOrHead: Logic | INodeBuffer,
    maybeLogic?: Logic,
  ): Promise<void> {
    if (maybeLogic) return super.process(req, resOrSocket as INodeSocket, logicOrHead as INodeBuffer, maybeLogic);
    const res = resOrSocket as Response;
    const logic = logicOrHead as Logic;
    // What CloudAdapter.process checks before authenticating (the server's guard has checked the shape).
    const activity = validateAndFixActivity(req.body as unknown as Activity);
    const header = req.headers.authorization ?? req.headers.Authorization;
    const authHeader = typeof header === 'string' ? header : '';
    let authenticated: AuthenticateRequestResult;
    try {
      if (this.issuers) checkIssuer(authHeader, this.issuers);
      authenticated = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    } catch (err) {
      throw classifyAuthenticationFailure(err);
    }
    const invokeResponse = await this.processActivity(authenticated, activity, logic);
    res.status(invokeResponse?.status ?? StatusCodes.OK);
    if (invokeResponse?.body) res.send(invokeResponse.body);
    res.end();
  }
}

/**
 * The SDK takes its endpoints all from the defaults or all from the settings: once one is set (a test's
 * OpenID metadata, a sovereign token service), every other one must be given too, or tokens are checked
 * against an undefined issuer.
 */
function endpointSettings(credentials: BotCredentials): Record<string, string> {
  const overridden = {
    ...(credentials.OAuthUrl ? { OAuthUrl: credentials.OAuthUrl } : {}),
    ...(credentials.ToBotFromChannelOpenIdMetadataUrl ? { ToBotFromChannelOpenIdMetadataUrl: credentials.ToBotFromChannelOpenIdMetadataUrl } : {}),
    ...(credentials.ToBotFromEmulatorOpenIdMetadataUrl ? { ToBotFromEmulatorOpenIdMetadataUrl: credentials.ToBotFromEmulatorOpenIdMetadataUrl } : {}),
  };
  if (Object.keys(overridden).length === 0) return {};
  return {
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ...overridden,
  };
}

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

/** The adapter with Bot Framework authentication from the standard settings (and optional endpoints). */
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
      ...endpointSettings(credentials),
    },
    credentialsFactory,
    undefined,
    undefined,
    connectorDeadline(options.connectorTimeoutMs ?? DEFAULT_CONNECTOR_TIMEOUT_MS),
  );
  // Anonymous mode authenticates nobody, so there is no issuer to check.
  const issuers = credentials.MicrosoftAppId
    ? allowedIssuers(AuthenticationConstants.ToBotFromChannelTokenIssuer, credentials.MicrosoftAppTenantId)
    : undefined;
  const adapter = new AssistantAdapter(new CachingBotFrameworkAuthentication(auth), issuers);
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
