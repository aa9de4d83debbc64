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
  /** Runs after the body guard, before the bot (rate limits): answers the request itself and returns false to stop it. */
  beforeTurn?: (req: restify.Request, res: restify.Response, activity: unknown) => Promise<boolean>;
}

function sendError(res: restify.Response, status: number, code: string, message: string): void {
  res.status(status);
  res.json({ error: { code, message } });
}

const PRIVACY = [
  'Partner Benefits Assistant keeps, per Microsoft Entra tenant: the partner profile and technical support benefit record that admins enter in chat (including the Access ID and Contract ID), the role roster, an audit log of changes and refused actions, and the conversation references it needs to send notifications.',
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

export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'partner-benefits-assistant', handleUncaughtExceptions: false });
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
    const status = err.statusCode ?? 500;
    if (status >= 500) deps.logger.error('request failed', { path: req.path(), err });
    const code = status === 413 ? 'PayloadTooLarge' : status === 400 ? 'BadRequest' : err.name;
    const message =
      status === 413 ? 'The request body is too large.' : status === 400 ? 'The body is not valid JSON.' : 'Unexpected error.';
    (err as unknown as { toJSON: () => unknown }).toJSON = () => ({ error: { code, message } });
    return cb();
  });

  return server;
}
