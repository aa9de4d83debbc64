import type { Activity } from 'botbuilder';
import {
  AuthenticateRequestResult,
  BotFrameworkAuthentication,
  BotFrameworkClient,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  JwtTokenValidation,
  UserTokenClient,
} from 'botframework-connector';
import { LruCache } from '../lruCache';

/**
 * Bot Framework authentication that reuses the Bot Connector and token service clients between turns.
 * The SDK builds both, with their whole HTTP pipeline, on every request; the clients hold no per-turn
 * state (their credentials refresh tokens themselves), so one per app id, service URL and audience serves.
 * Authentication itself is untouched: every request is still validated by the wrapped instance.
 */
export class CachingBotFrameworkAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new LruCache<Promise<ConnectorClient>>(200);
  private readonly tokenClients = new LruCache<Promise<UserTokenClient>>(50);

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateRequest(activity, authHeader);
    return this.withCaching(result);
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.withCaching(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.caching(this.inner.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = appIdOf(claimsIdentity);
    let client = this.tokenClients.get(key);
    if (!client) {
      client = this.inner.createUserTokenClient(claimsIdentity);
      client.catch(() => this.tokenClients.delete(key));
      this.tokenClients.set(key, client);
    }
    return client;
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private withCaching(result: AuthenticateRequestResult): AuthenticateRequestResult {
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: this.caching(result.connectorFactory, result.claimsIdentity) };
  }

  private caching(factory: ConnectorFactory, claims: ClaimsIdentity | undefined): ConnectorFactory {
    const appId = claims ? appIdOf(claims) : '';
    const connectors = this.connectors;
    return new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        const key = `${appId}\u0000${serviceUrl}\u0000${audience ?? ''}`;
        let client = connectors.get(key);
        if (!client) {
          client = factory.create(serviceUrl, audience);
          client.catch(() => connectors.delete(key));
          connectors.set(key, client);
        }
        return client;
      }
    })();
  }
}

function appIdOf(claims: ClaimsIdentity): string {
  return JwtTokenValidation.getAppIdFromClaims(claims.claims) ?? '';
}
