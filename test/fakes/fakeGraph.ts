import type http from 'node:http';
import type { Claims } from './fakeJwt';
import { sendJson, startLocalServer, type LocalServer } from './localServer';

export const GLOBAL_ADMIN_TEMPLATE_ID = '62e90394-69f5-4237-9190-012177145e10';

export interface DirectoryObject {
  '@odata.type': string;
  id: string;
  displayName?: string;
  roleTemplateId?: string;
  [k: string]: unknown;
}

export const directoryRole = (displayName: string, roleTemplateId: string, id = `role-${roleTemplateId.slice(0, 8)}`): DirectoryObject => ({
  '@odata.type': '#microsoft.graph.directoryRole',
  id,
  displayName,
  roleTemplateId,
  description: 'not selected, must not be returned',
});
export const group = (id: string, displayName: string): DirectoryObject => ({
  '@odata.type': '#microsoft.graph.group',
  id,
  displayName,
  mailEnabled: false,
});

export type GraphFault = { status: 429 | 500 | 502 | 503 | 504; retryAfterSec?: number };

export interface FakeGraphOptions {
  /** Verifies a bearer token and returns its claims (oid, tid), as Graph trusts Entra's signature. */
  verifyToken(token: string): Claims | undefined;
  /** Objects per page before an @odata.nextLink (real Graph: 100 by default). */
  pageSize?: number;
}

/**
 * A local Microsoft Graph v1.0 serving `GET /v1.0/me/transitiveMemberOf` for the token's user, with
 * $select, @odata.nextLink paging, 401 for a bad token, and switches for throttling, outages and slowness.
 */
export class FakeGraph {
  /** Every request, in order (path and query only: never the token). */
  readonly requests: string[] = [];
  /** When set, every request gets this answer (with Retry-After when given). */
  fault?: GraphFault;
  /** Faults for one tenant's calls only (by the token's tid), as Graph throttles per tenant. */
  readonly tenantFaults = new Map<string, GraphFault>();
  /** Delay before answering, to provoke client timeouts. */
  delayMs = 0;
  /** Tokens issued before this time (epoch seconds) are refused with 401, as after a revocation. */
  revokedBeforeSec = 0;
  private readonly memberships = new Map<string, DirectoryObject[]>();
  private server?: LocalServer;
  private readonly timers = new Set<NodeJS.Timeout>();

  private constructor(private readonly options: FakeGraphOptions) {}

  static async start(options: FakeGraphOptions): Promise<FakeGraph> {
    const graph = new FakeGraph(options);
    graph.server = await startLocalServer((req, _body, res) => graph.handle(req, res));
    return graph;
  }

  /** e.g. http://127.0.0.1:1234/v1.0 — what GraphConfig.graphBaseUrl points at. */
  get baseUrl(): string {
    if (!this.server) throw new Error('FakeGraph not started');
    return `${this.server.origin}/v1.0`;
  }

  setMemberOf(tid: string, oid: string, objects: DirectoryObject[]): void {
    this.memberships.set(`${tid}|${oid}`, objects);
  }

  /** Every token issued so far stops working. */
  revokeAllTokens(): void {
    this.revokedBeforeSec = Math.floor(Date.now() / 1000) + 1;
  }

  close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    return this.server?.close() ?? Promise.resolve();
  }

  /** Waits, but stops early when the client gives up, so no timer outlives the test. */
  private pause(ms: number, res: http.ServerResponse): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.timers.delete(timer);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.timers.add(timer);
      res.once('close', done);
    });
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    this.requests.push(url.pathname + url.search);
    if (this.delayMs > 0) await this.pause(this.delayMs, res);
    if (res.destroyed || res.writableEnded) return;

    if (this.fault) return sendFault(res, this.fault);

    const auth = req.headers.authorization ?? '';
    const claims = auth.startsWith('Bearer ') ? this.options.verifyToken(auth.slice(7)) : undefined;
    const revoked = typeof claims?.iat === 'number' && claims.iat < this.revokedBeforeSec;
    if (!claims || revoked || typeof claims.oid !== 'string' || typeof claims.tid !== 'string') {
      return sendJson(res, 401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token validation failure.' } }, { 'WWW-Authenticate': 'Bearer realm=""' });
    }
    const tenantFault = this.tenantFaults.get(claims.tid);
    if (tenantFault) return sendFault(res, tenantFault);
    if (req.method !== 'GET') return sendJson(res, 405, { error: { code: 'Request_BadRequest', message: 'Method not allowed.' } });
    if (url.pathname !== '/v1.0/me/transitiveMemberOf') {
      return sendJson(res, 404, { error: { code: 'Request_ResourceNotFound', message: `Resource '${url.pathname}' does not exist.` } });
    }

    const all = this.memberships.get(`${claims.tid}|${claims.oid}`) ?? [];
    const select = (url.searchParams.get('$select') ?? '').split(',').filter(Boolean);
    const pageSize = this.options.pageSize ?? 100;
    const offset = Number(url.searchParams.get('$skiptoken') ?? '0');
    const page = all.slice(offset, offset + pageSize).map((o) => project(o, select));
    const body: Record<string, unknown> = {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#directoryObjects',
      value: page,
    };
    if (offset + pageSize < all.length) {
      const next = new URL(url.toString());
      next.searchParams.set('$skiptoken', String(offset + pageSize));
      body['@odata.nextLink'] = next.toString();
    }
    sendJson(res, 200, body);
  }
}

function sendFault(res: http.ServerResponse, { status, retryAfterSec }: GraphFault): void {
  const code = status === 429 ? 'TooManyRequests' : 'serviceNotAvailable';
  sendJson(res, status, { error: { code, message: 'Please retry later.' } }, retryAfterSec !== undefined ? { 'Retry-After': String(retryAfterSec) } : {});
}

function project(o: DirectoryObject, select: string[]): Record<string, unknown> {
  if (select.length === 0) return { ...o };
  const out: Record<string, unknown> = { '@odata.type': o['@odata.type'] };
  for (const f of select) if (f in o) out[f] = o[f];
  return out;
}
