import { ledgerOf, parseCaseCommand, type MicrosoftCase } from '../src/domain/incidentLedger';
import { t } from '../src/i18n/strings';
import { Store } from '../src/store';
import { executeActivity, messageActivity, person, personalChat, TENANT_A, TENANT_B } from './support/activities';
import { RunningBot, startBot, visibleText } from './support/botServer';
import { describeEachStore } from './support/stores';

const ASK_LEFT = 'how many incidents do we have left?';

describe('the incident ledger, as rules', () => {
  const seed = { userId: 'seed' };
  const c = (supportType: 'onPremises' | 'cloud', openedOn: string): MicrosoftCase => ({ caseNumber: openedOn.replace(/-/g, ''), supportType, openedOn, recordedBy: seed, recordedAt: '2026-01-01T00:00:00Z' });
  const cases = [c('onPremises', '2025-12-31'), c('onPremises', '2026-01-01'), c('onPremises', '2026-06-30'), c('cloud', '2026-02-02'), c('onPremises', '2027-01-01')];
  const profile = (tier: 'actionPack' | 'silver' | 'gold', competencies: string[] = []) => ({ tenantId: 'x', tier, competencies, updatedBy: 'a', updatedAt: '' });
  const benefit = (contractStart?: string, contractEnd?: string) => ({ tenantId: 'x', state: 'active' as const, version: 1, ...(contractStart ? { contractStart } : {}), ...(contractEnd ? { contractEnd } : {}) });

  it('counts only the contract period, per support type, against the article\u2019s allowance of the recorded membership', () => {
    const gold = ledgerOf(profile('gold', ['other']), benefit('2026-01-01', '2026-12-31'), cases);
    expect(gold.period).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(gold.lines).toEqual([
      { supportType: 'onPremises', used: 2, allowance: { kind: 'count', incidents: 20 } },
      { supportType: 'cloud', used: 1, allowance: { kind: 'count', incidents: 10 } },
    ]);
    const silver = ledgerOf(profile('silver', ['other']), benefit('2026-01-01', '2026-12-31'), cases);
    expect(silver.lines.map((l) => l.allowance)).toEqual([{ kind: 'count', incidents: 15 }, { kind: 'count', incidents: 5 }]);
    const actionPack = ledgerOf(profile('actionPack'), benefit('2026-01-01', '2026-12-31'), cases);
    expect(actionPack.lines.map((l) => l.allowance)).toEqual([{ kind: 'count', incidents: 10 }, { kind: 'none' }]);
    const cloudCompetency = ledgerOf(profile('gold', ['security']), benefit(), cases);
    expect(cloudCompetency.lines[1].allowance).toEqual({ kind: 'unlimited' });
  });

  it('without contract dates the period is unknown and every case counts', () => {
    const all = ledgerOf(profile('gold'), benefit(), cases);
    expect(all.period).toBeUndefined();
    expect(all.lines[0].used).toBe(4);
  });

  it('reads the typed command in English, Russian and French, and nothing else', () => {
    expect(parseCaseCommand('case opened on-premises 1234567')).toEqual({ supportType: 'onPremises', caseNumber: '1234567' });
    expect(parseCaseCommand('Case opened cloud 2611300040001234 2026-11-02')).toEqual({ supportType: 'cloud', caseNumber: '2611300040001234', openedOn: '2026-11-02' });
    expect(parseCaseCommand('кейс открыт локальные 1234567')).toEqual({ supportType: 'onPremises', caseNumber: '1234567' });
    expect(parseCaseCommand('обращение открыто облако 1234567')).toEqual({ supportType: 'cloud', caseNumber: '1234567' });
    expect(parseCaseCommand('cas ouvert sur site 1234567')).toEqual({ supportType: 'onPremises', caseNumber: '1234567' });
    expect(parseCaseCommand('dossier ouvert cloud 1234567')).toEqual({ supportType: 'cloud', caseNumber: '1234567' });
    expect(parseCaseCommand('case opened somewhere 1234567')).toBeUndefined();
    expect(parseCaseCommand('case opened on-premises ABC')).toBeUndefined();
    expect(parseCaseCommand('how do I get a case opened on-premises 1234567 fast')).toBeUndefined();
  });
});

