import { randomUUID } from 'node:crypto';
import type { GraphConfig } from '../src/config';
import type { Role, RoleResolver, UserIdentity } from '../src/domain/roles';
import { captureLogger } from '../src/logger';
import { GraphRoleResolver, type GraphRoleResolverOptions } from '../src/services/graphRoleResolver';
import { NodeHttpsNetworkClient } from '../src/services/nodeHttpsNetworkClient';
import { FakeEntra } from './fakes/fakeEntra';
import { directoryRole, FakeGraph, GLOBAL_ADMIN_TEMPLATE_ID, group } from './fakes/fakeGraph';

const TENANT = '11111111-2222-4333-8444-555555555555';
const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';
const MPN_GROUP = 'a0a0a0a0-b1b1-4c2c-8d3d-e4e4e4e4e4e4';
const CLIENT_ID = 'bot-app-0001';
const CLIENT_SECRET = 'client-secret-value-for-tests-only';

/** The store roster stand-in: fixed grants, counting its calls. */
class Roster implements RoleResolver {
  calls = 0;
  constructor(private readonly grants: Record<string, Role[]> = {}) {}
  async rolesOf(user: UserIdentity): Promise<ReadonlySet<Role>> {
    this.calls++;
    return new Set(this.grants[user.aadObjectId ?? user.userId] ?? []);
  }
}

let entra: FakeEntra;
let graph: FakeGraph;

