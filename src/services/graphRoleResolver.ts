import {
  ConfidentialClientApplication,
  LogLevel as MsalLogLevel,
  type AuthenticationResult,
  type INetworkModule,
  type OnBehalfOfRequest,
} from '@azure/msal-node';
import type { GraphConfig } from '../config';
import type { Role, RoleContext, RoleResolver, UserIdentity } from '../domain/roles';
import type { Logger } from '../logger';
import { fetchText, HttpTimeoutError, type FetchLike } from './httpClient';
import { NodeHttpsNetworkClient } from './nodeHttpsNetworkClient';
import { parseRetryAfter } from './retryTiming';

export const GLOBAL_ADMIN_ROLE_TEMPLATE_ID = '62e90394-69f5-4237-9190-012177145e10';
export const ADMIN_AGENTS_GROUP_NAME = 'AdminAgents';
export const DEFAULT_GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** The one msal call we need; ConfidentialClientApplication satisfies it. */
export interface OnBehalfOfClient {
  acquireTokenOnBehalfOf(request: OnBehalfOfRequest): Promise<AuthenticationResult | null>;
}

export interface GraphRoleResolverOptions {
  graph: GraphConfig;
  /** The store roster: its grants always count, and it is all we have when Graph cannot answer. */
  fallback: RoleResolver;
  logger: Logger;
  /** HTTP client for Graph. Default: global fetch. */
  fetch?: FetchLike;
  /** msal-node's HTTP client. Default: NodeHttpsNetworkClient (system CAs). Ignored with `oboClient`. */
  networkClient?: INetworkModule;
  /** Replaces the ConfidentialClientApplication built from `graph`. */
  oboClient?: OnBehalfOfClient;
  /** Default https://graph.microsoft.com/.default (set it for a national cloud). */
  graphScope?: string;
  now?: () => number;
  /** How long Graph's answer for a user is reused. Default 5 minutes. */
  cacheTtlMs?: number;
  /** Users kept in the cache; the least recently used goes first. Default 1000. */
  cacheMaxEntries?: number;
  /** Deadline for each Graph page. Default 5 s (a Teams turn has 15 s in all). */
  graphTimeoutMs?: number;
  /** Pages of memberships followed at most. Default 20. */
  maxPages?: number;
  /** Longest pause honoured from a Retry-After. Default 5 minutes. */
  maxPauseMs?: number;
  /** Tenants whose throttling pause is remembered at once; expired pauses go first. Default 1000. */
  maxPausedTenants?: number;
}

const NO_ROLES: ReadonlySet<Role> = new Set<Role>();
const MULTI_TENANT_SEGMENTS = new Set(['common', 'organizations']);

