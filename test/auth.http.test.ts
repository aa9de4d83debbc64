import https from 'node:https';
import { rootCertificates } from 'node:tls';
import type { TurnContext } from 'botbuilder';
import type { Membership, MemberDirectory } from '../src/bot/memberDirectory';
import { messageActivity, person, personalChat, TENANT_A, TENANT_B, type Person, type Where } from './support/activities';
import { startBot, type RunningBot } from './support/botServer';
import { FakeBotFrameworkLogin } from './fakes/fakeBotFrameworkLogin';

/**
 * Bot Framework authentication through the real HTTP server, with the bot's app id and password set: the
 * SDK fetches its signing keys from a local fake of the Bot Framework's and Entra's OpenID metadata over
 * HTTPS, so the SDK's own JWT validation runs. A refused request runs nothing: no reply, no conversation
 * reference, no audit row, no call to the Bot Connector.
 */
const APP_ID = '5e2c1d7a-8b3f-4c6e-9a1d-0f2b3c4d5e6f';
const OTHER_APP_ID = '0a0b0c0d-1111-4222-8333-444455556666';
const PASSWORD = 'bot-password-for-tests-only';

/** Teams says every sender is a member of the conversation's tenant; no call leaves the process. */
class SameTenantMembers implements MemberDirectory {
  async membership(context: TurnContext): Promise<Membership | undefined> {
    return { tenantId: context.activity.conversation?.tenantId, guest: false };
  }
}

// The SDK fetches OpenID metadata with node-fetch on https.globalAgent: trust the fakes' certificates there.
// The agent's own options override each request's, so they are put back exactly (absent stays absent):
// other suites in this process pass their own `ca` per request.
const hadCa = Object.prototype.hasOwnProperty.call(https.globalAgent.options, 'ca');
const originalCa = https.globalAgent.options.ca;
const trusted: string[] = [];
function trust(ca: string): void {
  trusted.push(ca);
  https.globalAgent.options.ca = [...rootCertificates, ...trusted];
}
afterAll(() => {
  if (hadCa) https.globalAgent.options.ca = originalCa;
  else delete https.globalAgent.options.ca;
});

interface Posted {
  status: number;
  text: string;
  body: any;
}

async function post(bot: RunningBot, activity: unknown, authorization?: string): Promise<Posted> {
  const res = await fetch(bot.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization !== undefined ? { authorization } : {}) },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  await bot.app.settled();
  let body: any;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: res.status, text, body };
}

/** A plain member asking for something only admins may do: answered, audited as a refusal, reference kept. */
function refusedAction(bot: RunningBot, from: Person, where: Where) {
  return { ...messageActivity('mark expired', from, where), serviceUrl: bot.connector.serviceUrl };
}

async function expectNothingHappened(bot: RunningBot, where: Where, res: Posted): Promise<void> {
  expect(await bot.app.store.conversations.get(where.tenantId, where.conversationId)).toBeUndefined();
  const audit = await bot.app.store.audit.list(where.tenantId, 1000);
  expect(audit.filter((e) => e.conversationId === where.conversationId)).toEqual([]);
  expect(bot.connector.posts).toEqual([]);
  expect(bot.connector.memberLookups).toBe(0);
  expect(res.body?.activities).toBeUndefined();
}

