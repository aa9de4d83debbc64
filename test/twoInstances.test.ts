import { randomUUID } from 'node:crypto';
import { t } from '../src/i18n/strings';
import { messageActivity, person, personalChat, submitActivity, type Person, type Where } from './support/activities';
import { RunningBot, startBot, visibleText } from './support/botServer';
import { RecordingSender } from './support/fakeSender';
import { describeEachStore, type StoreLocation } from './support/stores';

/**
 * Two app instances over HTTP on one database (an SQLite file, a PostgreSQL schema), the same users driven
 * through both at once: no lost dialog step, one record, one notice.
 */
describeEachStore('two bot instances on one database', (factory) => {
  const USERS = 8;
  const admins: Array<{ who: Person; where: Where }> = Array.from({ length: USERS }, (_, i) => {
    const tenantId = randomUUID();
    return { who: person(`admin${i}`, tenantId), where: personalChat(tenantId) };
  });
  const TENANT = randomUUID();
  const gina = person('gina', TENANT);
  let location: StoreLocation;
  let a: RunningBot;
  let b: RunningBot;
  const sender = new RecordingSender();

  beforeAll(async () => {
    location = await factory.location();
    const env = { BOOTSTRAP_ADMINS: [gina, ...admins.map((x) => x.who)].map((p) => p.aadObjectId).join(','), LOG_LEVEL: 'warn' };
    a = await startBot(env, { store: await location.open(), sender });
    b = await startBot(env, { store: await location.open(), sender });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await location.dispose();
  });

  it('two steps of one typed activation sent at once to both instances are both taken: no step is lost', async () => {
    for (const { who, where } of admins) {
      const asked = await a.send(messageActivity('activate our benefit', who, where));
      expect(visibleText(asked)).toContain(t('en', 'act.admin.typeHint'));
    }
    // Each admin sends the Access ID to one instance and the Contract ID to the other, at the same moment.
    const replies = await Promise.all(
      admins.map(({ who, where }) =>
        Promise.all([
          a.send(messageActivity('ACC-4242', who, where)),
          b.send(messageActivity('77665544', who, where)),
        ]),
      ),
    );
    const store = a.app.store;
    for (const [i, { where }] of admins.entries()) {
      const texts = replies[i].map(visibleText);
      // Taken one after the other: one reply asks for the other ID, the other records the activation.
      expect(texts.filter((x) => x.includes(t('en', 'act.typed.askContractId')))).toHaveLength(1);
      expect(texts.filter((x) => x.includes(t('en', 'act.recorded.title')))).toHaveLength(1);
      expect(await store.benefits.get(where.tenantId)).toMatchObject({ state: 'active' });
    }
  }, 60_000);

  it('two admins activating the same IDs through both instances make one record and one notice', async () => {
    const tenantId = TENANT;
    const mario = person('mario', tenantId);
    const member = person('max', tenantId);
    const chats = new Map([gina, mario, member].map((p) => [p.id, personalChat(tenantId)]));
    await a.send(messageActivity('hello', gina, chats.get(gina.id)!));
    await b.send(messageActivity(`grant mpn partner admin ${mario.aadObjectId}`, gina, chats.get(gina.id)!));
    await a.send(messageActivity('hello', mario, chats.get(mario.id)!));
    // The member asks through both instances at once: each admin hears once.
    await Promise.all([a, b].map((bot) => bot.send(submitActivity({ verb: 'activation.askAdmin' }, member, chats.get(member.id)!))));
    expect(sender.to(chats.get(gina.id)!.conversationId)).toHaveLength(1);
    expect(sender.to(chats.get(mario.id)!.conversationId)).toHaveLength(1);

    const IDS = { accessId: 'ACC-2BOTS', contractId: 'CON-2BOTS' };
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => {
        const admin = i % 2 ? gina : mario;
        return (i % 4 < 2 ? a : b).send(submitActivity({ verb: 'activation.submit', ...IDS }, admin, chats.get(admin.id)!));
      }),
    );
    const audit = await a.app.store.audit.list(tenantId, 1000);
    expect(audit.filter((e) => e.action === 'activation.recorded')).toHaveLength(1);
    expect(await b.app.store.benefits.get(tenantId)).toMatchObject({ state: 'active', ...IDS, version: expect.any(Number) });
    expect(sender.to(chats.get(member.id)!.conversationId)).toHaveLength(1);
  }, 60_000);
});
