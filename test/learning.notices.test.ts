import { Store } from '../src/store';
import { messageActivity, person, personalChat, TENANT_A } from './support/activities';
import { RunningBot, startBot, visibleText } from './support/botServer';
import { describeEachStore } from './support/stores';

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describeEachStore('notices to admins from the ledger and the contract', (factory) => {
  const gina = person('gina'); // Global admin, French
  const oleg = person('oleg'); // MPN partner admin, Russian
  const max = person('max'); // member
  const chats = { gina: personalChat(TENANT_A), oleg: personalChat(TENANT_A), max: personalChat(TENANT_A) };
  let store: Store;
  let bot: RunningBot;

  const cardsTo = (conversationId: string) =>
    bot.connector.posts
      .filter((p) => (p.status ?? 0) < 300 && p.method === 'POST' && decodeURIComponent(p.path).includes(`/v3/conversations/${conversationId}/`))
      .map((p) => visibleText([p.activity as never]));

  beforeAll(async () => {
    store = await factory.open();
    bot = await startBot({ BOOTSTRAP_ADMINS: gina.aadObjectId }, { store, outbox: { pollMs: 40, baseDelayMs: 40, maxDelayMs: 400 } });
    await bot.send(messageActivity('bonjour', gina, chats.gina, 'fr-FR'));
    await bot.send(messageActivity(`grant mpn partner admin ${oleg.aadObjectId}`, gina, chats.gina));
    await bot.send(messageActivity('привет', oleg, chats.oleg, 'ru-RU'));
    // Action Pack: 10 on-premises incidents. The contract ends in 20 days.
    await store.profiles.save(TENANT_A, { tier: 'actionPack', competencies: [] }, { userId: 'seed' }, 'seed');
    await store.benefits.recordActivation(
      TENANT_A,
      { accessId: 'ACC-NOTICE-1', contractId: 'CON-NOTICE-1', contractStart: isoDay(-300), contractEnd: isoDay(20) },
      { userId: 'seed' },
      'seed',
      'seed-key',
    );
    for (let i = 0; i < 7; i += 1) {
      await store.cases.record(TENANT_A, { caseNumber: `900000${i}`, supportType: 'onPremises', openedOn: isoDay(-10) }, { userId: 'seed' }, 'seed');
    }
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  it('3 left: no incidents notice yet; the contract end (20 days) is told once to each admin, in their language', async () => {
    await bot.send(messageActivity('how many incidents do we have left?', max, chats.max));
    await bot.app.outbox.idle();
    expect(cardsTo(chats.gina.conversationId).join('\n')).not.toContain('Peu d’incidents restants');
    const fr = cardsTo(chats.gina.conversationId).filter((x) => x.includes('Le contrat de support se termine bientôt'));
    expect(fr).toHaveLength(1);
    expect(fr[0]).toContain(`se termine le ${isoDay(20)}, dans 20 jour(s)`);
    const ru = cardsTo(chats.oleg.conversationId).filter((x) => x.includes('Контракт поддержки скоро заканчивается'));
    expect(ru).toHaveLength(1);
    expect(cardsTo(chats.max.conversationId).join('\n')).not.toContain('contrat');
  });

  it('a case leaving 2: each admin is told once, in their language; later cases and questions do not repeat it', async () => {
    await bot.send(messageActivity(`case opened on-premises 9100001 ${isoDay(-1)}`, gina, chats.gina));
    await bot.app.outbox.idle();
    const fr = cardsTo(chats.gina.conversationId).filter((x) => x.includes('Peu d’incidents restants'));
    expect(fr).toHaveLength(1);
    expect(fr[0]).toContain('il ne reste que 2 incidents sur site sur 10');
    expect(cardsTo(chats.oleg.conversationId).filter((x) => x.includes('Осталось мало инцидентов'))).toHaveLength(1);

    await bot.send(messageActivity(`case opened on-premises 9100002 ${isoDay(-1)}`, gina, chats.gina));
    await bot.send(messageActivity('how many incidents do we have left?', max, chats.max));
    await bot.app.outbox.idle();
    expect(cardsTo(chats.gina.conversationId).filter((x) => x.includes('Peu d’incidents restants'))).toHaveLength(1);
    expect(cardsTo(chats.gina.conversationId).filter((x) => x.includes('Le contrat de support se termine bientôt'))).toHaveLength(1);
    expect(cardsTo(chats.oleg.conversationId).filter((x) => x.includes('Осталось мало инцидентов'))).toHaveLength(1);
  });
});
