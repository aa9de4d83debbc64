import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import { FakeTokenSigner, type Claims } from './fakeJwt';
import { sendJson, startLocalServer, type LocalServer } from './localServer';
import { createTestCertificate } from './selfSignedCert';

export const OBO_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

export interface FakeEntraOptions {
  /** The bot's app registration: the only client the token endpoint accepts. */
  clientId: string;
  clientSecret: string;
  /** Resource whose `/.default` scope the OBO may ask for; also the `aud` of the access tokens. */
  graphResource?: string;
  accessTokenLifetimeSec?: number;
}

export interface EntraRequest {
  method: string;
  path: string;
  /** For token requests: the tenant segment of the path and the grant. */
  tenant?: string;
  grantType?: string;
}

/**
 * A local Microsoft Entra ID (login.microsoftonline.com) that speaks enough of the v2.0 protocol for
 * msal-node's on-behalf-of flow: OpenID metadata per tenant and the token endpoint with the jwt-bearer
 * grant. HTTPS with a self-signed certificate, because msal-node only accepts https authorities.
 */
export class FakeEntra {
  readonly requests: EntraRequest[] = [];
  /** Answer every token request with this HTTP status (an outage), when set. */
  tokenEndpointFailure?: number;
  private readonly signer = new FakeTokenSigner();
  private readonly cert = createTestCertificate('fake-entra.test');
  private server?: LocalServer;
  private readonly graphResource: string;

  private constructor(private readonly options: FakeEntraOptions) {
    this.graphResource = options.graphResource ?? GRAPH_RESOURCE;
  }

  static async start(options: FakeEntraOptions): Promise<FakeEntra> {
    const entra = new FakeEntra(options);
    entra.server = await startLocalServer((req, body, res) => entra.handle(req, body, res), entra.cert);
    return entra;
  }

  /** PEM of the self-signed certificate: the CA a client must trust. */
  get ca(): string {
    return this.cert.cert;
  }
  get origin(): string {
    return this.srv.origin;
  }
  /** host:port, as msal-node's knownAuthorities wants it. */
  get host(): string {
    return this.srv.host;
  }
  authority(tenant: string): string {
    return `${this.origin}/${tenant}`;
  }

  /** The OpenID configuration msal would download, as a JSON string for `authorityMetadata`. */
  authorityMetadata(tenant = '{tenant}'): string {
    return JSON.stringify(this.openIdConfiguration(tenant));
  }

  /** An instance discovery answer naming only this host, as a JSON string for `cloudDiscoveryMetadata`. */
  cloudDiscoveryMetadata(): string {
    return JSON.stringify(this.instanceDiscovery());
  }

