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
  /** Each POST (and PUT: an update in place) of an activity, with its answer's status and the id the fake gave it. */
  readonly posts: Array<{ path: string; activity: { type?: string; text?: string }; method?: string; status?: number; id?: string }> = [];
  /** Activities updated in place (PUT /v3/conversations/{id}/activities/{activityId}) that the fake accepted. */
  readonly updates: Array<{ path: string; activityId: string; activity: { type?: string; text?: string; attachments?: unknown[] } }> = [];
  /** While set, every POST and PUT of an activity gets this answer (an outage: throttling, bot removed...). */
  outage: ConnectorReply | undefined;
  /** Who Teams says a user is (GET /v3/conversations/{id}/members/{userId}), by user id. */
  readonly members = new Map<string, ConnectorMember>();
  memberLookups = 0;
  /** While set, member lookups get no answer until releaseMembers() (Teams being slow). */
  holdMembers = false;
  /** Member lookups the bot closed before they were answered. */
  abandonedMemberLookups = 0;
  private readonly heldMembers: Array<() => void> = [];
  /** Each member lookup as it arrived: its path (still encoded) and its Authorization header. */
  readonly memberRequests: Array<{ path: string; authorization?: string }> = [];
  private readonly script: ConnectorReply[] = [];
  private server?: LocalServer;

  static async start(): Promise<FakeConnector> {
    const c = new FakeConnector();
    c.server = await startLocalServer((req, body, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const memberPath = /^\/v3\/conversations\/[^/]+\/members\/([^/]+)$/.exec(path);
      if (req.method === 'GET' && memberPath) {
        c.memberLookups += 1;
        c.memberRequests.push({ path: req.url ?? '', authorization: req.headers.authorization });
        let answered = false;
        // The bot gave up on a held lookup (its deadline passed) before Teams answered.
        res.on('close', () => {
          if (!answered) c.abandonedMemberLookups += 1;
        });
        const answer = () => {
          answered = true;
          const member = c.members.get(decodeURIComponent(memberPath[1]));
          if (!member) return sendJson(res, 404, { error: { code: 'MemberNotFound', message: 'The member was not found' } });
          return sendJson(res, 200, { userRole: 'user', ...member });
        };
        if (c.holdMembers) return void c.heldMembers.push(answer);
        return answer();
      }
      const isUpdate = req.method === 'PUT' && /^\/v3\/conversations\/[^/]+\/activities\/[^/]+$/.test(path);
      if (!isUpdate && (req.method !== 'POST' || !/^\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/.test(path))) {
        return sendJson(res, 404, { error: { code: 'NotFound', message: path } });
      }
      const post: FakeConnector['posts'][number] = { path, activity: JSON.parse(body) as { type?: string; text?: string }, method: req.method };
      c.posts.push(post);
      const reply = c.outage ?? c.script.shift();
      if (reply && reply.status >= 300) {
        post.status = reply.status;
        return sendJson(res, reply.status, { error: { code: reply.status === 429 ? 'TooManyRequests' : 'ServiceError', message: 'scripted' } }, reply.headers);
      }
      post.status = isUpdate ? 200 : 201;
      if (isUpdate) {
        const activityId = decodeURIComponent(path.split('/').pop() ?? '');
        c.updates.push({ path, activityId, activity: post.activity });
        return sendJson(res, 200, { id: activityId });
      }
      post.id = randomUUID();
      sendJson(res, 201, { id: post.id });
    });
    return c;
  }

  get serviceUrl(): string {
    if (!this.server) throw new Error('not started');
    return `${this.server.origin}/`;
  }

  /** Member lookups waiting for an answer (holdMembers). */
  get heldMemberLookups(): number {
    return this.heldMembers.length;
  }

  /** Answers the held member lookups and stops holding. */
  releaseMembers(): void {
    this.holdMembers = false;
    for (const answer of this.heldMembers.splice(0)) answer();
  }

  reply(...replies: ConnectorReply[]): void {
    this.script.push(...replies);
  }

  close(): Promise<void> {
    return this.server?.close() ?? Promise.resolve();
  }
}
