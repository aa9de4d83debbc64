import * as restify from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import { checkActivityBody } from './bot/activityGuard';
import { AuthenticationUnavailableError, RequestUnauthorizedError } from './bot/inboundAuthentication';
import { Logger } from './logger';

export interface ServerDeps {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  logger: Logger;
  /** Answers GET /healthz: true once the store and models are ready. */
  isReady: () => boolean;
  /** Largest accepted request body. A Teams message is far smaller; bigger bodies get 413. */
  maxBodyBytes?: number;
  /** Connection timeouts; the defaults suit Teams (it waits 15 s for an answer). */
  timeouts?: Partial<ServerTimeouts>;
  /** Runs after the body guard, before the bot (rate limits): answers the request itself and returns false to stop it. */
  beforeTurn?: (req: restify.Request, res: restify.Response, activity: unknown) => Promise<boolean>;
}

export interface ServerTimeouts {
  /** Time to receive the request headers. */
  headersMs: number;
  /** Time to receive the whole request (a slow body gets 408). */
  requestMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveMs: number;
  /** How often connections are checked against the two limits above. */
  checkIntervalMs: number;
  /** A connection that sends and receives nothing for this long is closed (also one that never sends a request). */
  idleMs: number;
}

export const DEFAULT_TIMEOUTS: ServerTimeouts = { headersMs: 5_000, requestMs: 15_000, keepAliveMs: 5_000, checkIntervalMs: 1_000, idleMs: 20_000 };

/**
 * restify's own logger (pino by default) would log whole requests, bodies included, when a response cannot
 * be formatted. This one passes restify's warnings on as a message only: never the request, never the body.
 */
function restifyLog(logger: Logger): object {
  const message = (args: unknown[]) => (typeof args[0] === 'string' ? args[0] : typeof args[1] === 'string' ? args[1] : 'restify');
  const log = {
    level: 'warn',
    trace: () => undefined,
    debug: () => undefined,
    info: () => undefined,
    warn: (...args: unknown[]) => logger.warn(`restify: ${message(args)}`),
    error: (...args: unknown[]) => logger.error(`restify: ${message(args)}`),
    fatal: (...args: unknown[]) => logger.error(`restify: ${message(args)}`),
    child: () => log,
  };
  return log;
}

function sendError(res: restify.Response, status: number, code: string, message: string): void {
  res.status(status);
  res.json({ error: { code, message } });
}

const PRIVACY = [
  'Partner Benefits Assistant keeps, per Microsoft Entra tenant: the partner profile and technical support benefit record that admins enter in chat (including the Access ID and Contract ID), the role roster, an audit log of changes and refused actions, and the conversation references it needs to send notifications.',
  'For the organization\'s helpdesk it also keeps helpdesk tickets, the feedback given on its answers and the questions it could not answer, shown only to that organization\'s helpdesk and admins and deleted after the retention period.',
  'This data is stored in the database your organization runs the bot with and is never shown to users of another organization. Access IDs, Contract IDs, tokens and secrets are never written to the logs.',
  'Questions are answered from Microsoft\'s public article on partner technical support benefits; messages are not sent to any other service.',
];
const TERMS = [
  'Partner Benefits Assistant explains Microsoft partner technical support benefits from Microsoft\'s public documentation. It does not act in Partner Center on your behalf: an admin activates the benefit there and records the result here.',
  'Check live figures, such as incidents remaining, in Support for Business. For anything the assistant cannot settle, contact your organization\'s helpdesk.',
];

