import { createHash } from 'node:crypto';
/**
 * Per-IP and per-tenant limits on POST /api/messages. With PostgreSQL the counts live in the database, so
 * every instance sees the same count; with SQLite (one instance) they live in memory. A failing limiter
 * store never takes the bot down: the request is counted by an in-process limiter instead and a warning
 * is logged.
 */
import type { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterStoreAbstract } from 'rate-limiter-flexible';
import type { RateLimitConfig } from '../config';
import type { Logger } from '../logger';

export type RateScope = 'ip' | 'tenant';
export type RateDecision = { limited: false } | { limited: true; scope: RateScope; retryAfterSeconds: number };

/** The table the shared counters live in (created on first start; rows expire, the limiter clears them). */
export const RATE_LIMIT_TABLE = 'rate_limits';
const WINDOW_SECONDS = 60;
const WARN_EVERY_MS = 60_000;
/** Longer than any Entra tenant id: a longer value is counted under its hash. */
const TENANT_ID_MAX = 64;

interface ScopeLimiter {
  scope: RateScope;
  shared?: RateLimiterStoreAbstract;
  local: RateLimiterMemory;
  /** Requests allowed per window. */
  points: number;
}

function isLoopback(ip: string): boolean {
  return ip === '::1' || ip.startsWith('127.') || ip.startsWith('::ffff:127.');
}

/** The tenant Teams says the activity belongs to: conversation.tenantId, else channelData.tenant.id. */
export function tenantOfActivity(activity: unknown): string | undefined {
  if (!activity || typeof activity !== 'object') return undefined;
  const a = activity as { conversation?: { tenantId?: unknown }; channelData?: { tenant?: { id?: unknown } } };
  const id = a.conversation?.tenantId ?? a.channelData?.tenant?.id;
  if (typeof id !== 'string' || id.length === 0) return undefined;
  // Every value gets a bucket: a long one by its hash (the key stays short; it cannot dodge the limit).
  return id.length <= TENANT_ID_MAX ? id.toLowerCase() : `h:${createHash('sha256').update(id.toLowerCase(), 'utf8').digest('hex').slice(0, 40)}`;
}

function createShared(pool: Pool, scope: RateScope, points: number, logger: Logger): Promise<RateLimiterPostgres> {
  return new Promise((resolve) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(
      { storeClient: pool, storeType: 'pool', tableName: RATE_LIMIT_TABLE, keyPrefix: scope, points, duration: WINDOW_SECONDS },
      (err?: Error) => {
        // Without its table the shared limiter rejects every call, and the local limiter stands in.
        if (err) logger.warn('rate limit table could not be created; limits are counted per instance', { err });
        resolve(limiter);
      },
    );
  });
}

export class TurnRateLimiter {
  private lastWarnAt = Number.NEGATIVE_INFINITY;

  private constructor(
    private readonly ip: ScopeLimiter | undefined,
    private readonly tenant: ScopeLimiter | undefined,
    private readonly exemptLoopback: boolean,
    private readonly logger: Logger,
    private readonly now: () => number,
  ) {}

  /** Shared through `pool` (the store's PostgreSQL pool) when given, else in this process. */
  static async create(
    settings: RateLimitConfig,
    options: { pool?: Pool; logger: Logger; now?: () => number },
  ): Promise<TurnRateLimiter> {
    const logger = options.logger.child({ component: 'rateLimit' });
    const build = async (scope: RateScope, points: number): Promise<ScopeLimiter | undefined> => {
      if (points <= 0) return undefined;
      return {
        scope,
        shared: options.pool ? await createShared(options.pool, scope, points, logger) : undefined,
        local: new RateLimiterMemory({ keyPrefix: scope, points, duration: WINDOW_SECONDS }),
        points,
      };
    };
    const [ip, tenant] = await Promise.all([build('ip', settings.perIpPerMinute), build('tenant', settings.perTenantPerMinute)]);
    return new TurnRateLimiter(ip, tenant, settings.exemptLoopback, logger, options.now ?? Date.now);
  }

  checkIp(ip: string | undefined): Promise<RateDecision> {
    if (!ip || (this.exemptLoopback && isLoopback(ip))) return Promise.resolve({ limited: false });
    return this.consume(this.ip, ip);
  }

  /**
   * The per-address guard before the body and the token are read: refuses only an address whose count is
   * already full. What counts is decided after the answer (countIp): Teams sends every tenant's turns from a
   * few addresses, so authenticated turns and turns the tenant limit refused must not fill it.
   */
  async ipOver(ip: string | undefined): Promise<RateDecision> {
    const limiter = this.ip;
    if (!limiter || !ip || (this.exemptLoopback && isLoopback(ip))) return { limited: false };
    try {
      const res = await (limiter.shared ?? limiter.local).get(ip);
      if (res && res.consumedPoints >= limiter.points) return this.limited('ip', res);
      return { limited: false };
    } catch (err) {
      this.warnStoreFailure('ip', err);
      const res = await limiter.local.get(ip).catch(() => null);
      return res && res.consumedPoints >= limiter.points ? this.limited('ip', res) : { limited: false };
    }
  }

  /** Counts one request of an address against the per-address limit (an unauthenticated or bad one). */
  async countIp(ip: string | undefined): Promise<void> {
    const limiter = this.ip;
    if (!limiter || !ip || (this.exemptLoopback && isLoopback(ip))) return;
    try {
      await (limiter.shared ?? limiter.local).penalty(ip, 1);
    } catch (err) {
      this.warnStoreFailure('ip', err);
      await limiter.local.penalty(ip, 1).catch(() => undefined);
    }
  }

  checkTenant(tenantId: string | undefined): Promise<RateDecision> {
    if (!tenantId) return Promise.resolve({ limited: false });
    return this.consume(this.tenant, tenantId);
  }

  private async consume(limiter: ScopeLimiter | undefined, key: string): Promise<RateDecision> {
    if (!limiter) return { limited: false };
    try {
      await (limiter.shared ?? limiter.local).consume(key);
      return { limited: false };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return this.limited(limiter.scope, rejection);
      this.warnStoreFailure(limiter.scope, rejection);
    }
    // The shared store failed: the in-process limiter stands in (insurance), so one instance is still bounded.
    try {
      await limiter.local.consume(key);
      return { limited: false };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return this.limited(limiter.scope, rejection);
      this.warnStoreFailure(limiter.scope, rejection);
      return { limited: false };
    }
  }

  private limited(scope: RateScope, res: RateLimiterRes): RateDecision {
    return { limited: true, scope, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
  }

  /** Once a minute at most: a database outage must not flood the log with one line per request. */
  private warnStoreFailure(scope: RateScope, err: unknown): void {
    const now = this.now();
    if (now - this.lastWarnAt < WARN_EVERY_MS) return;
    this.lastWarnAt = now;
    this.logger.warn('rate limit store unavailable; counting in this instance only', { scope, err });
  }
}
