import * as http from 'node:http';
import { TurnContext, type Activity, type BotAdapter } from 'botbuilder';
import { TokenCredentials } from 'botframework-connector';
import { checkSender, TeamsMemberDirectory } from '../src/bot/memberDirectory';
import { FakeConnector } from './fakes/fakeConnector';
import { captureLogger } from '../src/logger';

const silentLogger = () => captureLogger('error').logger;

// Teams' member lookup, as the bot sends it on the first turn of a conversation: the request Teams gets
// (path, bearer token), what the bot makes of the answer, and what it does when the connector misbehaves.

const TENANT = '6f1d1a2e-0000-4000-8000-00000000aaaa';
const CLIENT_KEY = Symbol('ConnectorClient');

function contextFor(activity: Partial<Activity>, credentials?: unknown): TurnContext {
  const adapter = { ConnectorClientKey: CLIENT_KEY } as unknown as BotAdapter;
  const context = new TurnContext(adapter, activity as Activity);
  if (credentials) context.turnState.set(CLIENT_KEY, { credentials });
  return context;
}

function personal(serviceUrl: string, userId = '29:user-1', conversationId = 'a:personal/chat?1'): Partial<Activity> {
  return {
    type: 'message',
    serviceUrl,
    channelId: 'msteams',
    from: { id: userId, name: 'Alex', aadObjectId: 'AAD-1' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT, isGroup: false, name: '' },
    channelData: { tenant: { id: TENANT } },
  };
}

describe('member lookup against the Bot Connector', () => {
  let connector: FakeConnector;
  beforeEach(async () => {
    connector = await FakeConnector.start();
  });
  afterEach(() => connector.close());

  it('asks about the conversation and user (encoded), signed with the bot token, and reads tenant, id and role', async () => {
    connector.members.set('29:user-1', { id: '29:user-1', aadObjectId: 'AAD-1', tenantId: TENANT.toUpperCase(), userRole: 'user' });
    const members = new TeamsMemberDirectory(silentLogger());
    try {
      const membership = await members.membership(contextFor(personal(connector.serviceUrl), new TokenCredentials('bot-token-1')));
      expect(membership).toEqual({ tenantId: TENANT, aadObjectId: 'aad-1', guest: false });
      expect(connector.memberRequests).toEqual([
        { path: '/v3/conversations/a%3Apersonal%2Fchat%3F1/members/29%3Auser-1', authorization: 'Bearer bot-token-1' },
      ]);
    } finally {
      members.close();
    }
  });

  it('in a channel asks about the team, and sees a guest as a guest', async () => {
    connector.members.set('29:guest', { id: '29:guest', aadObjectId: 'g-1', tenantId: TENANT, userRole: 'guest' });
    const members = new TeamsMemberDirectory(silentLogger());
    const activity = {
      ...personal(connector.serviceUrl, '29:guest', '19:channel@thread.tacv2;messageid=1'),
      conversation: { id: '19:channel@thread.tacv2;messageid=1', conversationType: 'channel', tenantId: TENANT, isGroup: true, name: '' },
      channelData: { tenant: { id: TENANT }, team: { id: '19:team@thread.tacv2' } },
    };
    try {
      expect(await members.membership(contextFor(activity, new TokenCredentials('t')))).toEqual({ tenantId: TENANT, aadObjectId: 'g-1', guest: true });
      expect(connector.memberRequests[0].path).toBe('/v3/conversations/19%3Ateam%40thread.tacv2/members/29%3Aguest');
    } finally {
      members.close();
    }
  });

  it('an unknown member (404) is Teams saying "not a member": no tenant, the sender unverified, asked again next time', async () => {
    const members = new TeamsMemberDirectory(silentLogger());
    const context = contextFor(personal(connector.serviceUrl, '29:nobody'), new TokenCredentials('t'));
    try {
      // Not "Teams could not be asked" (undefined): a chat planted under this user id is forgotten on it.
      expect(await members.membership(context)).toEqual({ guest: false });
      expect(checkSender(await members.membership(context), context.activity)).toEqual({ kind: 'unverified' });
      expect(connector.memberLookups).toBe(2);
    } finally {
      members.close();
    }
  });

  it('a connector that never answers, or answers something that is not a member, gives no membership in bounded time', async () => {
    const hang = http.createServer((req, res) => {
      if (req.url?.includes('huge')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`{"id":"${'x'.repeat(200_000)}"}`);
      } else if (req.url?.includes('html')) {
        // Not chained: in the full run a library patches writeHead so that it returns nothing.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html>login</html>');
      } // else: never answers
    });
    await new Promise<void>((resolve) => hang.listen(0, '127.0.0.1', resolve));
    const port = (hang.address() as { port: number }).port;
    const members = new TeamsMemberDirectory(silentLogger(), Date.now, 300);
    try {
      const started = Date.now();
      expect(await members.membership(contextFor(personal(`http://127.0.0.1:${port}/`), new TokenCredentials('t')))).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await members.membership(contextFor(personal(`http://127.0.0.1:${port}/`, '29:huge'), new TokenCredentials('t')))).toBeUndefined();
      expect(await members.membership(contextFor(personal(`http://127.0.0.1:${port}/`, '29:html'), new TokenCredentials('t')))).toBeUndefined();
    } finally {
      members.close();
      hang.closeAllConnections();
      await new Promise<void>((resolve) => hang.close(() => resolve()));
    }
  });
});