  /** What Teams SSO hands the bot: a token for the bot's own app, issued to one user of one tenant. */
  issueUserToken(user: { oid: string; tid: string; name?: string }, lifetimeSec = 3600): string {
    const now = Math.floor(Date.now() / 1000);
    return this.signer.sign({
      aud: `api://botid-${this.options.clientId}`,
      iss: `${this.origin}/${user.tid}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + lifetimeSec,
      oid: user.oid,
      tid: user.tid,
      name: user.name ?? 'Test User',
      scp: 'access_as_user',
      azp: 'teams-client',
    });
  }

  /** Claims of a Graph access token this Entra issued (what Graph checks before answering). */
  verifyGraphToken(token: string): Claims | undefined {
    const claims = this.signer.verify(token);
    return claims && claims.aud === this.graphResource ? claims : undefined;
  }

  tokenRequestCount(): number {
    return this.requests.filter((r) => r.grantType !== undefined).length;
  }

  close(): Promise<void> {
    return this.server?.close() ?? Promise.resolve();
  }

  private get srv(): LocalServer {
    if (!this.server) throw new Error('FakeEntra not started');
    return this.server;
  }

  private openIdConfiguration(tenant: string) {
    const base = `${this.origin}/${tenant}`;
    return {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      jwks_uri: `${this.origin}/${tenant}/discovery/v2.0/keys`,
      issuer: `${base}/v2.0`,
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    };
  }

  private instanceDiscovery() {
    return {
      tenant_discovery_endpoint: `${this.origin}/{tenant}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: this.host, preferred_cache: this.host, aliases: [this.host] }],
    };
  }

  private handle(req: http.IncomingMessage, body: string, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.origin);
    const segments = url.pathname.split('/').filter(Boolean);
    const entry: EntraRequest = { method: req.method ?? 'GET', path: url.pathname };
    this.requests.push(entry);

    if (req.method === 'GET' && url.pathname.endsWith('/v2.0/.well-known/openid-configuration')) {
      return sendJson(res, 200, this.openIdConfiguration(segments[0]));
    }
    if (req.method === 'GET' && url.pathname === '/common/discovery/instance') {
      return sendJson(res, 200, this.instanceDiscovery());
    }
    if (req.method === 'POST' && segments.length === 4 && url.pathname.endsWith('/oauth2/v2.0/token')) {
      const form = new URLSearchParams(body);
      entry.tenant = segments[0];
      entry.grantType = form.get('grant_type') ?? '';
      return this.token(segments[0], form, res);
    }
    return sendJson(res, 404, { error: 'not_found', error_description: `AADSTS90002: ${url.pathname} not served here` });
  }

  private token(tenant: string, form: URLSearchParams, res: http.ServerResponse): void {
    const error = (status: number, code: string, aadsts: number, text: string) =>
      sendJson(res, status, {
        error: code,
        error_description: `AADSTS${aadsts}: ${text}`,
        error_codes: [aadsts],
        timestamp: new Date().toISOString(),
        trace_id: randomUUID(),
        correlation_id: randomUUID(),
      });

    if (this.tokenEndpointFailure) return error(this.tokenEndpointFailure, 'temporarily_unavailable', 90033, 'Service unavailable.');
    if (form.get('client_id') !== this.options.clientId) return error(400, 'unauthorized_client', 700016, 'Application not found.');
    if (form.get('client_secret') !== this.options.clientSecret) return error(401, 'invalid_client', 7000215, 'Invalid client secret provided.');
    if (form.get('grant_type') !== OBO_GRANT_TYPE) return error(400, 'unsupported_grant_type', 70003, 'Unsupported grant type.');
    if (form.get('requested_token_use') !== 'on_behalf_of') return error(400, 'invalid_request', 900144, "requested_token_use must be 'on_behalf_of'.");

    const user = this.signer.verify(form.get('assertion') ?? '');
    if (!user || typeof user.oid !== 'string' || typeof user.tid !== 'string') {
      return error(400, 'invalid_grant', 50013, 'Assertion failed signature validation or has expired.');
    }
    if (user.aud !== `api://botid-${this.options.clientId}`) return error(400, 'invalid_grant', 50013, 'Assertion audience does not match the client app.');
    if (tenant !== user.tid) return error(400, 'invalid_request', 50020, 'OBO must use the tenant of the assertion.');
    const scopes = (form.get('scope') ?? '').split(' ');
    const wanted = `${this.graphResource}/.default`;
    if (!scopes.includes(wanted)) return error(400, 'invalid_scope', 70011, `Expected scope ${wanted}.`);

    const now = Math.floor(Date.now() / 1000);
    const lifetime = this.options.accessTokenLifetimeSec ?? 3600;
    const accessToken = this.signer.sign({ aud: this.graphResource, iss: `${this.origin}/${user.tid}/v2.0`, iat: now, exp: now + lifetime, oid: user.oid, tid: user.tid, scp: 'User.Read Directory.Read.All' });
    const idToken = this.signer.sign({ aud: this.options.clientId, iss: `${this.origin}/${user.tid}/v2.0`, iat: now, nbf: now, exp: now + lifetime, oid: user.oid, tid: user.tid, sub: user.oid, name: user.name, preferred_username: `${user.oid}@example.test`, ver: '2.0' });
    sendJson(res, 200, {
      token_type: 'Bearer',
      scope: `${wanted} openid profile offline_access`,
      expires_in: lifetime,
      ext_expires_in: lifetime,
      access_token: accessToken,
      id_token: idToken,
      client_info: Buffer.from(JSON.stringify({ uid: user.oid, utid: user.tid })).toString('base64url'),
    });
  }
}
