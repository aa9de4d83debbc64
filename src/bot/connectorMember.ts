import * as http from 'node:http';
import * as https from 'node:https';
import type { TurnContext } from 'botbuilder';

/** What the Bot Connector answers for one member (the fields the bot reads). */
export interface ConnectorMemberInfo {
  id?: string;
  aadObjectId?: string;
  tenantId?: string;
  userRole?: string;
}

/** Signs a request the way the SDK's own connector client does (a bearer token from the bot's credentials). */
interface RequestSigner {
  signRequest(webResource: { headers: { set(name: string, value: string): void } }): Promise<unknown>;
}

/** A member lookup's answer is a few hundred bytes; anything far larger is not Teams. */
const MAX_BODY_BYTES = 64 * 1024;

export class ConnectorMemberError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ConnectorMemberError';
  }
}

/**
 * GET {serviceUrl}/v3/conversations/{id}/members/{userId}, as TeamsInfo.getMember sends it (the team's id in
 * a channel, else the conversation's), signed with the turn's connector credentials, over kept-alive
 * connections and within `timeoutMs`. The SDK's client does the same through a generic request pipeline
 * that costs about 0.6 ms of CPU more per lookup, and the lookup runs on the first turn of every
 * conversation. Returns undefined when the turn has no connector client to sign with (the caller then
 * uses the SDK).
 */
export class ConnectorMemberClient {
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 64 });

  constructor(private readonly timeoutMs: number) {}

  signerOf(context: TurnContext): RequestSigner | undefined {
    const key = (context.adapter as { ConnectorClientKey?: symbol } | undefined)?.ConnectorClientKey;
    const client = key ? (context.turnState.get(key) as { credentials?: Partial<RequestSigner> } | undefined) : undefined;
    const signer = client?.credentials;
    return typeof signer?.signRequest === 'function' ? (signer as RequestSigner) : undefined;
  }

  async getMember(context: TurnContext, signer: RequestSigner, userId: string): Promise<ConnectorMemberInfo> {
    const activity = context.activity;
    const team = (activity.channelData as { team?: { id?: unknown } } | undefined)?.team;
    const conversationId = typeof team?.id === 'string' ? team.id : activity.conversation?.id;
    if (!conversationId) throw new ConnectorMemberError('no conversation to ask about');
    const base = new URL(activity.serviceUrl);
    if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new ConnectorMemberError('unsupported serviceUrl');
    const url = new URL(
      `v3/conversations/${encodeURIComponent(conversationId)}/members/${encodeURIComponent(userId)}`,
      base.href.endsWith('/') ? base.href : `${base.href}/`,
    );
    const headers: Record<string, string> = { accept: 'application/json' };
    await signer.signRequest({
      headers: {
        set: (name, value) => {
          headers[name.toLowerCase()] = value;
        },
      },
    });
    return this.getJson(url, headers);
  }

  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  private getJson(url: URL, headers: Record<string, string>): Promise<ConnectorMemberInfo> {
    const secure = url.protocol === 'https:';
    const request = secure ? https.request : http.request;
    return new Promise<ConnectorMemberInfo>((resolve, reject) => {
      // A plain timer, not AbortSignal.timeout: that signal can be collected before it fires when nothing
      // else holds it, and then a hung connector would hold the turn forever.
      let settled = false;
      const finish = (err: Error | undefined, value?: ConnectorMemberInfo) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (err) reject(err);
        else resolve(value as ConnectorMemberInfo);
      };
      const req = request(url, { method: 'GET', headers, agent: secure ? this.httpsAgent : this.httpAgent }, (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) {
            finish(new ConnectorMemberError('member lookup answer too large', status));
            req.destroy();
            return;
          }
          chunks.push(chunk);
        });
        res.on('error', (err) => finish(err));
        res.on('end', () => {
          if (status < 200 || status >= 300) return finish(new ConnectorMemberError(`member lookup answered ${status}`, status));
          try {
            const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object');
            finish(undefined, body as ConnectorMemberInfo);
          } catch {
            finish(new ConnectorMemberError('member lookup answer is not a member', status));
          }
        });
      });
      const timer = setTimeout(() => {
        finish(new ConnectorMemberError(`member lookup took more than ${this.timeoutMs} ms`));
        req.destroy();
      }, this.timeoutMs);
      req.on('error', (err) => finish(err));
      req.end();
    });
  }
}
