import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { sendJson, startLocalServer, type LocalServer } from './localServer';
import { createTestCertificate } from './selfSignedCert';

/** The issuer of every token the Bot Framework channels send a bot (Teams included). */
export const CHANNEL_ISSUER = 'https://api.botframework.com';
/** Entra's v2.0 issuer for a tenant, as the SDK accepts it for single-tenant bots. */
export const entraIssuer = (tenantId: string) => `https://login.microsoftonline.com/${tenantId}/v2.0`;

interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

function newKey(kid = randomUUID()): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

const b64url = (v: string | Buffer) => Buffer.from(v).toString('base64url');

/** An RS256 JWT: what the Bot Connector and Entra send, signed with the given key. */
export function signJwt(claims: Record<string, unknown>, key: { kid: string; privateKey: KeyObject }): string {
  const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: key.kid, x5t: key.kid }));
  const body = b64url(JSON.stringify(claims));
  const sig = createSign('RSA-SHA256').update(`${head}.${body}`).sign(key.privateKey);
  return `${head}.${body}.${b64url(sig)}`;
}

/**
 * The two places a bot fetches signing keys from, over loopback HTTPS: the Bot Framework's OpenID
 * metadata (login.botframework.com, keys endorsed for channels) and Entra's (login.microsoftonline.com,
 * for tokens a tenant issues directly, as for single-tenant bots). Counts every request.
 */
export class FakeBotFrameworkLogin {
  readonly requests: string[] = [];
  /** Answer every request with this status (an outage), when set. */
  failure?: number;
  readonly channelKey = newKey();
  readonly entraKey = newKey();
  /** A key nobody publishes: what a forger holds. */
  readonly strangerKey = newKey();
  // A name of its own: two trusted CAs with one subject name confuse the TLS chain lookup.
  private readonly cert = createTestCertificate(`fake-botframework-login-${randomUUID().slice(0, 8)}.test`);
  private server?: LocalServer;

  static async start(): Promise<FakeBotFrameworkLogin> {
    const fake = new FakeBotFrameworkLogin();
    fake.server = await startLocalServer((req, _body, res) => {
      const path = new URL(req.url ?? '/', 'https://x').pathname;
      fake.requests.push(path);
      if (fake.failure) return sendJson(res, fake.failure, { error: 'unavailable' });
      const origin = fake.origin;
      if (path === '/v1/.well-known/openidconfiguration') {
        return sendJson(res, 200, {
          issuer: CHANNEL_ISSUER,
          authorization_endpoint: 'https://invalid.botframework.com',
          jwks_uri: `${origin}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['private_key_jwt'],
        });
      }
      if (path === '/v1/.well-known/keys') return sendJson(res, 200, { keys: [jwk(fake.channelKey, ['msteams', 'webchat', 'emulator'])] });
      if (path === '/common/v2.0/.well-known/openid-configuration') {
        return sendJson(res, 200, {
          issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0',
          jwks_uri: `${origin}/common/discovery/v2.0/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
        });
      }
      if (path === '/common/discovery/v2.0/keys') return sendJson(res, 200, { keys: [jwk(fake.entraKey)] });
      sendJson(res, 404, { error: 'not found' });
    }, fake.cert);
    return fake;
  }

  /** PEM of the self-signed certificate: the CA a client must trust. */
  get ca(): string {
    return this.cert.cert;
  }
  get origin(): string {
    if (!this.server) throw new Error('not started');
    return this.server.origin;
  }
  get channelMetadataUrl(): string {
    return `${this.origin}/v1/.well-known/openidconfiguration`;
  }
  get entraMetadataUrl(): string {
    return `${this.origin}/common/v2.0/.well-known/openid-configuration`;
  }

  /** What the Bot Connector puts in Authorization when it posts an activity to the bot. */
  channelToken(o: { appId: string; serviceUrl: string; lifetimeSec?: number; claims?: Record<string, unknown>; key?: SigningKey }): string {
    const now = Math.floor(Date.now() / 1000);
    const lifetime = o.lifetimeSec ?? 3600;
    return signJwt(
      { serviceurl: o.serviceUrl, nbf: now - 5, exp: now + lifetime, iss: CHANNEL_ISSUER, aud: o.appId, ...o.claims },
      o.key ?? this.channelKey,
    );
  }

  /** A v2.0 app token Entra issues in a tenant to the bot's own app (single-tenant channel traffic). */
  entraToken(o: { appId: string; tenantId: string; lifetimeSec?: number; claims?: Record<string, unknown>; key?: SigningKey }): string {
    const now = Math.floor(Date.now() / 1000);
    const lifetime = o.lifetimeSec ?? 3600;
    return signJwt(
      { aud: o.appId, iss: entraIssuer(o.tenantId), iat: now - 5, nbf: now - 5, exp: now + lifetime, azp: o.appId, azpacr: '1', tid: o.tenantId, ver: '2.0', ...o.claims },
      o.key ?? this.entraKey,
    );
  }

  close(): Promise<void> {
    return this.server?.close() ?? Promise.resolve();
  }
}

function jwk(key: SigningKey, endorsements?: string[]) {
  const { n, e } = key.publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  return { kty: 'RSA', use: 'sig', kid: key.kid, x5t: key.kid, n, e, ...(endorsements ? { endorsements } : {}) };
}
