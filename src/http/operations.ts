/**
 * The operational side of the HTTP server, registered beside the bot's routes: security headers,
 * per-IP and per-tenant rate limits, request metrics, GET /readyz, GET /metrics, and the in-flight count
 * that graceful shutdown waits on.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Next, Request, Response, Server } from 'restify';
import type { Logger } from '../logger';
import type { AppMetrics } from './metrics';
import { turnKind } from './metrics';
import type { RateDecision, TurnRateLimiter } from './rateLimit';
import { tenantOfActivity } from './rateLimit';
import { securityHeaders } from './securityHeaders';

const MESSAGES_PATH = '/api/messages';
/** A store that does not answer this fast is not ready (a PostgreSQL connect can hang for 10 s). */
const READY_TIMEOUT_MS = 2000;

function sendJsonError(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.status(status);
  res.json({ error: { code, message } });
}

function sendTooMany(res: Response, decision: Extract<RateDecision, { limited: true }>): void {
  const who = decision.scope === 'ip' ? 'this client' : 'this organization';
  sendJsonError(res, 429, 'TooManyRequests', `Too many requests from ${who}; retry after ${decision.retryAfterSeconds} s.`, {
    'Retry-After': String(decision.retryAfterSeconds),
  });
}

/** Counts requests in flight; once draining, new requests get 503 and the count only goes down. */
export class RequestTracker {
  private inFlight = 0;
  private draining = false;
  private idle: Array<() => void> = [];

  get count(): number {
    return this.inFlight;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  handler() {
    return (_req: Request, res: Response, next: Next): void => {
      if (this.draining) {
        res.setHeader('Connection', 'close');
        sendJsonError(res, 503, 'ServiceUnavailable', 'The bot is restarting; try again shortly.', { 'Retry-After': '5' });
        return next(false);
      }
      this.inFlight++;
      let done = false;
      const finished = () => {
        if (done) return;
        done = true;
        this.inFlight--;
        if (this.inFlight === 0) for (const wake of this.idle.splice(0)) wake();
      };
      res.once('finish', finished);
      res.once('close', finished);
      next();
    };
  }

  /** Stops taking requests, then resolves when none is in flight or after timeoutMs: the count left over. */
  async drain(timeoutMs: number): Promise<number> {
    this.draining = true;
    if (this.inFlight === 0) return 0;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      new Promise<void>((resolve) => this.idle.push(resolve)),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    return this.inFlight;
  }
}

export interface OperationsDeps {
  metrics: AppMetrics;
  limiter: TurnRateLimiter;
  tracker: RequestTracker;
  /** Rejects when the store cannot answer a cheap query. */
  ping: () => Promise<void>;
  logger: Logger;
  /** GET /metrics: a bearer token to require, or open (no token) — else the route answers 404. */
  metricsAccess?: { token?: string; open: boolean };
  /** True when the bot checks channel tokens (MicrosoftAppId set): a 2xx answer then means a valid token. */
  authenticates?: boolean;
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Whether the request may read /metrics: the configured bearer token (compared in constant time), or open. */
export function metricsAllowed(access: { token?: string; open: boolean }, authorization: unknown): 'yes' | 'unauthorized' | 'hidden' {
  if (!access.token) return access.open ? 'yes' : 'hidden';
  const header = typeof authorization === 'string' ? authorization : '';
  const m = /^Bearer ([^\s]+)$/i.exec(header.trim());
  if (!m) return 'unauthorized';
  return timingSafeEqual(digest(m[1]), digest(access.token)) ? 'yes' : 'unauthorized';
}

/** Routes are labelled by their registered path; anything unrouted (404) by one label, never its URL. */
function routeLabel(req: Request): string {
  const route = req.getRoute?.();
  return route?.path ? String(route.path) : 'unmatched';
}

export class Operations {
  /** Per request: when it started and, once it passed the limits, its turn kind (no module-level state). */
  private readonly started = new WeakMap<Request, bigint>();
  private readonly turnKinds = new WeakMap<Request, string>();
  /** Requests the tenant limit refused: they do not count against their address. */
  private readonly tenantRefused = new WeakSet<Request>();

