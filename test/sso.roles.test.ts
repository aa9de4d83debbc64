import { randomUUID } from 'node:crypto';
import { loadConfig } from '../src/config';
import { t } from '../src/i18n/strings';
import { captureLogger } from '../src/logger';
import { GraphRoleResolver } from '../src/services/graphRoleResolver';
import { NodeHttpsNetworkClient } from '../src/services/nodeHttpsNetworkClient';
import { RosterRoleResolver } from '../src/domain/rosterRoleResolver';
import { Store } from '../src/store';
import { messageActivity, Person, personalChat, TENANT_A } from './support/activities';
import { RunningBot, startBot, visibleText } from './support/botServer';
import { RecordingSender } from './support/fakeSender';
import { storeFactories } from './support/stores';
import { FakeEntra } from './fakes/fakeEntra';
import { directoryRole, FakeGraph, GLOBAL_ADMIN_TEMPLATE_ID, group } from './fakes/fakeGraph';
import { FakeTokenService } from './fakes/fakeTokenService';

/**
 * Roles from Microsoft Graph through the whole bot: the user's Teams SSO token comes from the Bot Framework
 * token service (local fake, real UserTokenClient), msal-node exchanges it on behalf of the user at a local
 * Entra, and Graph's memberships decide. Without a token the user is asked to sign in.
 */
describe('roles from Microsoft Graph with Teams SSO', () => {
  const CLIENT_ID = 'bot-app-0001';
  const CLIENT_SECRET = 'client-secret-value-for-tests-only';
  const MPN_GROUP = 'a0a0a0a0-b1b1-4c2c-8d3d-e4e4e4e4e4e4';
  let entra: FakeEntra;
  let graph: FakeGraph;
  let tokens: FakeTokenService;
  let store: Store;
  let bot: RunningBot;

  const user = (name: string, memberOf: Parameters<FakeGraph['setMemberOf']>[2], signedIn = true): Person => {
    const aad = randomUUID();
    graph.setMemberOf(TENANT_A, aad, memberOf);
    const p: Person = { id: `29:${name}-${aad.slice(0, 6)}`, aadObjectId: aad, name };
    if (signedIn) tokens.setToken(p.id, 'sso', entra.issueUserToken({ oid: aad, tid: TENANT_A }));
    return p;
  };

  beforeAll(async () => {
    entra = await FakeEntra.start({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    graph = await FakeGraph.start({ verifyToken: (tk) => entra.verifyGraphToken(tk) });
    tokens = await FakeTokenService.start();
    store = await storeFactories()[0].open();
    const env = {
      OAUTH_CONNECTION_NAME: 'sso',
      GRAPH_CLIENT_ID: CLIENT_ID,
      GRAPH_CLIENT_SECRET: CLIENT_SECRET,
      GRAPH_AUTHORITY: entra.authority(TENANT_A),
      GRAPH_BASE_URL: graph.baseUrl,
      MPN_PARTNER_ADMIN_GROUP_ID: MPN_GROUP,
      BOT_OAUTH_URL: tokens.url,
      LOG_LEVEL: 'warn',
    };
    const config = loadConfig(env);
    const roleResolver = new GraphRoleResolver({
      graph: { ...config.graph!, authorityMetadata: entra.authorityMetadata(), cloudDiscoveryMetadata: entra.cloudDiscoveryMetadata() },
      fallback: new RosterRoleResolver(store.roles, []),
      logger: captureLogger('error').logger,
      networkClient: new NodeHttpsNetworkClient({ ca: entra.ca }),
    });
    bot = await startBot(env, { store, roleResolver, sender: new RecordingSender() });
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
    await Promise.all([tokens.close(), graph.close(), entra.close()]);
  });

  it('a Global admin in Entra, never granted here, manages roles', async () => {
    const admin = user('gina', [directoryRole('Global Administrator', GLOBAL_ADMIN_TEMPLATE_ID)]);
    const target = randomUUID();
    const replies = await bot.send(messageActivity(`grant helpdesk ${target}`, admin, personalChat(TENANT_A)));
    expect(visibleText(replies)).toContain(t('en', 'roles.granted', { name: target, role: 'Helpdesk' }));
    expect(await store.roles.rolesOf(TENANT_A, target)).toEqual(['helpdesk']);
    expect(tokens.requests).toContain('/api/usertoken/GetToken');
  });

  it('a member of the MPN partner admin group records the activation', async () => {
    const mpn = user('mario', [group(MPN_GROUP, 'Partner admins')]);
    const chat = personalChat(TENANT_A);
    await bot.send(messageActivity('activate', mpn, chat));
    const replies = await bot.send({
      ...messageActivity('', mpn, chat),
      text: undefined,
      value: { verb: 'activation.submit', accessId: 'ACC-SSO-1', contractId: 'CON-SSO-1' },
    });
    expect(visibleText(replies)).toContain(t('en', 'act.recorded.title'));
    expect((await store.benefits.get(TENANT_A)).state).toBe('active');
  });

  it('a signed-in user without an admin role in Graph is refused', async () => {
    const member = user('max', [group(randomUUID(), 'Sales')]);
    const replies = await bot.send(messageActivity(`grant helpdesk ${randomUUID()}`, member, personalChat(TENANT_A)));
    expect(visibleText(replies)).toContain(t('en', 'roles.refused'));
  });

  it('without a token, a privileged action asks the user to sign in, falls back visibly, and changes nothing', async () => {
    const before = await store.roles.list(TENANT_A);
    const stranger = user('sam', [directoryRole('Global Administrator', GLOBAL_ADMIN_TEMPLATE_ID)], false);
    const replies = await bot.send(messageActivity(`grant helpdesk ${randomUUID()}`, stranger, personalChat(TENANT_A)));
    expect(visibleText(replies)).toContain(t('en', 'signin.needed'));
    // Anonymous mode has no bot app id, so the token service cannot issue a sign-in card: the visible fallback.
    expect(visibleText(replies)).toContain(t('en', 'signin.failed'));
    expect(visibleText(replies)).not.toContain(t('en', 'common.error'));
    expect(await store.roles.list(TENANT_A)).toEqual(before);
  });
});