beforeAll(async () => {
  entra = await FakeEntra.start({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  graph = await FakeGraph.start({ verifyToken: (t) => entra.verifyGraphToken(t), pageSize: 2 });
});
afterAll(async () => {
  await graph.close();
  await entra.close();
});
afterEach(() => {
  graph.fault = undefined;
  graph.tenantFaults.clear();
  graph.delayMs = 0;
  graph.revokedBeforeSec = 0;
  entra.tokenEndpointFailure = undefined;
});

/** A fresh user of TENANT with the given memberships in Graph, and their Teams SSO token. */
function newUser(memberOf: Parameters<FakeGraph['setMemberOf']>[2] = [], tenantId = TENANT) {
  const oid = randomUUID();
  graph.setMemberOf(tenantId, oid, memberOf);
  const user: UserIdentity = { tenantId, aadObjectId: oid, userId: `29:${oid}`, name: 'Test User' };
  return { user, token: entra.issueUserToken({ oid, tid: tenantId }) };
}

function setup(overrides: Partial<GraphRoleResolverOptions> = {}, graphOverrides: Partial<GraphConfig> = {}) {
  const clock = { now: 1_700_000_000_000 };
  const captured = captureLogger('debug');
  const roster = (overrides.fallback as Roster | undefined) ?? new Roster();
  const resolver = new GraphRoleResolver({
    graph: {
      oauthConnectionName: 'sso',
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      authority: entra.authority(TENANT),
      graphBaseUrl: graph.baseUrl,
      mpnPartnerAdminGroupId: MPN_GROUP,
      authorityMetadata: entra.authorityMetadata(),
      cloudDiscoveryMetadata: entra.cloudDiscoveryMetadata(),
      ...graphOverrides,
    },
    fallback: roster,
    logger: captured.logger,
    networkClient: new NodeHttpsNetworkClient({ ca: entra.ca }),
    now: () => clock.now,
    graphTimeoutMs: 300,
    ...overrides,
  });
  return { resolver, roster, clock, lines: captured.lines };
}

const sorted = (roles: ReadonlySet<Role>) => [...roles].sort();

describe('GraphRoleResolver against local Entra (OBO) and Graph', () => {
  it('finds a Global admin through the directory role, with no discovery call leaving the machine', async () => {
    const { resolver } = setup();
    const { user, token } = newUser([directoryRole('Global Administrator', GLOBAL_ADMIN_TEMPLATE_ID)]);
    const before = entra.requests.length;

    expect(sorted(await resolver.rolesOf(user, TENANT, { userToken: token }))).toEqual(['globalAdmin']);

    // Exactly one call to Entra: the OBO token request, in the user's tenant (metadata came from config).
    expect(entra.requests.slice(before)).toEqual([
      { method: 'POST', path: `/${TENANT}/oauth2/v2.0/token`, tenant: TENANT, grantType: 'urn:ietf:params:oauth:grant-type:jwt-bearer' },
    ]);
  });

  it('does not take another directory role for Global admin', async () => {
    const { resolver } = setup();
    const { user, token } = newUser([directoryRole('User Administrator', 'fe930be7-5e62-47db-91af-98c3a49a38b1')]);
    expect(sorted(await resolver.rolesOf(user, TENANT, { userToken: token }))).toEqual([]);
  });

  it('finds an Admin agent through the AdminAgents group (exact name only)', async () => {
    const { resolver } = setup();
    const agent = newUser([group(randomUUID(), 'AdminAgents')]);
    const lookalike = newUser([group(randomUUID(), 'AdminAgents-archive'), group(randomUUID(), 'adminagents ')]);
    expect(sorted(await resolver.rolesOf(agent.user, TENANT, { userToken: agent.token }))).toEqual(['adminAgent']);
    expect(sorted(await resolver.rolesOf(lookalike.user, TENANT, { userToken: lookalike.token }))).toEqual([]);
  });

  it('finds an MPN partner admin through the configured group id, case-insensitively', async () => {
    const { resolver } = setup({}, { mpnPartnerAdminGroupId: MPN_GROUP.toUpperCase() });
    const { user, token } = newUser([group(MPN_GROUP, 'Partner admins')]);
    expect(sorted(await resolver.rolesOf(user, TENANT, { userToken: token }))).toEqual(['mpnPartnerAdmin']);
  });

  it('gives no MPN role from Graph when no group is configured', async () => {
    const { resolver } = setup({}, { mpnPartnerAdminGroupId: undefined });
    const { user, token } = newUser([group(MPN_GROUP, 'Partner admins')]);
    expect(sorted(await resolver.rolesOf(user, TENANT, { userToken: token }))).toEqual([]);
  });

  it('gives a plain member no roles', async () => {
    const { resolver } = setup();
    const { user, token } = newUser([group(randomUUID(), 'Sales'), group(randomUUID(), 'All Company')]);
    expect(sorted(await resolver.rolesOf(user, TENANT, { userToken: token }))).toEqual([]);
  });

  it('follows @odata.nextLink to the last page', async () => {
    const { resolver } = setup();
    const { user, token } = newUser([
      group(randomUUID(), 'A'),
      group(randomUUID(), 'B'),
      group(randomUUID(), 'C'),
      group(randomUUID(), 'AdminAgents'),
      directoryRole('Global Administrator', GLOBAL_ADMIN_TEMPLATE_ID),
    ]);
    const before = graph.requests.length;
    expect(sorted(await resolver.rolesOf(user, TENANT, { userToken: token }))).toEqual(['adminAgent', 'globalAdmin']);
    const pages = graph.requests.slice(before);
    expect(pages).toHaveLength(3);
    expect(pages[0]).toBe('/v1.0/me/transitiveMemberOf?$select=id,roleTemplateId,displayName');
    expect(pages[2]).toContain('skiptoken=4');
  });

  it('unions Graph roles with roster grants', async () => {
    const { user, token } = newUser([group(randomUUID(), 'AdminAgents')]);
    const { resolver } = setup({ fallback: new Roster({ [user.aadObjectId!]: ['helpdesk', 'mpnPartnerAdmin'] }) });
    expect(sorted(await resolver.rolesOf(user, TENANT, { userToken: token }))).toEqual(['adminAgent', 'helpdesk', 'mpnPartnerAdmin']);
  });

  it('reuses Graph answers for the TTL, then asks again; the roster is always asked', async () => {
    const { resolver, roster, clock } = setup({ cacheTtlMs: 60_000 });
    const { user, token } = newUser([directoryRole('Global Administrator', GLOBAL_ADMIN_TEMPLATE_ID)]);

    await resolver.rolesOf(user, TENANT, { userToken: token });
    const graphCalls = graph.requests.length;
    const entraCalls = entra.requests.length;

    clock.now += 59_000;
    expect(sorted(await resolver.rolesOf(user, TENANT, { userToken: token }))).toEqual(['globalAdmin']);
    expect(graph.requests.length).toBe(graphCalls);
    expect(entra.requests.length).toBe(entraCalls);
    expect(roster.calls).toBe(2);

    clock.now += 2_000;
    expect(sorted(await resolver.rolesOf(user, TENANT, { userToken: token }))).toEqual(['globalAdmin']);
    expect(graph.requests.length).toBe(graphCalls + 1);
  });

  it('shares one Graph lookup between concurrent turns of the same user', async () => {
    const { resolver } = setup();
    const { user, token } = newUser([group(randomUUID(), 'AdminAgents')]);
    const before = graph.requests.length;
    const results = await Promise.all([1, 2, 3].map(() => resolver.rolesOf(user, TENANT, { userToken: token })));
    expect(results.map(sorted)).toEqual([['adminAgent'], ['adminAgent'], ['adminAgent']]);
    expect(graph.requests.length - before).toBe(1);
  });

  it('keeps at most cacheMaxEntries users, dropping the least recently used', async () => {
    const { resolver } = setup({ cacheMaxEntries: 2 });
    const [a, b, c] = [newUser(), newUser(), newUser()];
    for (const u of [a, b, c]) await resolver.rolesOf(u.user, TENANT, { userToken: u.token });
    const before = graph.requests.length;
    await resolver.rolesOf(c.user, TENANT, { userToken: c.token }); // cached
    await resolver.rolesOf(a.user, TENANT, { userToken: a.token }); // evicted: asks Graph
    expect(graph.requests.length - before).toBe(1);
  });

  it("gives another tenant's user no roles at all, without calling Graph or the roster", async () => {
    const { user, token } = newUser([directoryRole('Global Administrator', GLOBAL_ADMIN_TEMPLATE_ID)], OTHER_TENANT);
    const roster = new Roster({ [user.aadObjectId!]: ['globalAdmin'] });
    const { resolver } = setup({ fallback: roster });
    const [g, e] = [graph.requests.length, entra.requests.length];
    expect(sorted(await resolver.rolesOf(user, TENANT, { userToken: token }))).toEqual([]);
    expect([graph.requests.length, entra.requests.length, roster.calls]).toEqual([g, e, 0]);
  });

  it('refuses a token issued to someone else and keeps the roster roles', async () => {
    const victim = newUser([directoryRole('Global Administrator', GLOBAL_ADMIN_TEMPLATE_ID)]);
    const speaker = newUser();
    const { resolver, lines } = setup({ fallback: new Roster({ [speaker.user.aadObjectId!]: ['helpdesk'] }) });
    const e = entra.requests.length;
    expect(sorted(await resolver.rolesOf(speaker.user, TENANT, { userToken: victim.token }))).toEqual(['helpdesk']);
    expect(entra.requests.length).toBe(e);
    expect(lines.join('\n')).toContain('does not belong to the speaking user');
  });

  it('without a user token, answers with the roster only', async () => {
    const { user } = newUser([directoryRole('Global Administrator', GLOBAL_ADMIN_TEMPLATE_ID)]);
    const { resolver } = setup({ fallback: new Roster({ [user.aadObjectId!]: ['helpdesk'] }) });
    const [g, e] = [graph.requests.length, entra.requests.length];
    expect(sorted(await resolver.rolesOf(user, TENANT))).toEqual(['helpdesk']);
    expect(sorted(await resolver.rolesOf(user, TENANT, {}))).toEqual(['helpdesk']);
    expect([graph.requests.length, entra.requests.length]).toEqual([g, e]);
  });

  it("with a multi-tenant authority, does the OBO in the user's own tenant", async () => {
    const { resolver } = setup({}, { authority: entra.authority('organizations') });
    const { user, token } = newUser([group(randomUUID(), 'AdminAgents')]);
    const before = entra.requests.length;
    expect(sorted(await resolver.rolesOf(user, TENANT, { userToken: token }))).toEqual(['adminAgent']);
    expect(entra.requests.slice(before).map((r) => r.path)).toEqual([`/${TENANT}/oauth2/v2.0/token`]);
  });

  it('also works with msal discovering the OpenID metadata from the fake (knownAuthorities only)', async () => {
    const { resolver } = setup({}, { authorityMetadata: undefined });
    const { user, token } = newUser([directoryRole('Global Administrator', GLOBAL_ADMIN_TEMPLATE_ID)]);
    const before = entra.requests.length;
    expect(sorted(await resolver.rolesOf(user, TENANT, { userToken: token }))).toEqual(['globalAdmin']);
    expect(entra.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /${TENANT}/v2.0/.well-known/openid-configuration`,
      `POST /${TENANT}/oauth2/v2.0/token`,
    ]);
  });

  describe('when Graph or Entra fail, falls back to the roster without throwing', () => {
    async function expectFallback(
      arrange: () => void,
      options: Partial<GraphRoleResolverOptions> = {},
    ): Promise<{ lines: string[]; token: string }> {
      const { user, token } = newUser([directoryRole('Global Administrator', GLOBAL_ADMIN_TEMPLATE_ID)]);
      const { resolver, lines } = setup({ fallback: new Roster({ [user.aadObjectId!]: ['helpdesk'] }), ...options });
      arrange();
      await expect(resolver.rolesOf(user, TENANT, { userToken: token })).resolves.toEqual(new Set(['helpdesk']));
      return { lines, token };
    }

    it('Graph 401 (token revoked)', async () => {
      const { lines } = await expectFallback(() => graph.revokeAllTokens());
      expect(lines.some((l) => l.includes('"status":401'))).toBe(true);
    });

    it('Graph 503', async () => {
      const { lines } = await expectFallback(() => (graph.fault = { status: 503 }));
      expect(lines.some((l) => l.includes('"status":503'))).toBe(true);
    });

    it('Graph too slow (timeout)', async () => {
      const started = Date.now();
      const { lines } = await expectFallback(() => (graph.delayMs = 2_000));
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(lines.some((l) => l.includes('"timeout":true'))).toBe(true);
    });

    it('Entra refuses the assertion (expired SSO token)', async () => {
      const { user } = newUser([directoryRole('Global Administrator', GLOBAL_ADMIN_TEMPLATE_ID)]);
      const expired = entra.issueUserToken({ oid: user.aadObjectId!, tid: TENANT }, -60);
      const { resolver, lines } = setup({ fallback: new Roster({ [user.aadObjectId!]: ['helpdesk'] }) });
      await expect(resolver.rolesOf(user, TENANT, { userToken: expired })).resolves.toEqual(new Set(['helpdesk']));
      expect(lines.some((l) => l.includes('invalid_grant'))).toBe(true);
    });

    it('Entra unavailable', async () => {
      await expectFallback(() => (entra.tokenEndpointFailure = 503));
    });

    it('Entra unreachable (nothing listening)', async () => {
      const { user, token } = newUser();
      const nowhere = '127.0.0.1:9';
      const { resolver } = setup(
        { fallback: new Roster({ [user.aadObjectId!]: ['helpdesk'] }) },
        {
          authority: `https://${nowhere}/${TENANT}`,
          authorityMetadata: entra.authorityMetadata().split(entra.host).join(nowhere),
          cloudDiscoveryMetadata: entra.cloudDiscoveryMetadata().split(entra.host).join(nowhere),
        },
      );
      await expect(resolver.rolesOf(user, TENANT, { userToken: token })).resolves.toEqual(new Set(['helpdesk']));
    });

    it('429 with Retry-After pauses Graph calls for that long', async () => {
      const { resolver, clock } = setup();
      graph.fault = { status: 429, retryAfterSec: 30 };
      const first = newUser([group(randomUUID(), 'AdminAgents')]);
      expect(sorted(await resolver.rolesOf(first.user, TENANT, { userToken: first.token }))).toEqual([]);
      graph.fault = undefined;

      const second = newUser([group(randomUUID(), 'AdminAgents')]);
      const before = graph.requests.length;
      clock.now += 29_000;
      expect(sorted(await resolver.rolesOf(second.user, TENANT, { userToken: second.token }))).toEqual([]);
      expect(graph.requests.length).toBe(before);

      clock.now += 2_000;
      expect(sorted(await resolver.rolesOf(second.user, TENANT, { userToken: second.token }))).toEqual(['adminAgent']);
    });

    it("one tenant's throttling does not pause another tenant's role checks", async () => {
      // Multi-tenant authority: each user's OBO runs in their own tenant.
      const { resolver, clock } = setup({}, { authority: entra.authority('organizations') });
      graph.tenantFaults.set(TENANT, { status: 429, retryAfterSec: 30 });
      const throttled = newUser([group(randomUUID(), 'AdminAgents')]);
      expect(sorted(await resolver.rolesOf(throttled.user, TENANT, { userToken: throttled.token }))).toEqual([]);
      graph.tenantFaults.clear();

      // Tenant B, one second later: Graph is asked and answers.
      clock.now += 1_000;
      const other = newUser([directoryRole('Global Administrator', GLOBAL_ADMIN_TEMPLATE_ID)], OTHER_TENANT);
      const before = graph.requests.length;
      expect(sorted(await resolver.rolesOf(other.user, OTHER_TENANT, { userToken: other.token }))).toEqual(['globalAdmin']);
      expect(graph.requests.length).toBe(before + 1);

      // Tenant A is still paused until its own Retry-After (30 s) has passed.
      const again = newUser([group(randomUUID(), 'AdminAgents')]);
      clock.now += 28_000;
      const paused = graph.requests.length;
      expect(sorted(await resolver.rolesOf(again.user, TENANT, { userToken: again.token }))).toEqual([]);
      expect(graph.requests.length).toBe(paused);
      clock.now += 2_000;
      expect(sorted(await resolver.rolesOf(again.user, TENANT, { userToken: again.token }))).toEqual(['adminAgent']);
    });

    it('caps a huge Retry-After at 5 minutes for the throttled tenant', async () => {
      const { resolver, clock } = setup();
      graph.tenantFaults.set(TENANT, { status: 429, retryAfterSec: 86_400 });
      const first = newUser([group(randomUUID(), 'AdminAgents')]);
      expect(sorted(await resolver.rolesOf(first.user, TENANT, { userToken: first.token }))).toEqual([]);
      graph.tenantFaults.clear();

      const second = newUser([group(randomUUID(), 'AdminAgents')]);
      clock.now += 5 * 60_000 - 1_000;
      expect(sorted(await resolver.rolesOf(second.user, TENANT, { userToken: second.token }))).toEqual([]);
      clock.now += 2_000;
      expect(sorted(await resolver.rolesOf(second.user, TENANT, { userToken: second.token }))).toEqual(['adminAgent']);
    });

    it('does not cache a failure', async () => {
      const { resolver } = setup();
      const { user, token } = newUser([group(randomUUID(), 'AdminAgents')]);
      graph.fault = { status: 503 };
      expect(sorted(await resolver.rolesOf(user, TENANT, { userToken: token }))).toEqual([]);
      graph.fault = undefined;
      expect(sorted(await resolver.rolesOf(user, TENANT, { userToken: token }))).toEqual(['adminAgent']);
    });

    it('never writes a token or the client secret to the logs', async () => {
      const all: string[] = [];
      const tokens: string[] = [];
      for (const arrange of [() => graph.revokeAllTokens(), () => (graph.fault = { status: 503 }), () => (entra.tokenEndpointFailure = 500)]) {
        const { lines, token } = await expectFallback(arrange);
        graph.fault = undefined;
        entra.tokenEndpointFailure = undefined;
        all.push(...lines);
        tokens.push(token);
      }
      const { user } = newUser();
      const forged = entra.issueUserToken({ oid: user.aadObjectId!, tid: TENANT }).replace(/.{6}$/, 'AAAAAA');
      const { resolver, lines } = setup();
      await resolver.rolesOf(user, TENANT, { userToken: forged });
      all.push(...lines);
      tokens.push(forged);

      expect(all.length).toBeGreaterThan(3);
      const text = all.join('\n');
      for (const t of tokens) {
        expect(text).not.toContain(t);
        expect(text).not.toContain(t.split('.')[1]); // not even the claims part
      }
      expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
      expect(text).not.toContain(CLIENT_SECRET);
    });
  });
});
