import { randomUUID } from 'node:crypto';
import { createRecognizer, type Recognizer } from '../src/nlu';
import { messageActivity, person, personalChat } from './support/activities';
import { RunningBot, startBot } from './support/botServer';
import { describeEachStore } from './support/stores';

describeEachStore('GET /readyz', (factory) => {
  it("answers 200 {status:'ok'} while the store answers, 503 {status:'unavailable'} once it cannot", async () => {
    const store = await factory.open();
    const bot = await startBot({}, { store });
    try {
      const readyz = bot.url.replace('/api/messages', '/readyz');
      const up = await fetch(readyz);
      expect(up.status).toBe(200);
      expect(await up.json()).toEqual({ status: 'ok' });
      await store.close();
      const down = await fetch(readyz);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'unavailable' });
      // /healthz (the process is up) stays as it was: only readiness depends on the store.
      expect((await fetch(bot.url.replace('/api/messages', '/healthz'))).status).toBe(200);
    } finally {
      await bot.close();
    }
  }, 60_000);
});

/** A recognizer that holds messages starting with "slow" until released, to keep a turn in flight. */
async function slowRecognizer() {
  const real = await createRecognizer();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let started!: () => void;
  const inFlight = new Promise<void>((resolve) => (started = resolve));
  const recognizer: Recognizer = {
    recognize: async (text, hint) => {
      if (text.startsWith('slow')) {
        started();
        await released;
      }
      return real.recognize(text, hint);
    },
  };
  return { recognizer, release, inFlight };
}

describe('graceful shutdown (what SIGTERM runs: app.close())', () => {
  it('lets a slow turn in flight finish with 200 and its reply, and closes the store only after it', async () => {
    const slow = await slowRecognizer();
    const bot = await startBot({ SHUTDOWN_GRACE_MS: '10000' }, { recognizer: slow.recognizer });
    const tenant = randomUUID();
    const turn = bot.post(messageActivity('slow: how many incidents do we get?', person('fay', tenant), personalChat(tenant)));
    await slow.inFlight;
    let closed = false;
    const closing = bot.app.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 300));
    // Shutdown waits for the turn.
    expect(closed).toBe(false);
    await expect(bot.app.store.ping()).resolves.toBeUndefined();
    slow.release();
    const res = await turn;
    expect(res.status).toBe(200);
    expect(res.body.activities.length).toBeGreaterThan(0);
    await closing;
    await expect(bot.app.store.ping()).rejects.toThrow();
    await bot.connector.close();
  }, 60_000);

  it('waits no longer than SHUTDOWN_GRACE_MS for a stuck turn, then cuts it and closes the store', async () => {
    const slow = await slowRecognizer();
    const bot = await startBot({ SHUTDOWN_GRACE_MS: '300' }, { recognizer: slow.recognizer });
    const tenant = randomUUID();
    const turn = bot.post(messageActivity('slow: stuck', person('hal', tenant), personalChat(tenant))).catch((err: Error) => err);
    await slow.inFlight;
    const started = Date.now();
    await bot.app.close();
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(250);
    expect(took).toBeLessThan(3000);
    await expect(bot.app.store.ping()).rejects.toThrow();
    // The client sees its connection closed, not a hang.
    expect(String(await turn)).toMatch(/fetch failed/);
    expect(bot.logLines.some((l) => l.includes('turns still in flight after the grace period'))).toBe(true);
    slow.release();
    await bot.connector.close();
  }, 60_000);
});