/** Nothing of the SDK's reasons, URLs, key ids or stack frames reaches the client. */
function expectNoInternals(res: Posted, login: FakeBotFrameworkLogin): void {
  expect(res.text).not.toMatch(/Unauthorized\.|openID|Signing Key|jwt|signature|ECONNREFUSED|FetchError|Error:|\bat .+:\d+:\d+/i);
  expect(res.text).not.toMatch(/https?:\/\//);
  expect(res.text).not.toContain(login.channelKey.kid);
  expect(res.text).not.toContain(login.origin);
}

describe('Bot Framework authentication, multi-tenant bot', () => {
  let login: FakeBotFrameworkLogin;
  let bot: RunningBot;

  beforeAll(async () => {
    login = await FakeBotFrameworkLogin.start();
    trust(login.ca);
    bot = await startBot(
      {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: PASSWORD,
        MicrosoftAppType: 'MultiTenant',
        BOT_OPENID_METADATA_URL: login.channelMetadataUrl,
        BOT_ENTRA_OPENID_METADATA_URL: login.entraMetadataUrl,
      },
      { members: new SameTenantMembers() },
    );
  });
  afterAll(async () => {
    await bot.close();
    await login.close();
  });

  it('answers a request carrying a correctly signed channel token, and keeps its records', async () => {
    const where = personalChat(TENANT_A);
    const activity = refusedAction(bot, person('megan'), where);
    const res = await post(bot, activity, `Bearer ${login.channelToken({ appId: APP_ID, serviceUrl: bot.connector.serviceUrl })}`);

    expect(res.status).toBe(200);
    expect(res.body.activities.length).toBeGreaterThan(0);
    expect(await bot.app.store.conversations.get(TENANT_A, where.conversationId)).toBeDefined();
    const audit = await bot.app.store.audit.list(TENANT_A, 1000);
    expect(audit.filter((e) => e.conversationId === where.conversationId && e.outcome === 'refused')).toHaveLength(1);
    // The keys were fetched from the fake, not from the internet.
    expect(login.requests).toEqual(expect.arrayContaining(['/v1/.well-known/openidconfiguration', '/v1/.well-known/keys']));
  });

  const forged: Array<[string, (serviceUrl: string) => string | undefined]> = [
    ['no Authorization header', () => undefined],
    ['a garbage bearer', () => 'Bearer not-a-jwt'],
    ['a token that is not a bearer', () => `Basic ${Buffer.from(`${APP_ID}:${PASSWORD}`).toString('base64')}`],
    ['a JWT signed by another key (unknown key id)', (s) => `Bearer ${login.channelToken({ appId: APP_ID, serviceUrl: s, key: login.strangerKey })}`],
    [
      'a JWT signed by another key under the published key id',
      (s) => `Bearer ${login.channelToken({ appId: APP_ID, serviceUrl: s, key: { ...login.strangerKey, kid: login.channelKey.kid } })}`,
    ],
    ['an expired JWT (beyond the 5 minute clock skew)', (s) => `Bearer ${login.channelToken({ appId: APP_ID, serviceUrl: s, lifetimeSec: -600 })}`],
    ['a JWT for another bot (wrong audience)', (s) => `Bearer ${login.channelToken({ appId: OTHER_APP_ID, serviceUrl: s })}`],
    ['a JWT from another issuer', (s) => `Bearer ${login.channelToken({ appId: APP_ID, serviceUrl: s, claims: { iss: 'https://api.botframework.example' } })}`],
    ['a JWT for another serviceUrl', () => `Bearer ${login.channelToken({ appId: APP_ID, serviceUrl: 'https://smba.trafficmanager.net/emea/' })}`],
    ['an Entra token of another tenant naming the bot', () => `Bearer ${login.entraToken({ appId: APP_ID, tenantId: TENANT_B })}`],
  ];

  it.each(forged)('refuses %s with 401 and runs nothing', async (_what, header) => {
    const where = personalChat(TENANT_A);
    const res = await post(bot, refusedAction(bot, person('mallory'), where), header(bot.connector.serviceUrl));

    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'Unauthorized', message: expect.any(String) } });
    expectNoInternals(res, login);
    await expectNothingHappened(bot, where, res);
  });

  it('never writes a token to the log', async () => {
    const token = login.channelToken({ appId: OTHER_APP_ID, serviceUrl: bot.connector.serviceUrl });
    await post(bot, refusedAction(bot, person('mallory'), personalChat(TENANT_A)), `Bearer ${token}`);
    const log = bot.logLines.join('\n');
    expect(log).toContain('request not authenticated');
    expect(log).not.toContain(token.split('.')[1]);
    expect(log).not.toContain(token.split('.')[2]);
  });
});

