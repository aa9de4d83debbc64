import { AuthenticationConstants, AuthenticationError } from 'botframework-connector';

/** The request's credentials were missing, malformed, forged, expired or meant for someone else: 401. */
export class RequestUnauthorizedError extends Error {
  override name = 'RequestUnauthorizedError';
}

/** The keys to check the token with could not be fetched (OpenID metadata or JWKS down): 503, try later. */
export class AuthenticationUnavailableError extends Error {
  override name = 'AuthenticationUnavailableError';
}

/**
 * Sorts an error from the SDK's request authentication into one of the two above. The SDK itself answers
 * 401 or 500 with its own message (which names URLs and keys); the server answers from the type instead.
 */
export function classifyAuthenticationFailure(err: unknown): RequestUnauthorizedError | AuthenticationUnavailableError {
  const e = err as { name?: unknown; code?: unknown; statusCode?: unknown; message?: unknown } | undefined;
  const detail = typeof e?.message === 'string' ? e.message : String(err);
  // "Failed to load openID config / Keys: <status>" is an AuthenticationError with a 5xx status.
  if (err instanceof AuthenticationError && typeof err.statusCode === 'number' && err.statusCode >= 500) {
    return new AuthenticationUnavailableError(detail);
  }
  // node-fetch network and JSON errors, socket errors (ECONNREFUSED, ETIMEDOUT, TLS).
  if (e?.name === 'FetchError' || e?.name === 'AbortError' || (typeof e?.code === 'string' && /^(E[A-Z_]+|ERR_TLS_.*|CERT_.*|DEPTH_ZERO_.*|SELF_SIGNED_.*|UNABLE_TO_.*)$/.test(e.code))) {
    return new AuthenticationUnavailableError(detail);
  }
  // Everything else is about the token: AuthenticationError 401, jsonwebtoken's invalid signature, malformed.
  return new RequestUnauthorizedError(detail);
}

/**
 * Issuers a bearer token may name before the SDK sees it: the channels' issuer, the SDK's fixed Emulator
 * issuers and, when the app has a home tenant, that tenant's Entra issuers. The SDK adds the issuer of any
 * tenant a token claims to a process-wide list, so without this a single-tenant bot would accept another
 * tenant's Entra token and every forged tenant id would grow that list for good.
 */
export function allowedIssuers(channelIssuer: string, tenantId: string): ReadonlySet<string> {
  const issuers = new Set<string>([channelIssuer]);
  for (const fixed of SDK_EMULATOR_ISSUERS) issuers.add(fixed);
  if (tenantId) {
    issuers.add(`${AuthenticationConstants.ValidTokenIssuerUrlTemplateV1}${tenantId}/`);
    issuers.add(`${AuthenticationConstants.ValidTokenIssuerUrlTemplateV2}${tenantId}/v2.0`);
  }
  return issuers;
}

/** The Bot Framework's own tenants, as the SDK lists them (ToBotFromBotOrEmulatorTokenValidationParameters). */
const SDK_EMULATOR_ISSUERS = [
  'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/',
  'https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0',
  'https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/',
  'https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0',
  'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/',
  'https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/',
  'https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0',
  'https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/',
  'https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0',
];

/**
 * Throws RequestUnauthorizedError when the header carries a JWT whose issuer is not allowed. Anything that
 * is not a readable JWT is left to the SDK, which refuses it.
 */
export function checkIssuer(authHeader: string, allowed: ReadonlySet<string>): void {
  const [scheme, token, ...rest] = authHeader.trim().split(' ');
  if (scheme !== 'Bearer' || !token || rest.length) return;
  const payload = token.split('.')[1];
  if (!payload) return;
  let iss: unknown;
  try {
    iss = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { iss?: unknown } | null)?.iss;
  } catch {
    return;
  }
  if (typeof iss === 'string' && !allowed.has(iss)) throw new RequestUnauthorizedError('token issuer not accepted');
}
