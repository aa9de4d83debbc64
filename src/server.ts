import * as restify from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import { checkActivityBody } from './bot/activityGuard';
import { Logger } from './logger';

export interface ServerDeps {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  logger: Logger;
  /** Answers GET /healthz: true once the store and models are ready. */
  isReady: () => boolean;
  /** Largest accepted request body. A Teams message is far smaller; bigger bodies get 413. */
  maxBodyBytes?: number;
}

function sendError(res: restify.Response, status: number, code: string, message: string): void {
  res.status(status);
  res.json({ error: { code, message } });
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
    try {
      await deps.adapter.process(req, res, deps.logic);
    } catch (err) {
      // Authentication failures and SDK validation errors land here; the turn's own errors are handled by onTurnError.
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