describeEachStore('the incident ledger over HTTP', (factory) => {
  const admin = person('gina');
  const dana = person('dana'); // helpdesk
  const alex = person('alex'); // member, requester
  const eve = person('eve', TENANT_B);
  const chats = { admin: personalChat(TENANT_A), dana: personalChat(TENANT_A), alex: personalChat(TENANT_A), eve: personalChat(TENANT_B) };
  let store: Store;
  let bot: RunningBot;

  beforeAll(async () => {
    store = await factory.open();
    bot = await startBot({ BOOTSTRAP_ADMINS: admin.aadObjectId }, { store, outbox: { pollMs: 40, baseDelayMs: 40, maxDelayMs: 400 } });
    await bot.send(messageActivity('hi', admin, chats.admin));
    await bot.send(messageActivity(`grant helpdesk ${dana.aadObjectId}`, admin, chats.admin));
    // The organization's recorded membership and contract: Silver, no cloud competency; contract year 2026.
    await store.profiles.save(TENANT_A, { tier: 'silver', competencies: ['other'] }, { userId: 'seed' }, 'seed');
    await store.benefits.recordActivation(
      TENANT_A,
      { accessId: 'ACC-LEDGER-1', contractId: 'CON-LEDGER-1', contractStart: '2026-01-01', contractEnd: '2026-12-31' },
      { userId: 'seed' },
      'seed',
      'seed-key',
    );
    await bot.invoke(executeActivity('helpdesk.create', { draft: 'd1', question: 'Exchange server is down', locale: 'en' }, alex, chats.alex));
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  it('before any case: 0 of 15 on-premises and 0 of 5 cloud, with the article\u2019s steps', async () => {
    const text = visibleText(await bot.send(messageActivity(ASK_LEFT, alex, chats.alex)));
    expect(text).toContain('By our records 0 of 15 on-premises incidents used (Support for Business shows Microsoft’s count).');
    expect(text).toContain('By our records 0 of 5 cloud incidents used');
    expect(text).toContain('Counted for the contract period on record: 2026-01-01 to 2026-12-31.');
    expect(text).toContain('On the second step, find the “Partner Support” contract');
  });

  it('a member cannot record a case on the ticket card; the helpdesk can, and the card shows it', async () => {
    const refused = await bot.invoke(executeActivity('helpdesk.caseOpened', { number: '1', supportType: 'onPremises', caseNumber: '1234567', openedOn: '2026-03-01' }, alex, chats.alex));
    expect(refused.value).toBe(t('en', 'ledger.case.refused'));
    expect(await store.cases.list(TENANT_A)).toEqual([]);

    const recorded = await bot.invoke(
      executeActivity('helpdesk.caseOpened', { number: '1', supportType: 'onPremises', caseNumber: '1234567', openedOn: '2026-03-01' }, dana, chats.dana),
    );
    expect(recorded.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(recorded.value)).toContain('Microsoft case 1234567, 2026-03-01 opened (Microsoft Product Support), recorded by dana');
    // The same case again records nothing more.
    const again = await bot.invoke(executeActivity('helpdesk.caseOpened', { number: '1', supportType: 'onPremises', caseNumber: '1234567', openedOn: '2026-03-01' }, dana, chats.dana));
    expect(again.value).toBe(t('en', 'ledger.case.already', { caseNumber: '1234567', date: '2026-03-01' }));
    // Bad input: a clear answer, nothing written.
    const bad = await bot.invoke(executeActivity('helpdesk.caseOpened', { number: '1', supportType: 'onPremises', caseNumber: '12ab', openedOn: '2026-02-30' }, dana, chats.dana));
    expect(bad.value).toBe(t('en', 'ledger.case.invalid'));
    expect((await store.cases.list(TENANT_A)).map((c) => c.caseNumber)).toEqual(['1234567']);

    const text = visibleText(await bot.send(messageActivity(ASK_LEFT, alex, chats.alex)));
    expect(text).toContain('By our records 1 of 15 on-premises incidents used (Support for Business shows Microsoft’s count).');
    expect(text).toContain('By our records 0 of 5 cloud incidents used');
  });

  it('admins type cases in English, Russian and French; cases outside the contract period do not count', async () => {
    const en = visibleText(await bot.send(messageActivity('case opened on-premises 2000001 2026-04-01', admin, chats.admin)));
    expect(en).toContain('Recorded: on-premises Microsoft case 2000001 opened on 2026-04-01.');
    expect(en).toContain('By our records 2 of 15 on-premises incidents used');
    const ru = visibleText(await bot.send(messageActivity('кейс открыт облако 2000002 2026-05-01', admin, chats.admin, 'ru-RU')));
    expect(ru).toContain('По нашим записям использовано 1 из 5 облачных инцидентов');
    // Before the contract period (2026-01-01): refused in French, nothing recorded.
    const fr = visibleText(await bot.send(messageActivity('cas ouvert sur site 2000003 2025-12-15', admin, chats.admin, 'fr-FR')));
    expect(fr).toContain('2025-12-15');
    expect(fr).toContain('2026-01-01');
    expect(fr).toMatch(/Rien n’a été enregistré/);
    expect((await store.cases.list(TENANT_A)).some((c) => c.caseNumber === '2000003')).toBe(false);
    // Without a date: today.
    await bot.send(messageActivity('case opened cloud 2000004', admin, chats.admin));
    const today = new Date().toISOString().slice(0, 10);
    expect((await store.cases.list(TENANT_A)).find((c) => c.caseNumber === '2000004')?.openedOn).toBe(today);

    const text = visibleText(await bot.send(messageActivity(ASK_LEFT, alex, chats.alex)));
    // 1234567 and 2000001 in 2026; 2000003 was opened before the contract started.
    expect(text).toContain('By our records 2 of 15 on-premises incidents used');
    const cloudUsed = today >= '2026-01-01' && today <= '2026-12-31' ? 2 : 1;
    expect(text).toContain(`By our records ${cloudUsed} of 5 cloud incidents used`);
    // In Russian, for a Russian speaker.
    const ivanText = visibleText(await bot.send(messageActivity('сколько инцидентов у нас осталось?', alex, chats.alex, 'ru-RU')));
    expect(ivanText).toContain('По нашим записям использовано 2 из 15 локальных инцидентов');
  });

  it('refuses a future date and one before 2000, counts 0007100003 and 7100003 once, and removes a case on an admin’s word', async () => {
    const future = visibleText(await bot.send(messageActivity('case opened on-premises 7100001 2999-01-01', admin, chats.admin)));
    expect(future).toContain('2999-01-01 is in the future');
    const ancient = await bot.invoke(executeActivity('helpdesk.caseOpened', { number: '1', supportType: 'cloud', caseNumber: '7100002', openedOn: '0001-01-01' }, dana, chats.dana));
    expect(String(ancient.value)).toBe(t('en', 'ledger.case.beforeContract', { date: '0001-01-01', start: '2026-01-01' }));
    expect((await store.cases.list(TENANT_A)).map((c) => c.caseNumber)).not.toEqual(expect.arrayContaining(['7100001', '7100002']));

    await bot.send(messageActivity('case opened cloud 0007100003 2026-06-01', admin, chats.admin));
    const again = visibleText(await bot.send(messageActivity('case opened cloud 7100003 2026-06-01', admin, chats.admin)));
    expect(again).toContain(t('en', 'ledger.case.already', { caseNumber: '7100003', date: '2026-06-01' }));

    const memberTries = visibleText(await bot.send(messageActivity('case removed 7100003', alex, chats.alex)));
    expect(memberTries).toContain(t('en', 'ledger.case.adminOnly'));
    const removed = visibleText(await bot.send(messageActivity('case removed 7100003', admin, chats.admin)));
    expect(removed).toContain(t('en', 'ledger.case.removed', { caseNumber: '7100003' }));
    expect((await store.cases.list(TENANT_A)).some((c) => c.caseNumber === '7100003')).toBe(false);
    expect(visibleText(await bot.send(messageActivity('cas supprimé 7100003', admin, chats.admin, 'fr-FR')))).toContain('Aucun cas Microsoft 7100003');
    const audit = JSON.stringify(await store.audit.list(TENANT_A));
    expect(audit).toContain('case.removed');
  });

  it('a member cannot type a case; another organization neither records nor sees this ledger', async () => {
    const member = visibleText(await bot.send(messageActivity('case opened on-premises 3000001 2026-04-01', alex, chats.alex)));
    expect(member).toContain(t('en', 'ledger.case.adminOnly'));
    const forged = await bot.invoke(
      executeActivity('helpdesk.caseOpened', { number: '1', supportType: 'onPremises', caseNumber: '3000002', openedOn: '2026-04-01' }, eve, chats.alex),
    );
    expect(JSON.stringify(forged.value)).not.toContain('3000002');
    expect((await store.cases.list(TENANT_A)).some((c) => c.caseNumber.startsWith('3'))).toBe(false);
    const other = visibleText(await bot.send(messageActivity(ASK_LEFT, eve, chats.eve)));
    expect(other).not.toContain('By our records');
    expect(other).toContain('On the second step, find the “Partner Support” contract');
  });
});
