import { ConfigError, loadConfig } from '../src/config';

describe('helpdesk outbox configuration', () => {
  it('polls every second and leases a claimed send for a minute by default', () => {
    expect(loadConfig({}).outbox).toEqual({ pollMs: 1000, leaseMs: 60_000 });
    expect(loadConfig({ OUTBOX_POLL_MS: '250', OUTBOX_LEASE_MS: '5000' }).outbox).toEqual({ pollMs: 250, leaseMs: 5000 });
  });

  it.each([
    [{ OUTBOX_POLL_MS: 'often' }, /OUTBOX_POLL_MS/],
    [{ OUTBOX_POLL_MS: '0' }, /OUTBOX_POLL_MS/],
    [{ OUTBOX_LEASE_MS: '10' }, /OUTBOX_LEASE_MS/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
