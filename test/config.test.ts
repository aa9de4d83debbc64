import { ConfigError, loadConfig } from '../src/config';

describe('configuration', () => {
  it('runs with nothing set: anonymous, port 3978, SQLite in ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3978, anonymous: true, dataDir: './data', logLevel: 'info', bootstrapAdmins: [] });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.graph).toBeUndefined();
    expect(config.activationWebhook).toBeUndefined();
  });

  it('keeps swept data 180 days unless RETENTION_DAYS says otherwise', () => {
    expect(loadConfig({}).retentionDays).toBe(180);
    expect(loadConfig({ RETENTION_DAYS: '30' }).retentionDays).toBe(30);
  });

  it('limits 6000 requests per IP (loopback exempt) and 3000 turns per tenant a minute unless told otherwise', () => {
    expect(loadConfig({}).rateLimit).toEqual({ perIpPerMinute: 6000, perTenantPerMinute: 3000, exemptLoopback: true });
    expect(
      loadConfig({ RATE_LIMIT_PER_IP_PER_MINUTE: '0', RATE_LIMIT_PER_TENANT_PER_MINUTE: '120', RATE_LIMIT_EXEMPT_LOOPBACK: 'false' }).rateLimit,
    ).toEqual({ perIpPerMinute: 0, perTenantPerMinute: 120, exemptLoopback: false });
    expect(() => loadConfig({ RATE_LIMIT_PER_TENANT_PER_MINUTE: '-1' })).toThrow(ConfigError);
    expect(() => loadConfig({ RATE_LIMIT_EXEMPT_LOOPBACK: 'maybe' })).toThrow(/RATE_LIMIT_EXEMPT_LOOPBACK must be true or false/);
    expect(loadConfig({}).shutdownGraceMs).toBe(8000);
    expect(loadConfig({ SHUTDOWN_GRACE_MS: '2000' }).shutdownGraceMs).toBe(2000);
  });

  it('is authenticated as soon as a bot app id is set', () => {
    expect(loadConfig({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw' }).anonymous).toBe(false);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ BOOTSTRAP_ADMINS: 'alice@contoso.com' }, /BOOTSTRAP_ADMINS/],
    [{ MicrosoftAppId: 'app', MicrosoftAppType: 'SingleTenant' }, /MicrosoftAppTenantId/],
    [{ ACTIVATION_WEBHOOK_URL: 'https://hooks.example/activate' }, /ACTIVATION_WEBHOOK_SECRET/],
    [{ ACTIVATION_WEBHOOK_URL: 'ftp://hooks.example', ACTIVATION_WEBHOOK_SECRET: 'x'.repeat(20) }, /http/],
    [{ OAUTH_CONNECTION_NAME: 'sso' }, /GRAPH_CLIENT_ID/],
    [{ RETENTION_DAYS: '0' }, /RETENTION_DAYS/],
    [{ RETENTION_DAYS: 'a month' }, /RETENTION_DAYS/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads bootstrap admins as lower-case object ids, separated by commas or spaces', () => {
    const a = '8F2C7C1E-0D5B-4D6A-9C55-2E0C1B3A4D5E';
    const b = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    expect(loadConfig({ BOOTSTRAP_ADMINS: `${a}, ${b}` }).bootstrapAdmins).toEqual([a.toLowerCase(), b]);
  });

  it('turns on Graph roles with the SSO connection and the bot credentials', () => {
    const config = loadConfig({ OAUTH_CONNECTION_NAME: 'sso', MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: 'contoso' });
    expect(config.graph).toMatchObject({
      oauthConnectionName: 'sso',
      clientId: 'app',
      authority: 'https://login.microsoftonline.com/contoso',
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
    });
  });

  it('keeps the webhook worst case inside the 15 s Teams waits', () => {
    const hook = loadConfig({ ACTIVATION_WEBHOOK_URL: 'https://hooks.example/a', ACTIVATION_WEBHOOK_SECRET: 's'.repeat(16) }).activationWebhook!;
    expect(hook.timeoutMs * (hook.retries + 1)).toBeLessThan(15_000);
  });
});
