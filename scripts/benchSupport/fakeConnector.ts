/**
 * The Bot Connector's member lookup (GET /v3/conversations/{id}/members/{userId}) on loopback, for the bench:
 * the bot asks Teams who the sender of a conversation's first turn is. The bench's user ids are
 * `29:<Entra object id>`, so the answer confirms that id as a member of the bench tenant. Everything else
 * gets a 404.
 */
import * as http from 'http';

export interface FakeConnector {
  /** serviceUrl to put in activities, with a trailing slash. */
  url: string;
  lookups(): number;
  close(): Promise<void>;
}

const MEMBER_PATH = /^\/v3\/conversations\/[^/]+\/members\/([^/?]+)/;

export function startFakeConnector(tenantId: string): Promise<FakeConnector> {
  let lookups = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    const m = req.method === 'GET' ? MEMBER_PATH.exec(req.url ?? '') : null;
    const userId = m ? decodeURIComponent(m[1]) : '';
    if (!userId.startsWith('29:')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"NotFound"}}');
      return;
    }
    lookups++;
    const aadObjectId = userId.slice(3);
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({ id: userId, name: 'Bench user', aadObjectId, tenantId, userRole: 'user' }),
    );
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address !== 'object') return reject(new Error('fake connector: no port'));
      resolve({
        url: `http://127.0.0.1:${address.port}/`,
        lookups: () => lookups,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
