import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TestCertificate } from './selfSignedCert';

export type Handler = (req: http.IncomingMessage, body: string, res: http.ServerResponse, raw: Buffer) => void | Promise<void>;

export interface LocalServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** host:port */
  host: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (random port), plain HTTP or HTTPS with the given certificate. */
export async function startLocalServer(handler: Handler, tls?: TestCertificate): Promise<LocalServer> {
  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      Promise.resolve(handler(req, raw.toString('utf8'), res, raw)).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: String(err) }));
      });
    });
  };
  const server = tls ? https.createServer({ cert: tls.cert, key: tls.key }, listener) : http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${port}`;
  return {
    origin: `${tls ? 'https' : 'http'}://${host}`,
    host,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