class GraphCallError extends Error {
  override name = 'GraphCallError';
  constructor(
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

interface CacheEntry {
  roles: ReadonlySet<Role>;
  expiresAt: number;
}

/**
 * Roles from Microsoft Graph, on behalf of the signed-in user (Teams SSO token → OBO → Graph
 * `/me/transitiveMemberOf`), unioned with the roster's. Never throws for Graph or Entra trouble: it logs
 * and answers with the roster's roles. Errors from the roster itself do propagate.
 */
export class GraphRoleResolver implements RoleResolver {
  private readonly fetch: FetchLike;
  private readonly obo: OnBehalfOfClient;
  private readonly now: () => number;
  private readonly scope: string;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly timeoutMs: number;
  private readonly maxPages: number;
  private readonly maxPauseMs: number;
  private readonly graphOrigin: string;
  private readonly mpnGroupId?: string;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly inFlight = new Map<string, Promise<ReadonlySet<Role>>>();
  /**
   * Per tenant, from a 429/503 Retry-After: that tenant's Graph is not called again before then. Graph
   * throttles per tenant, so one tenant's pause must not hold back the others.
   */
  private readonly pausedUntil = new Map<string, number>();
  private readonly maxPausedTenants: number;

  constructor(private readonly options: GraphRoleResolverOptions) {
    const { graph } = options;
    this.fetch = options.fetch ?? ((url, init) => fetch(url, init));
    this.now = options.now ?? Date.now;
    this.scope = options.graphScope ?? DEFAULT_GRAPH_SCOPE;
    this.ttlMs = options.cacheTtlMs ?? 5 * 60_000;
    this.maxEntries = Math.max(1, options.cacheMaxEntries ?? 1000);
    this.timeoutMs = options.graphTimeoutMs ?? 5000;
    this.maxPages = options.maxPages ?? 20;
    this.maxPauseMs = options.maxPauseMs ?? 5 * 60_000;
    this.maxPausedTenants = Math.max(1, options.maxPausedTenants ?? 1000);
    this.graphOrigin = new URL(graph.graphBaseUrl).origin;
    this.mpnGroupId = graph.mpnPartnerAdminGroupId?.toLowerCase();
    this.obo = options.oboClient ?? createOboClient(graph, options.networkClient ?? new NodeHttpsNetworkClient(), options.logger);
  }

  async rolesOf(user: UserIdentity, tenantId: string, ctx?: RoleContext): Promise<ReadonlySet<Role>> {
    if (!sameId(user.tenantId, tenantId)) return NO_ROLES;
    // The roster never needs the user's token.
    const rosterRoles = this.options.fallback.rolesOf(user, tenantId);
    if (!ctx?.userToken) return rosterRoles;
    const [roster, graph] = await Promise.all([rosterRoles, this.graphRolesOf(user, tenantId, ctx.userToken)]);
    if (graph.size === 0) return roster;
    return new Set<Role>([...roster, ...graph]);
  }

  /** Graph's roles for the user, from the cache when fresh; empty when Graph cannot tell. Never rejects. */
  private graphRolesOf(user: UserIdentity, tenantId: string, userToken: string): Promise<ReadonlySet<Role>> {
    const key = `${tenantId.toLowerCase()}|${(user.aadObjectId ?? user.userId).toLowerCase()}`;
    const cached = this.cache.get(key);
    if (cached && cached.expiresAt > this.now()) {
      this.cache.delete(key); // re-insert: most recently used last
      this.cache.set(key, cached);
      return Promise.resolve(cached.roles);
    }
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const lookup = this.lookUp(user, tenantId, userToken, key).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, lookup);
    return lookup;
  }

  private async lookUp(user: UserIdentity, tenantId: string, userToken: string, key: string): Promise<ReadonlySet<Role>> {
    const log = this.options.logger.child({ component: 'GraphRoleResolver', tenantId });
    const tenantKey = tenantId.toLowerCase();
    const pausedUntil = this.pausedUntil.get(tenantKey) ?? 0;
    if (this.now() < pausedUntil) {
      log.debug('graph paused for this tenant after throttling; using roster roles', { resumesInMs: pausedUntil - this.now() });
      return NO_ROLES;
    }
    // Entra validates the token's signature during OBO; this only refuses a token that is plainly
    // someone else's before it is sent anywhere.
    const claims = unverifiedClaims(userToken);
    if (claims && ((claims.tid && !sameId(claims.tid, tenantId)) || (claims.oid && user.aadObjectId && !sameId(claims.oid, user.aadObjectId)))) {
      log.warn('user token does not belong to the speaking user; using roster roles');
      return NO_ROLES;
    }

    let stage: 'obo' | 'graph' = 'obo';
    let accessToken: string | undefined;
    try {
      const result = await this.obo.acquireTokenOnBehalfOf({
        oboAssertion: userToken,
        scopes: [this.scope],
        authority: this.authorityFor(tenantId),
      });
      if (!result?.accessToken) throw new Error('on-behalf-of exchange returned no access token');
      accessToken = result.accessToken;
      stage = 'graph';
      const roles = this.rolesFrom(await this.memberships(accessToken));
      this.remember(key, roles);
      return roles;
    } catch (err) {
      if (err instanceof GraphCallError && err.retryAfterMs !== undefined) {
        this.pause(tenantKey, Math.min(err.retryAfterMs, this.maxPauseMs));
      }
      log.warn('graph roles unavailable; using roster roles', {
        stage,
        ...describeError(err, [userToken, accessToken]),
      });
      return NO_ROLES;
    }
  }

  /** A multi-tenant authority (common/organizations) cannot do OBO: use the user's own tenant. */
  private authorityFor(tenantId: string): string | undefined {
    const url = new URL(this.options.graph.authority);
    const segments = url.pathname.split('/').filter(Boolean);
    if (segments.length === 0 || MULTI_TENANT_SEGMENTS.has(segments[0].toLowerCase())) {
      return `${url.origin}/${encodeURIComponent(tenantId)}`;
    }
    return undefined;
  }

  private async memberships(accessToken: string): Promise<Array<Record<string, unknown>>> {
    const objects: Array<Record<string, unknown>> = [];
    let url: string | undefined = `${this.options.graph.graphBaseUrl.replace(/\/+$/, '')}/me/transitiveMemberOf?$select=id,roleTemplateId,displayName`;
    for (let page = 0; url; page++) {
      if (page >= this.maxPages) throw new GraphCallError(`more than ${this.maxPages} pages of memberships`);
      // The token only ever goes to Graph's own origin, whatever a nextLink says.
      if (new URL(url).origin !== this.graphOrigin) throw new GraphCallError('nextLink points outside Graph');
      const res = await fetchText(this.fetch, url, { method: 'GET', headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' }, redirect: 'error' }, this.timeoutMs);
      if (res.status !== 200) {
        const retryAfter = res.status === 429 || res.status === 503 ? parseRetryAfter(res.headers.get('retry-after'), this.now()) : undefined;
        throw new GraphCallError(`Graph answered HTTP ${res.status}`, res.status, retryAfter);
      }
      let body: { value?: unknown; '@odata.nextLink'?: unknown };
      try {
        body = JSON.parse(res.body) as typeof body;
      } catch {
        throw new GraphCallError('Graph answered with invalid JSON', res.status);
      }
      if (!Array.isArray(body.value)) throw new GraphCallError('Graph answer has no value array', res.status);
      for (const o of body.value) if (o && typeof o === 'object') objects.push(o as Record<string, unknown>);
      url = typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : undefined;
    }
    return objects;
  }

  private rolesFrom(objects: Array<Record<string, unknown>>): ReadonlySet<Role> {
    const roles = new Set<Role>();
    for (const o of objects) {
      const type = o['@odata.type'];
      if (type === '#microsoft.graph.directoryRole' && o.roleTemplateId === GLOBAL_ADMIN_ROLE_TEMPLATE_ID) roles.add('globalAdmin');
      if (type === '#microsoft.graph.group') {
        if (o.displayName === ADMIN_AGENTS_GROUP_NAME) roles.add('adminAgent');
        if (this.mpnGroupId && typeof o.id === 'string' && o.id.toLowerCase() === this.mpnGroupId) roles.add('mpnPartnerAdmin');
      }
    }
    return roles;
  }

  /** Pauses one tenant's Graph calls; the map stays bounded (expired pauses, then the oldest, go first). */
  private pause(tenantKey: string, ms: number): void {
    const now = this.now();
    this.pausedUntil.delete(tenantKey);
    this.pausedUntil.set(tenantKey, now + ms);
    if (this.pausedUntil.size <= this.maxPausedTenants) return;
    for (const [tenant, until] of this.pausedUntil) if (until <= now) this.pausedUntil.delete(tenant);
    while (this.pausedUntil.size > this.maxPausedTenants) {
      const oldest = this.pausedUntil.keys().next().value;
      if (oldest === undefined) break;
      this.pausedUntil.delete(oldest);
    }
  }

  private remember(key: string, roles: ReadonlySet<Role>): void {
    this.cache.delete(key);
    this.cache.set(key, { roles, expiresAt: this.now() + this.ttlMs });
    while (this.cache.size > this.maxEntries) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }
}

/**
 * msal-node pointed at the configured authority. With authorityMetadata / cloudDiscoveryMetadata (a
 * national cloud, a private authority, or tests) the host is also a known authority, so msal makes no
 * discovery call at all; msal still insists on an https authority.
 */
function createOboClient(graph: GraphConfig, networkClient: INetworkModule, logger: Logger): ConfidentialClientApplication {
  const offline = Boolean(graph.authorityMetadata || graph.cloudDiscoveryMetadata);
  const msalLog = logger.child({ component: 'msal' });
  return new ConfidentialClientApplication({
    auth: {
      clientId: graph.clientId,
      clientSecret: graph.clientSecret,
      authority: graph.authority,
      ...(offline ? { knownAuthorities: [new URL(graph.authority).host] } : {}),
      ...(graph.authorityMetadata ? { authorityMetadata: graph.authorityMetadata } : {}),
      ...(graph.cloudDiscoveryMetadata ? { cloudDiscoveryMetadata: graph.cloudDiscoveryMetadata } : {}),
    },
    system: {
      networkClient,
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: MsalLogLevel.Warning,
        loggerCallback: (level, message, containsPii) => {
          if (containsPii) return;
          const text = redact(message, []);
          if (level === MsalLogLevel.Error) msalLog.error(text);
          else msalLog.warn(text);
        },
      },
    },
  });
}

function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The payload of a JWT, without any verification (Entra does that); undefined if not a JWT. */
function unverifiedClaims(token: string): { tid?: string; oid?: string } | undefined {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
    return {
      tid: typeof claims.tid === 'string' ? claims.tid : undefined,
      oid: typeof claims.oid === 'string' ? claims.oid : undefined,
    };
  } catch {
    return undefined;
  }
}

const JWT_LIKE = /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}(\.[A-Za-z0-9_-]*)?/g;

function redact(text: string, secrets: Array<string | undefined>): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join('[redacted]');
  return out.replace(JWT_LIKE, '[redacted-jwt]').slice(0, 500);
}

/** Loggable facts about a Graph or msal failure, with anything token-shaped removed. */
function describeError(err: unknown, secrets: Array<string | undefined>): Record<string, unknown> {
  if (err instanceof GraphCallError) {
    return { error: err.message, status: err.status, retryAfterMs: err.retryAfterMs };
  }
  if (err instanceof HttpTimeoutError) return { error: err.message, timeout: true };
  if (err instanceof Error) {
    const e = err as Error & { errorCode?: string; subError?: string };
    return { error: redact(`${e.name}: ${e.message}`, secrets), errorCode: e.errorCode, subError: e.subError || undefined };
  }
  return { error: 'unknown failure' };
}
