import { sendJson, startLocalServer, LocalServer } from './localServer';

/**
 * The Bot Framework token service as the SDK's UserTokenClient calls it (GET api/usertoken/GetToken,
 * GET api/botsignin/GetSignInResource), holding Teams SSO tokens per (user, connection).
 */
export class FakeTokenService {
  readonly tokens = new Map<string, string>();
  readonly requests: string[] = [];
  private constructor(private readonly server: LocalServer) {}

  static async start(): Promise<FakeTokenService> {
    let self: FakeTokenService | undefined;
    const server = await startLocalServer((req, _body, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      self!.requests.push(url.pathname);
      if (req.method === 'GET' && url.pathname === '/api/usertoken/GetToken') {
        const token = self!.tokens.get(`${url.searchParams.get('userId')}|${url.searchParams.get('connectionName')}`);
        if (!token) {
          // The token service answers "no token yet" with an empty 404.
          res.writeHead(404);
          res.end();
          return;
        }
        return sendJson(res, 200, {
          channelId: url.searchParams.get('channelId'),
          connectionName: url.searchParams.get('connectionName'),
          token,
          expiration: new Date(Date.now() + 3600_000).toISOString(),
        });
      }
      if (req.method === 'GET' && url.pathname === '/api/botsignin/GetSignInResource') {
        return sendJson(res, 200, {
          signInLink: 'https://token.botframework.com/api/oauth/signin?signin=fake',
          tokenExchangeResource: { id: 'exchange-1', uri: 'api://bot.example/botid-1', providerId: 'aad' },
        });
      }
      sendJson(res, 404, { error: { code: 'NotFound', message: url.pathname } });
    });
    self = new FakeTokenService(server);
    return self;
  }

  get url(): string {
    return this.server.origin;
  }

  setToken(userId: string, connectionName: string, token: string): void {
    this.tokens.set(`${userId}|${connectionName}`, token);
  }

  close(): Promise<void> {
    return this.server.close();
  }
}
