import { randomUUID } from 'node:crypto';
import { sendJson, startLocalServer, type LocalServer } from './localServer';

export interface ConnectorReply {
  status: number;
  headers?: Record<string, string>;
}

/**
 * The Bot Connector service a CloudAdapter posts to (the reference's serviceUrl), on 127.0.0.1:
 * records each POST of an activity and answers from a script, then 201 with a resource id.
 */
export interface ConnectorMember {
  id: string;
  aadObjectId?: string;
  name?: string;
  tenantId?: string;
  userRole?: 'user' | 'guest';
}

export class FakeConnector {
  /** Each POSTed activity, with the id the fake gave it (when it answered 201). */
  readonly posts: Array<{ path: string; activity: { type?: string; text?: string }; id?: string }> = [];
  /** Activities updated in place (PUT /v3/conversations/{id}/activities/{activityId}). */
  readonly updates: Array<{ path: string; activityId: string; activity: { type?: string; text?: string; attachments?: unknown[] } }> = [];
  /** Who Teams says a user is (GET /v3/conversations/{id}/members/{userId}), by user id. */
  readonly members = new Map<string, ConnectorMember>();
  memberLookups = 0;
  private readonly script: ConnectorReply[] = [];
  private server?: LocalServer;

  static async start(): Promise<FakeConnector> {
    const c = new FakeConnector();
    c.server = await startLocalServer((req, body, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const memberPath = /^\/v3\/conversations\/[^/]+\/members\/([^/]+)$/.exec(path);
      if (req.method === 'GET' && memberPath) {
        c.memberLookups += 1;
        const member = c.members.get(decodeURIComponent(memberPath[1]));
        if (!member) return sendJson(res, 404, { error: { code: 'MemberNotFound', message: 'The member was not found' } });
        return sendJson(res, 200, { userRole: 'user', ...member });
      }
      const updatePath = /^\/v3\/conversations\/[^/]+\/activities\/([^/]+)$/.exec(path);
      if (req.method === 'PUT' && updatePath) {
        c.updates.push({ path, activityId: decodeURIComponent(updatePath[1]), activity: JSON.parse(body) });
        return sendJson(res, 200, { id: decodeURIComponent(updatePath[1]) });
      }
      if (req.method !== 'POST' || !/^\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/.test(path)) {
        return sendJson(res, 404, { error: { code: 'NotFound', message: path } });
      }
      const posted: FakeConnector['posts'][number] = { path, activity: JSON.parse(body) as { type?: string; text?: string } };
      c.posts.push(posted);
      const reply = c.script.shift();
      if (reply && reply.status >= 300) {
        return sendJson(res, reply.status, { error: { code: reply.status === 429 ? 'TooManyRequests' : 'ServiceError', message: 'scripted' } }, reply.headers);
      }
      posted.id = randomUUID();
      sendJson(res, 201, { id: posted.id });
    });
    return c;
  }

  get serviceUrl(): string {
    if (!this.server) throw new Error('not started');
    return `${this.server.origin}/`;
  }

  reply(...replies: ConnectorReply[]): void {
    this.script.push(...replies);
  }

  close(): Promise<void> {
    return this.server?.close() ?? Promise.resolve();
  }
}
