import { Store } from '../src/store';
import { messageActivity, person, personalChat, submitActivity, TENANT_A } from './support/activities';
import { RunningBot, startBot, visibleText } from './support/botServer';
import { describeEachStore } from './support/stores';

/** Issue item 9: the edit form has no contract start date, so saving it must not erase that date. */
describeEachStore('editing the IDs changes only what the edit form shows', (factory) => {
  const gina = person('Gina Global');
  const chat = personalChat(TENANT_A);
  let store: Store;
  let bot: RunningBot;

  beforeAll(async () => {
    store = await factory.open();
    bot = await startBot({ BOOTSTRAP_ADMINS: gina.aadObjectId, LOG_LEVEL: 'warn' }, { store });
    await bot.send(messageActivity('hello', gina, chat));
    // As the organization's webhook reports it: with the contract's start date.
    await store.benefits.recordActivation(
      TENANT_A,
      { accessId: 'ACC-1000', contractId: 'CON-2000', contractStart: '2025-07-01', contractEnd: '2026-06-30', incidentsRemaining: 12 },
      { userId: gina.id, aadObjectId: gina.aadObjectId, name: gina.name },
      chat.conversationId,
      'webhook-1',
    );
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  it('keeps the contract start date and the incident count date when only the Contract ID is changed', async () => {
    const before = await store.benefits.get(TENANT_A);
    expect(before.contractStart).toBe('2025-07-01');
    // Exactly the fields cards/idsEdit.json submits.
    const form = { accessId: 'ACC-1000', contractId: 'CON-2001', contractEnd: '2026-06-30', incidentsRemaining: '12' };
    const replies = await bot.send(
      submitActivity({ verb: 'ids.save', version: String(before.version), ...form }, gina, chat),
    );
    expect(visibleText(replies)).toContain('CON-2001');

    const after = await store.benefits.get(TENANT_A);
    expect(after).toMatchObject({
      contractId: 'CON-2001',
      contractStart: '2025-07-01',
      contractEnd: '2026-06-30',
      incidentsRemaining: 12,
      incidentsAsOf: before.incidentsAsOf,
      version: before.version + 1,
    });
    const [entry] = await store.audit.list(TENANT_A, 1);
    expect(entry).toMatchObject({ action: 'benefit.updated', detail: { fields: ['contractId'] } });
  });

  it('clears what the form shows emptied, and still refuses an end date before the kept start date', async () => {
    const before = await store.benefits.get(TENANT_A);
    const cleared = { accessId: 'ACC-1000', contractId: 'CON-2001', contractEnd: '', incidentsRemaining: '' };
    await bot.send(submitActivity({ verb: 'ids.save', version: String(before.version), ...cleared }, gina, chat));
    const after = await store.benefits.get(TENANT_A);
    expect(after.contractStart).toBe('2025-07-01');
    expect(after.contractEnd).toBeUndefined();
    expect(after.incidentsRemaining).toBeUndefined();

    const early = { accessId: 'ACC-1000', contractId: 'CON-2001', contractEnd: '2025-01-31', incidentsRemaining: '' };
    const refused = await bot.send(submitActivity({ verb: 'ids.save', version: String(after.version), ...early }, gina, chat));
    expect(visibleText(refused)).toContain('The contract end date is before its start date.');
    expect(await store.benefits.get(TENANT_A)).toEqual(after);
  });
});