describe('Bot Framework authentication, single-tenant bot', () => {
  let login: FakeBotFrameworkLogin;
  let bot: RunningBot;

  beforeAll(async () => {
    login = await FakeBotFrameworkLogin.start();
    trust(login.ca);
    bot = await startBot(
      {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: PASSWORD,
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: TENANT_A,
        BOT_OPENID_METADATA_URL: login.channelMetadataUrl,
        BOT_ENTRA_OPENID_METADATA_URL: login.entraMetadataUrl,
      },
      { members: new SameTenantMembers() },
    );
  });
  afterAll(async () => {
    await bot.close();
    await login.close();
  });

  it("answers a request carrying a token from the tenant's Entra", async () => {
    const where = personalChat(TENANT_A);
    const res = await post(bot, refusedAction(bot, person('megan'), where), `Bearer ${login.entraToken({ appId: APP_ID, tenantId: TENANT_A })}`);

    expect(res.status).toBe(200);
    expect(res.body.activities.length).toBeGreaterThan(0);
    expect(await bot.app.store.conversations.get(TENANT_A, where.conversationId)).toBeDefined();
    expect(login.requests).toEqual(expect.arrayContaining(['/common/v2.0/.well-known/openid-configuration', '/common/discovery/v2.0/keys']));
  });

  const forged: Array<[string, () => string | undefined]> = [
    ['no Authorization header', () => undefined],
    ['a garbage bearer', () => 'Bearer eyJhbGciOiJSUzI1NiJ9.garbage.garbage'],
    ['a JWT signed by another key', () => `Bearer ${login.entraToken({ appId: APP_ID, tenantId: TENANT_A, key: login.strangerKey })}`],
    [
      'a JWT signed by another key under the published key id',
      () => `Bearer ${login.entraToken({ appId: APP_ID, tenantId: TENANT_A, key: { ...login.strangerKey, kid: login.entraKey.kid } })}`,
    ],
    ['an expired JWT', () => `Bearer ${login.entraToken({ appId: APP_ID, tenantId: TENANT_A, lifetimeSec: -600 })}`],
    ['a JWT for another app (wrong audience)', () => `Bearer ${login.entraToken({ appId: APP_ID, tenantId: TENANT_A, claims: { aud: OTHER_APP_ID } })}`],
    ['a JWT issued by another tenant', () => `Bearer ${login.entraToken({ appId: APP_ID, tenantId: TENANT_B })}`],
    ['a JWT naming an issuer that is not Entra', () => `Bearer ${login.entraToken({ appId: APP_ID, tenantId: TENANT_A, claims: { iss: `https://login.example/${TENANT_A}/v2.0` } })}`],
    ['a channel token for another serviceUrl', () => `Bearer ${login.channelToken({ appId: APP_ID, serviceUrl: 'https://smba.trafficmanager.net/emea/' })}`],
  ];

  it.each(forged)('refuses %s with 401 and runs nothing', async (_what, header) => {
    const where = personalChat(TENANT_A);
    const res = await post(bot, refusedAction(bot, person('mallory'), where), header());

    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'Unauthorized', message: expect.any(String) } });
    expectNoInternals(res, login);
    await expectNothingHappened(bot, where, res);
  });
});

describe('Bot Framework authentication when the signing keys cannot be fetched', () => {
  const cases: Array<[string, () => Promise<{ metadataUrl: string; login: FakeBotFrameworkLogin; close: () => Promise<void> }>]> = [
    [
      'the OpenID metadata host refuses connections',
      async () => {
        const login = await FakeBotFrameworkLogin.start();
        const metadataUrl = login.channelMetadataUrl;
        await login.close(); // nothing listens there any more
        return { metadataUrl, login, close: async () => undefined };
      },
    ],
    [
      'the OpenID metadata answers 503',
      async () => {
        const login = await FakeBotFrameworkLogin.start();
        trust(login.ca);
        login.failure = 503;
        return { metadataUrl: login.channelMetadataUrl, login, close: () => login.close() };
      },
    ],
  ];

  it.each(cases)('answers 503 without internals when %s, and runs nothing', async (_what, arrange) => {
    const { metadataUrl, login, close } = await arrange();
    const bot = await startBot(
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, BOT_OPENID_METADATA_URL: metadataUrl, BOT_ENTRA_OPENID_METADATA_URL: metadataUrl },
      { members: new SameTenantMembers() },
    );
    try {
      const where = personalChat(TENANT_A);
      // A well-formed token, as a forger would send it: the SDK must fetch keys to judge it.
      const token = login.channelToken({ appId: APP_ID, serviceUrl: bot.connector.serviceUrl });
      const res = await post(bot, refusedAction(bot, person('mallory'), where), `Bearer ${token}`);

      expect(res.status).toBe(503);
      expect(res.body).toEqual({ error: { code: 'ServiceUnavailable', message: expect.any(String) } });
      expectNoInternals(res, login);
      await expectNothingHappened(bot, where, res);
      expect(bot.logLines.join('\n')).toContain('signing keys unavailable');
    } finally {
      await bot.close();
      await close();
    }
  });
});