  constructor(private readonly deps: OperationsDeps) {}

  /** Registers the pre-routing handlers and the operational routes on the bot's server. */
  register(server: Server): void {
    server.pre(securityHeaders());
    server.pre(this.deps.tracker.handler());
    server.pre((req: Request, res: Response, next: Next) => this.measure(req, res, next));
    server.pre((req: Request, res: Response, next: Next) => this.limitIp(req, res, next));
    server.get('/readyz', (req: Request, res: Response, next: Next) => this.readyz(req, res, next));
    server.get('/metrics', (req: Request, res: Response, next: Next) => this.metricsRoute(req, res, next));
  }

  /**
   * Runs after the body guard and before the bot (ServerDeps.beforeTurn): the per-tenant limit. Answers 429
   * itself and returns false when the tenant is over its limit.
   */
  readonly beforeTurn = async (req: Request, res: Response, activity: unknown): Promise<boolean> => {
    const decision = await this.deps.limiter.checkTenant(tenantOfActivity(activity));
    if (decision.limited) {
      this.tenantRefused.add(req);
      this.deps.metrics.limited('tenant');
      sendTooMany(res, decision);
      return false;
    }
    this.turnKinds.set(req, turnKind(activity));
    return true;
  };

  private measure(req: Request, res: Response, next: Next): void {
    this.started.set(req, process.hrtime.bigint());
    res.once('finish', () => {
      this.deps.metrics.response(routeLabel(req), res.statusCode);
      const kind = this.turnKinds.get(req);
      const start = this.started.get(req);
      if (kind !== undefined && start !== undefined) {
        this.deps.metrics.turnFinished(kind, Number(process.hrtime.bigint() - start) / 1e9);
      }
    });
    next();
  }

  private limitIp(req: Request, res: Response, next: Next): void {
    if (req.method !== 'POST' || req.getPath() !== MESSAGES_PATH) return next();
    const ip = req.socket.remoteAddress;
    res.once('finish', () => {
      // Counted after the answer: not a turn the tenant limit refused, not one that carried a valid channel token.
      if (this.tenantRefused.has(req) || res.statusCode === 429) return;
      if (this.deps.authenticates && res.statusCode < 400) return;
      this.deps.limiter.countIp(ip).catch((err: unknown) => this.deps.logger.warn('per-IP count failed', { err }));
    });
    this.deps.limiter.ipOver(ip).then(
      (decision) => {
        if (!decision.limited) return next();
        this.deps.metrics.limited('ip');
        sendTooMany(res, decision);
        return next(false);
      },
      (err: unknown) => {
        // checkIp fails open by itself; this is a defect, logged and answered by restify's error path.
        this.deps.logger.error('per-IP rate limit check failed', { err });
        next(err as Error);
      },
    );
  }

  private readyz(_req: Request, res: Response, next: Next): void {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`store did not answer in ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
    });
    Promise.race([this.deps.ping(), timeout])
      .then(
        () => {
          res.status(200);
          res.json({ status: 'ok' });
        },
        (err: unknown) => {
          this.deps.logger.warn('readiness check failed: store unreachable', { err });
          res.status(503);
          res.json({ status: 'unavailable' });
        },
      )
      .finally(() => {
        clearTimeout(timer);
        next();
      });
  }

  private metricsRoute(req: Request, res: Response, next: Next): void {
    const allowed = metricsAllowed(this.deps.metricsAccess ?? { open: true }, req.headers.authorization);
    if (allowed === 'hidden') {
      sendJsonError(res, 404, 'ResourceNotFound', `${req.getPath()} does not exist`);
      return next(false);
    }
    if (allowed === 'unauthorized') {
      sendJsonError(res, 401, 'Unauthorized', 'GET /metrics needs the metrics bearer token.', { 'WWW-Authenticate': 'Bearer realm="metrics"' });
      return next(false);
    }
    this.deps.metrics.text().then(
      (text) => {
        res.writeHead(200, { 'content-type': this.deps.metrics.contentType });
        res.end(text);
        next();
      },
      (err: unknown) => {
        this.deps.logger.error('metrics collection failed', { err });
        next(err as Error);
      },
    );
  }
}