function sendPage(res: restify.Response, title: string, paragraphs: string[]): void {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</body></html>`;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
}

const ERRORS: Record<number, [string, string]> = {
  400: ['BadRequest', 'The body is not valid JSON.'],
  413: ['PayloadTooLarge', 'The request body is too large.'],
  415: ['UnsupportedMediaType', 'Send the activity as application/json, uncompressed.'],
};

export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({
    name: 'partner-benefits-assistant',
    handleUncaughtExceptions: false,
    log: restifyLog(deps.logger) as never,
  });
  const timeouts = { ...DEFAULT_TIMEOUTS, ...deps.timeouts };
  server.server.headersTimeout = timeouts.headersMs;
  server.server.requestTimeout = timeouts.requestMs;
  server.server.keepAliveTimeout = timeouts.keepAliveMs;
  (server.server as { connectionsCheckingInterval?: number }).connectionsCheckingInterval = timeouts.checkIntervalMs;
  // The two limits above start with the first byte of a request; a silent connection needs an idle limit.
  server.server.setTimeout(timeouts.idleMs);

  // Bot Framework never compresses what it sends. restify would inflate gzip itself, outside any handler and
  // with the size limit on the compressed bytes: a body that is not gzip kills the process, a small one
  // inflates to hundreds of MB. Refuse every content encoding before the body is read.
  server.use((req, res, next) => {
    const encoding = req.headers['content-encoding'];
    if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
      sendError(res, 415, 'UnsupportedMediaType', 'Send the activity uncompressed (no Content-Encoding).');
      return next(false);
    }
    return next();
  });
  server.use(
    restify.plugins.bodyParser({
      maxBodySize: deps.maxBodyBytes ?? 2 * 1024 * 1024,
      mapParams: false,
      rejectUnknown: false,
    }),
  );

  server.get('/healthz', (_req, res, next) => {
    const ready = deps.isReady();
    res.status(ready ? 200 : 503);
    res.json({ status: ready ? 'ok' : 'starting' });
    return next();
  });

  // The app package links here (manifest developer.privacyUrl / termsOfUseUrl).
  server.get('/privacy', (_req, res, next) => {
    sendPage(res, 'Privacy', PRIVACY);
    return next();
  });
  server.get('/terms', (_req, res, next) => {
    sendPage(res, 'Terms of use', TERMS);
    return next();
  });

  server.post('/api/messages', async (req, res) => {
    if (!req.is('json')) {
      sendError(res, 415, 'UnsupportedMediaType', 'Send the activity as application/json.');
      return;
    }
    const verdict = checkActivityBody(req.body);
    if (!verdict.ok) {
      sendError(res, 400, 'BadRequest', verdict.message);
      return;
    }
    if (deps.beforeTurn && !(await deps.beforeTurn(req, res, req.body))) return;
    try {
      await deps.adapter.process(req, res, deps.logic);
    } catch (err) {
      // Authentication failures and SDK validation errors land here; the turn's own errors are handled by onTurnError.
      // The client gets no detail of why a token failed (the log has the SDK's reason, never the token).
      if (err instanceof RequestUnauthorizedError) {
        deps.logger.warn('request not authenticated', { reason: err.message });
        if (!res.headersSent) sendError(res, 401, 'Unauthorized', 'The request is not authorized.');
        return;
      }
      if (err instanceof AuthenticationUnavailableError) {
        deps.logger.error('cannot check request tokens: Bot Framework signing keys unavailable', { reason: err.message });
        if (!res.headersSent) {
          res.header('Retry-After', '10');
          sendError(res, 503, 'ServiceUnavailable', 'The request cannot be authenticated right now; try again later.');
        }
        return;
      }
      deps.logger.warn('request rejected', { err: (err as Error).message });
      if (!res.headersSent) sendError(res, 400, 'BadRequest', 'The activity could not be processed.');
    }
  });

  server.on('restifyError', (req: restify.Request, res: restify.Response, err: Error & { statusCode?: number }, cb: () => void) => {
    // Keep restify's status (400 malformed JSON, 413 too large) but answer with our error shape.
    // The error's own message can quote the body (JSON.parse does): it is neither logged nor sent.
    const status = err.statusCode ?? 500;
    if (status >= 500) deps.logger.error('request failed', { path: req.path(), error: err.name });
    const [code, message] =
      ERRORS[status] ?? (status < 500 ? [err.name, 'The request could not be processed.'] : ['InternalError', 'Unexpected error.']);
    (err as unknown as { toJSON: () => unknown }).toJSON = () => ({ error: { code, message } });
    return cb();
  });

  return server;
}
