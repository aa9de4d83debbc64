import { executeActivity, messageActivity, person, personalChat, submitActivity, TENANT_A, TENANT_B, Where } from './support/activities';
import { Reply, RunningBot, startBot, visibleText } from './support/botServer';
import { buttonsOf } from './support/heldoutRunner';
import { FAST_OUTBOX } from './support/helpdesk';
import { runScenario, scenarioBotOptions } from './support/scenarioRunner';
import { describeEachStore } from './support/stores';
import type { Scenario } from './fixtures/scenarioTypes';
import type { Store } from '../src/store';

/**
 * Requests in people's own words, over HTTP through the real bot, on each store: reading ones are answered,
 * changing ones are confirmed on a card that says what will happen, and only the confirming button (whose data
 * is just an id) changes anything, through the same role check as the command. Wordings are ours.
 */
const CHANNEL: Where = { tenantId: TENANT_A, conversationId: '19:own-words-queue@thread.tacv2', conversationType: 'channel' };

function confirmButton(replies: Reply[], title: RegExp) {
  const b = buttonsOf(replies).find((x) => title.test(x.title));
  if (!b) throw new Error(`no button ${title} in ${buttonsOf(replies).map((x) => x.title).join(' | ')}`);
  return b.send.value as Record<string, unknown>;
}

describeEachStore('requests in one’s own words, confirmed', (factory) => {
  const admin = person('Gina Admin');
  const dana = person('Dana Lee');
  const alex = person('Alex Kim');
  const eve = person('Eve Other', TENANT_B);
  const chats = { admin: personalChat(TENANT_A), dana: personalChat(TENANT_A), alex: personalChat(TENANT_A), eve: personalChat(TENANT_B) };
  let store: Store;
  let bot: RunningBot;

  beforeAll(async () => {
    store = await factory.open();
    bot = await startBot({ BOOTSTRAP_ADMINS: admin.aadObjectId, LOG_LEVEL: 'warn' }, { store, outbox: FAST_OUTBOX });
    await bot.send(messageActivity('hi', admin, chats.admin));
    await bot.send(messageActivity(`grant helpdesk ${dana.aadObjectId}`, admin, chats.admin));
    await bot.send(messageActivity('hi', alex, chats.alex));
    await bot.send(messageActivity('hi', dana, chats.dana));
    await store.benefits.recordActivation(TENANT_A, { accessId: 'ACC-OWN-1', contractId: 'CON-OWN-1', contractStart: '2026-01-01', contractEnd: '2026-12-31' }, { userId: 'seed' }, 'seed', 'own-k1');
    await store.profiles.save(TENANT_A, { tier: 'gold', competencies: ['other'] }, { userId: 'seed' }, 'seed');
    await bot.send(messageActivity('<at>Partner Benefits Assistant</at> helpdesk here', admin, CHANNEL));
    await bot.invoke(executeActivity('helpdesk.create', { draft: 'own-1', question: 'Exchange 2019 transport service stops every night', locale: 'en' }, alex, chats.alex));
    await bot.invoke(executeActivity('helpdesk.create', { draft: 'own-2', question: 'Intune compliance policy not applied', locale: 'en' }, alex, chats.alex));
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  it('an admin asks to log a case: the card says what will be recorded; nothing is until Record is pressed', async () => {
    const replies = await bot.send(messageActivity('could you note that we opened an on-prem case 5551234 with Microsoft today?', admin, chats.admin));
    expect(visibleText(replies)).toMatch(/Record Microsoft case 5551234 in your organization’s ledger: on-premises, opened on 20\d\d-\d\d-\d\d\?/);
    expect(buttonsOf(replies).map((b) => b.title)).toEqual(['Record', 'Change', 'Cancel']);
    expect((await store.cases.list(TENANT_A)).map((c) => c.caseNumber)).not.toContain('5551234');

    const done = await bot.send(submitActivity(confirmButton(replies, /^Record$/), admin, chats.admin));
    expect(visibleText(done)).toMatch(/Recorded/);
    expect((await store.cases.list(TENANT_A)).find((c) => c.caseNumber === '5551234')?.supportType).toBe('onPremises');
  });

  it('the confirming button carries only an id: changed card data, another person, another organization or a second press change nothing', async () => {
    const replies = await bot.send(messageActivity('пожалуйста, запиши облачное обращение 5552000 в Microsoft', admin, chats.admin, 'ru-RU'));
    const data = confirmButton(replies, /^Записать$/);
    // The card's data edited to another number: the request kept on the server is what runs.
    const forged = await bot.send(submitActivity({ ...data, caseNumber: '9999999', supportType: 'onPremises' }, admin, chats.admin, 'ru-RU'));
    expect(visibleText(forged)).toMatch(/Записано|записан/i);
    const cases = await store.cases.list(TENANT_A);
    expect(cases.find((c) => c.caseNumber === '5552000')?.supportType).toBe('cloud');
    expect(cases.map((c) => c.caseNumber)).not.toContain('9999999');
    // Pressed again, by the same admin: already used.
    expect(visibleText(await bot.send(submitActivity(data, admin, chats.admin, 'ru-RU')))).toMatch(/больше не действует/);

    const second = await bot.send(messageActivity('log MS case 5553000 for cloud please', admin, chats.admin));
    const id = confirmButton(second, /^Record$/);
    // A member of the organization, and a user of another one, press the admin's button with its data.
    expect(visibleText(await bot.send(submitActivity(id, alex, chats.alex)))).toMatch(/no longer valid/);
    expect(visibleText(await bot.send(submitActivity(id, eve, chats.eve)))).toMatch(/no longer valid/);
    expect((await store.cases.list(TENANT_A)).map((c) => c.caseNumber)).not.toContain('5553000');
    // Cancel: nothing recorded, and the card cannot be used afterwards.
    expect(visibleText(await bot.send(submitActivity(confirmButton(second, /^Cancel$/), admin, chats.admin)))).toMatch(/Cancelled: nothing was changed/);
    expect(visibleText(await bot.send(submitActivity(id, admin, chats.admin)))).toMatch(/no longer valid/);
    expect((await store.cases.list(TENANT_A)).map((c) => c.caseNumber)).not.toContain('5553000');
  });

  it('a member asking to change something is told who can, by name, and nothing is proposed', async () => {
    const replies = await bot.send(messageActivity('please record Microsoft case 5554000, on-premises', alex, chats.alex));
    const text = visibleText(replies);
    expect(text).toMatch(/Gina Admin/);
    expect(buttonsOf(replies)).toEqual([]);
    const queue = visibleText(await bot.send(messageActivity('which tickets has nobody taken yet?', alex, chats.alex)));
    expect(queue).toMatch(/Only the helpdesk and the admins.*In your organization: .*Gina Admin/);
    expect(queue).not.toMatch(/Intune compliance/);
  });

  it('bad input gets one sentence and nothing is kept: letters in a case number, a future date, a ticket that does not exist', async () => {
    expect(visibleText(await bot.send(messageActivity('log Microsoft case 55A-901 as cloud', admin, chats.admin)))).toMatch(/“55A-901” is not a Microsoft case number/);
    expect(visibleText(await bot.send(messageActivity('record cloud case 5556000 we opened on 2027-03-01', admin, chats.admin)))).toMatch(/future|2027-03-01/);
    expect(visibleText(await bot.send(messageActivity('mark ticket 77 as resolved', dana, chats.dana)))).toMatch(/no ticket #77/);
    expect((await store.cases.list(TENANT_A)).map((c) => c.caseNumber)).not.toEqual(expect.arrayContaining(['5556000']));
  });

  it('a case without its support type asks which, with two buttons; the choice is confirmed like any other', async () => {
    const asked = await bot.send(messageActivity('ajoute le dossier Microsoft 5557000 ouvert hier', admin, chats.admin, 'fr-FR'));
    expect(visibleText(asked)).toMatch(/5557000 concerne-t-il un produit local ou le cloud/);
    const confirm = await bot.send(submitActivity(confirmButton(asked, /^Cloud$/), admin, chats.admin, 'fr-FR'));
    expect(visibleText(confirm)).toMatch(/Enregistrer le dossier Microsoft 5557000 : cloud/);
    await bot.send(submitActivity(confirmButton(confirm, /^Enregistrer$/), admin, chats.admin, 'fr-FR'));
    expect((await store.cases.list(TENANT_A)).find((c) => c.caseNumber === '5557000')?.supportType).toBe('cloud');
  });

  it('the helpdesk works a ticket in context: "show me #1", then "close it, it is fixed" closes #1 after the confirmation', async () => {
    await bot.send(messageActivity('can I see ticket #1?', dana, chats.dana));
    const asked = await bot.send(messageActivity('close it, it is fixed', dana, chats.dana));
    expect(visibleText(asked)).toMatch(/Close ticket #1 \(Exchange 2019 transport/);
    expect((await store.tickets.get(TENANT_A, 1))?.status).not.toBe('closed');
    await bot.send(submitActivity(confirmButton(asked, /^Close$/), dana, chats.dana));
    expect((await store.tickets.get(TENANT_A, 1))?.status).toBe('closed');
  });

  it('in a ticket’s thread, a message to the requester is sent as the helpdesk’s reply once confirmed', async () => {
    const ticket = await store.tickets.get(TENANT_A, 2);
    const thread: Where = { ...CHANNEL, conversationId: `${ticket!.card!.conversationId};messageid=${ticket!.card!.activityId}` };
    const asked = await bot.send(messageActivity('<at>Partner Benefits Assistant</at> Alex, please send me a screenshot of the policy assignment', dana, thread));
    expect(visibleText(asked)).toMatch(/Send this reply on ticket #2/);
    await bot.send(submitActivity(confirmButton(asked, /^Send$/), dana, thread));
    const after = await store.tickets.get(TENANT_A, 2);
    expect(after?.status).toBe('waiting');
    expect(after?.history.some((e) => e.kind === 'reply' && /screenshot of the policy assignment/.test(e.text ?? ''))).toBe(true);
  });

  it('reading requests answer at once: who the admins are, my tickets, the report', async () => {
    expect(visibleText(await bot.send(messageActivity('who are the admins here?', alex, chats.alex)))).toMatch(/Gina Admin/);
    expect(visibleText(await bot.send(messageActivity('что там с моими заявками?', alex, chats.alex, 'ru-RU')))).toMatch(/№\s?2/);
    expect(visibleText(await bot.send(messageActivity('send me the helpdesk stats as a csv file', dana, chats.dana)))).toMatch(/csv/i);
  });

  it('a member’s tickets are listed with their questions; a refused role change names the admins', async () => {
    expect(visibleText(await bot.send(messageActivity('any update on the stuff I raised?', alex, chats.alex)))).toMatch(/Exchange 2019 transport service/);
    expect(visibleText(await bot.send(messageActivity(`grant helpdesk ${alex.aadObjectId}`, alex, chats.alex)))).toMatch(/Gina Admin/);
  });

  it('a resolved ticket reopened in one’s own words says it is reopened', async () => {
    const resolve = await bot.send(messageActivity('mark ticket 2 as solved', dana, chats.dana));
    await bot.send(submitActivity(confirmButton(resolve, /^Resolve/), dana, chats.dana));
    const reopen = await bot.send(messageActivity('the user says #2 is broken again, reopen it', dana, chats.dana));
    expect(visibleText(await bot.send(submitActivity(confirmButton(reopen, /^Reopen/), dana, chats.dana)))).toMatch(/reopened/);
  });

  it('a case told with a number that has letters, even in the past, gets one sentence and nothing is recorded', async () => {
    const before = (await store.cases.list(TENANT_A)).length;
    const replies = await bot.send(messageActivity('on-prem case 88AB12, we opened it yesterday', admin, chats.admin));
    expect(visibleText(replies)).toMatch(/88AB12/);
    expect(visibleText(replies)).toMatch(/number/i);
    expect(buttonsOf(replies).map((b) => b.title)).not.toContain('Record');
    expect((await store.cases.list(TENANT_A)).length).toBe(before);
  });

  it('a role given in one’s own words is confirmed first; the README’s command acts at once', async () => {
    const carol = person('Carol New');
    const replies = await bot.send(messageActivity(`please give the helpdesk role to ${carol.aadObjectId}, she joined the service desk today`, admin, chats.admin));
    expect(buttonsOf(replies).length).toBeGreaterThan(0);
    expect((await store.roles.list(TENANT_A)).some((g) => g.aadObjectId === carol.aadObjectId)).toBe(false);
    await bot.send(submitActivity(confirmButton(replies, /^Grant/), admin, chats.admin));
    expect((await store.roles.list(TENANT_A)).some((g) => g.aadObjectId === carol.aadObjectId && g.role === 'helpdesk')).toBe(true);
    expect(visibleText(await bot.send(messageActivity(`revoke helpdesk ${carol.aadObjectId}`, admin, chats.admin)))).toMatch(/no longer has the role/);
  });

  it('French around English labels is answered in French; the profile and the IDs asked in other words', async () => {
    const fr = await bot.send(messageActivity('Nouveaux identifiants reçus ! Access ID : ACC-FR-12, Contract ID : CON-FR-12', admin, chats.admin, 'fr-FR'));
    expect(visibleText(fr)).toMatch(/Enregistrer|Modifier|Annuler/);
    expect(visibleText(await bot.send(messageActivity('что у нас сейчас записано в профиле партнёра?', alex, chats.alex, 'ru-RU')))).toMatch(/Gold/);
    expect(visibleText(await bot.send(messageActivity('coucou, c’est quoi nos Access ID et Contract ID déjà ?', alex, chats.alex, 'fr-FR')))).toMatch(/ACC-OWN-1/);
  });

  it('the IDs asked loosely ("an access code and a contract number, do we have them?"); the queue without an owner', async () => {
    expect(visibleText(await bot.send(messageActivity('Azure wants an access code and the contract number from me, do we have them somewhere?', alex, chats.alex)))).toMatch(/ACC-OWN-1/);
    expect(visibleText(await bot.send(messageActivity('anything left there with no owner?', dana, chats.dana)))).toMatch(/Helpdesk queue: unassigned/i);
  });

  it('"let tickets come to this channel" is no request for a person', async () => {
    const replies = await bot.send(messageActivity('давайте заявки хелпдеска будут приходить в этот чат', admin, chats.admin, 'ru-RU'));
    expect(visibleText(replies)).not.toMatch(/Создать заявку/);
  });

  it('an admin replacing the active IDs sees them in full in the personal chat, and Save records them', async () => {
    const replies = await bot.send(messageActivity('we renewed the partner contract: new access id ACC-NEW-77, contract id CON-NEW-77, please replace the old ones', admin, chats.admin));
    expect(visibleText(replies)).toMatch(/ACC-NEW-77/);
    expect(visibleText(replies)).toMatch(/CON-NEW-77/);
    expect((await store.benefits.get(TENANT_A)).accessId).toBe('ACC-OWN-1');
    await bot.send(submitActivity(confirmButton(replies, /^Save$/), admin, chats.admin));
    const saved = await store.benefits.get(TENANT_A);
    expect([saved.accessId, saved.contractId, saved.state]).toEqual(['ACC-NEW-77', 'CON-NEW-77', 'active']);
  });

  it('a role given by a person’s name is confirmed with their name and granted to the person the bot knows by it', async () => {
    const replies = await bot.send(messageActivity('выдай, пожалуйста, Алексу Киму роль хелпдеска', admin, chats.admin, 'ru-RU'));
    expect(visibleText(replies)).toMatch(/Alex Kim/);
    expect((await store.roles.list(TENANT_A)).some((g) => g.aadObjectId === alex.aadObjectId && g.role === 'helpdesk')).toBe(false);
    await bot.send(submitActivity(confirmButton(replies, /^Выдать$/), admin, chats.admin, 'ru-RU'));
    expect((await store.roles.list(TENANT_A)).some((g) => g.aadObjectId === alex.aadObjectId && g.role === 'helpdesk')).toBe(true);
    await bot.send(messageActivity(`revoke helpdesk ${alex.aadObjectId}`, admin, chats.admin));
    expect((await store.roles.list(TENANT_A)).some((g) => g.aadObjectId === alex.aadObjectId && g.role === 'helpdesk')).toBe(false);
  });

  it('a role given by the name of someone who has only chatted with the bot: found in their personal chat, granted once confirmed', async () => {
    const nora = person('Nora Quinn');
    await bot.send(messageActivity('hi', nora, personalChat(TENANT_A)));
    const replies = await bot.send(messageActivity('please make Nora Quinn a helpdesk member', admin, chats.admin));
    expect(visibleText(replies)).toMatch(/Nora Quinn/);
    await bot.send(submitActivity(confirmButton(replies, /^Grant$/), admin, chats.admin));
    expect((await store.roles.list(TENANT_A)).some((g) => g.aadObjectId === nora.aadObjectId && g.role === 'helpdesk')).toBe(true);
    await bot.send(messageActivity(`revoke helpdesk ${nora.aadObjectId}`, admin, chats.admin));
  });

  it('a role given to a name the bot does not know: the name and how to give it by object id, nothing proposed', async () => {
    const replies = await bot.send(messageActivity('please give Zoe Quartermaine the helpdesk role', admin, chats.admin));
    expect(visibleText(replies)).toMatch(/Zoe Quartermaine[^]*object id/i);
    expect(buttonsOf(replies)).toEqual([]);
  });

  it('one scenario through the runner: the assignment to a named colleague, written in Russian', async () => {
    const scenario: Scenario = {
      id: 'own-ru-assign', lang: 'ru', kind: 'admin', who: 'admin', where: 'helpdeskChannel',
      setup: { queue: true, tickets: [{ question: 'SQL Server 2019 failover cluster does not start' }] },
      turns: ['отдай заявку 1 Дане, она в SQL разбирается', { press: /^Назначить$/ }],
      expect: { state: { ticket: { n: 1, status: 'assigned', assignedTo: 'Dana Lee' } } },
    };
    const runner = await startBot({ LOG_LEVEL: 'warn' }, { ...scenarioBotOptions, store });
    try {
      expect((await runScenario(runner, scenario)).problems).toEqual([]);
    } finally {
      await runner.app.close();
      await runner.connector.close();
    }
  });
});

/**
 * Mechanisms found after set I became a regression set, each as a scenario in our own wordings (a fresh
 * organization per scenario, the real bot over HTTP, the records checked afterwards), on each store.
 */
const MECHANISMS: Scenario[] = [
  {
    id: 'own-correct-after-cancel', lang: 'en', kind: 'admin', who: 'admin', where: 'personal',
    setup: { activated: true, profile: { tier: 'gold', cloudCompetency: false } },
    turns: ['please log cloud case 5561111 with Microsoft, opened today', { press: /^Cancel$/ }, 'my mistake, the number is 5561112 and it was on-prem', { press: /^Record$/ }],
    expect: { state: { casesRecorded: 1, caseNumber: { number: '5561112', present: true, supportType: 'onPremises' } } },
  },
  {
    id: 'own-correct-open-proposal', lang: 'ru', kind: 'admin', who: 'admin', where: 'personal',
    setup: { activated: true, profile: { tier: 'silver', cloudCompetency: false } },
    turns: ['запиши облачное обращение 5563333 в Microsoft, открыто сегодня', 'нет, не облачное, а локальное, номер тот же', { press: /^Записать$/ }],
    expect: { state: { casesRecorded: 1, caseNumber: { number: '5563333', present: true, supportType: 'onPremises' } } },
  },
  {
    id: 'own-number-told', lang: 'fr', kind: 'admin', who: 'admin', where: 'personal',
    setup: { activated: true, profile: { tier: 'gold', cloudCompetency: true } },
    turns: ['5564444 : cloud, ouvert hier, tu peux le noter ?', { press: /^Enregistrer$/ }],
    expect: { state: { casesRecorded: 1, caseNumber: { number: '5564444', present: true, supportType: 'cloud' } } },
  },
  {
    id: 'own-ids-labelled', lang: 'en', kind: 'admin', who: 'admin', where: 'personal',
    setup: {},
    turns: ['got them from Partner Center: the contract one is CON-77AB-12, the access one ACC-99XY-34. save please', { press: /^Save$/ }],
    expect: { state: { activated: true, accessId: 'ACC-99XY-34', contractId: 'CON-77AB-12' } },
  },
  {
    id: 'own-third-person', lang: 'en', kind: 'helpdesk', who: 'helpdesk', where: 'helpdeskChannel',
    setup: { queue: true, tickets: [{ question: 'Defender for Endpoint onboarding fails' }, { question: 'Exchange Online mail flow rule question' }] },
    turns: ['let Dana handle #2, she owns Exchange', { press: /^Assign$/ }],
    expect: { state: { ticket: { n: 2, status: 'assigned', assignedTo: 'Dana Lee' } } },
  },
  {
    id: 'own-my-status', lang: 'fr', kind: 'member', who: 'member', where: 'personal',
    setup: { queue: true, tickets: [{ question: 'Licence Visio introuvable', by: 'me', state: 'waiting' }, { question: 'Imprimante du 3e étage', by: 'colleague' }] },
    turns: ['où en est ma demande ? quelqu’un a répondu ?'],
    expect: { anywhere: [/Visio/], never: [/Imprimante/] },
  },
  {
    id: 'own-ask-helpdesk-cancel', lang: 'en', kind: 'member', who: 'member', where: 'personal',
    setup: { queue: true },
    turns: ['this is not helping, I would like a person from our support to look at it', { press: /^Cancel$/ }],
    expect: { anywhere: [/no ticket was created/i], state: { ticketCount: 0 } },
  },
  {
    id: 'own-ticket-of-person', lang: 'fr', kind: 'helpdesk', who: 'helpdesk', where: 'helpdeskChannel',
    setup: { queue: true, tickets: [{ question: 'VPN coupe toutes les heures' }, { question: 'Imprimante bloquée', by: 'colleague', state: 'resolved' }] },
    turns: ['le ticket d’Alex est réglé, tu peux le fermer', { press: /^Fermer$/ }],
    expect: { state: { ticket: { n: 1, status: 'closed' } } },
  },
  {
    id: 'own-typed-yes', lang: 'ru', kind: 'admin', who: 'admin', where: 'personal',
    setup: { activated: true, profile: { tier: 'gold', cloudCompetency: false } },
    turns: ['запиши облачный кейс 5568888, открыт вчера', 'да, записывай'],
    expect: { state: { casesRecorded: 1, caseNumber: { number: '5568888', present: true, supportType: 'cloud' } } },
  },
  {
    id: 'own-typed-no', lang: 'fr', kind: 'admin', who: 'admin', where: 'personal',
    setup: { activated: true, profile: { tier: 'gold', cloudCompetency: false } },
    turns: ['enregistre le dossier 5569999 cloud ouvert hier', 'non, annule'],
    expect: { anywhere: [/Annulé/], state: { casesRecorded: 0 } },
  },
  {
    id: 'own-yes-elsewhere', lang: 'en', kind: 'admin', who: 'admin', where: 'personal',
    setup: { activated: true, profile: { tier: 'gold', cloudCompetency: false } },
    turns: ['please log on-prem case 5567777 opened today', 'how many cloud incidents does Silver get?', 'yes'],
    expect: { noButtons: [/^Record$/], state: { casesRecorded: 0 } },
  },
  {
    id: 'own-ids-two-messages', lang: 'en', kind: 'admin', who: 'admin', where: 'personal',
    setup: {},
    turns: ['Partner Center shows our Access ID: ACC-3Z-771', 'Contract ID = CTR-88-QP1', { press: /^Save$/ }],
    expect: { state: { activated: true, accessId: 'ACC-3Z-771', contractId: 'CTR-88-QP1' } },
  },
  {
    id: 'own-ids-two-messages-corrected', lang: 'ru', kind: 'admin', who: 'admin', where: 'personal',
    setup: {},
    turns: ['Contract ID у нас CTR-55-RUX', 'а Access ID: ACC-55-RU1', 'нет, ошибся, Contract ID CTR-55-RU2', { press: /^Сохранить$/ }],
    expect: { state: { activated: true, accessId: 'ACC-55-RU1', contractId: 'CTR-55-RU2' } },
  },
  {
    id: 'own-ids-two-messages-loosely-then-typo', lang: 'en', kind: 'admin', who: 'admin', where: 'personal',
    setup: {},
    turns: ['the Access ID that Partner Center shows us: ACC-9Q-441', 'and the contract one: CTR-12-ZZ', 'sorry, typo, the contract one is really CTR-12-ZY', { press: /^Save$/ }],
    expect: { state: { activated: true, accessId: 'ACC-9Q-441', contractId: 'CTR-12-ZY' } },
  },
  {
    id: 'own-ids-two-messages-fr', lang: 'fr', kind: 'admin', who: 'admin', where: 'personal',
    setup: {},
    turns: ['Access ID reçu de Partner Center : ACC-FR-771', 'Contract ID : CTR-FR-990', { press: /^Enregistrer$/ }],
    expect: { state: { activated: true, accessId: 'ACC-FR-771', contractId: 'CTR-FR-990' } },
  },
  {
    id: 'own-ids-one-only', lang: 'fr', kind: 'admin', who: 'admin', where: 'personal',
    setup: {},
    turns: ['le Contract ID est CTR-77-FR1', 'on en reparle plus tard'],
    expect: { state: { activated: false } },
  },
  {
    id: 'own-role-name-then-pronoun', lang: 'ru', kind: 'admin', who: 'admin', where: 'personal',
    setup: { tickets: [{ question: 'Где открыть запрос по Exchange Server?' }] },
    turns: ['С понедельника Алекс Ким работает с заявками — дай ему роль хелпдеска', { press: /^(Выдать|Назначить|Подтвердить)/ }],
    expect: { anywhere: [/Alex Kim/] },
  },
  {
    id: 'own-role-by-what-they-will-do', lang: 'en', kind: 'admin', who: 'admin', where: 'personal',
    setup: { tickets: [{ question: 'Where do I open an Exchange Server request?' }] },
    turns: ['Alex Kim moves to our support team on Monday, please make sure he is able to handle the tickets', { press: /^(Grant|Give|Confirm)/ }],
    expect: { anywhere: [/Alex Kim/] },
  },
  {
    id: 'own-reopen-in-thread-imperative', lang: 'ru', kind: 'helpdesk', who: 'helpdesk', where: 'ticketThread', ticket: 1,
    setup: { queue: true, tickets: [{ question: 'Exchange Server 2019 не запускается после обновления', state: 'resolved' }] },
    turns: ['Заказчик говорит, что всё опять сломалось, откройте эту заявку заново', { press: /^Открыть снова$/ }],
    expect: { state: { ticketCount: 1, ticket: { n: 1, status: 'assigned' } } },
  },
  {
    id: 'own-ticket-by-content-en', lang: 'en', kind: 'helpdesk', who: 'helpdesk', where: 'personal',
    setup: { queue: true, tickets: [{ question: 'Exchange Server 2019 mailbox database will not mount, on-prem case?' }, { question: 'Teams calling drops every hour, is that cloud?' }] },
    turns: ['I will grab the Teams calling one', { press: /^Take it$/ }],
    expect: { state: { ticket: { n: 2, status: 'assigned', assignedTo: 'me' } } },
  },
  {
    id: 'own-ticket-by-content-ru', lang: 'ru', kind: 'helpdesk', who: 'helpdesk', where: 'personal',
    setup: { queue: true, tickets: [{ question: 'SharePoint Server 2019: поиск не работает после обновления' }, { question: 'Exchange Online не доставляет почту' }] },
    turns: ['возьму заявку про SharePoint', { press: /^Взять$/ }],
    expect: { state: { ticket: { n: 1, status: 'assigned', assignedTo: 'me' } } },
  },
  {
    id: 'own-ticket-by-content-fr-close', lang: 'fr', kind: 'helpdesk', who: 'helpdesk', where: 'personal',
    setup: { queue: true, tickets: [{ question: 'Exchange Online ne distribue plus le courrier', state: 'resolved' }, { question: 'SharePoint Server 2019 : la recherche ne marche plus', state: 'assigned' }] },
    turns: ['ferme le ticket Exchange Online, c’est réglé', { press: /^Fermer$/ }],
    expect: { state: { ticket: { n: 1, status: 'closed' } } },
  },
  {
    id: 'own-ticket-of-the-second-person-named', lang: 'en', kind: 'helpdesk', who: 'helpdesk', where: 'helpdeskChannel',
    setup: { queue: true, tickets: [{ question: 'Partner Center says You are not authorized for this action' }] },
    turns: ['Dana Lee is better with portals, pass Alex’s ticket to her', { press: /^Assign$/ }],
    expect: { state: { ticket: { n: 1, status: 'assigned', assignedTo: 'Dana Lee' } } },
  },
  {
    id: 'own-queue-still-open', lang: 'en', kind: 'helpdesk', who: 'helpdesk', where: 'personal',
    setup: { queue: true, tickets: [{ question: 'Exchange Server 2019 mailbox database will not mount' }, { question: 'Teams calling drops every hour', state: 'assigned' }] },
    turns: ['Hi, I am covering for Dana today. What is still open?'],
    expect: { anywhere: [/Exchange Server 2019/, /Teams calling/] },
  },
  {
    id: 'own-queue-not-taken-fr', lang: 'fr', kind: 'helpdesk', who: 'helpdesk', where: 'personal',
    setup: { queue: true, tickets: [{ question: 'Exchange Online ne distribue plus le courrier' }, { question: 'SharePoint Server 2019 : la recherche ne marche plus', state: 'assigned' }] },
    turns: ['je remplace Dana : qu’est-ce qui n’est pas encore pris ?'],
    expect: { anywhere: [/Exchange Online/], never: [/SharePoint Server 2019 : la recherche/] },
  },
  {
    id: 'own-queue-waiting-ru', lang: 'ru', kind: 'helpdesk', who: 'helpdesk', where: 'personal',
    setup: { queue: true, tickets: [{ question: 'Exchange Online не доставляет почту', state: 'waiting' }, { question: 'SharePoint Server 2019: поиск не работает' }] },
    turns: ['что у нас ждёт ответа от пользователей?'],
    expect: { anywhere: [/Exchange Online/], never: [/SharePoint Server 2019: поиск/] },
  },
  {
    id: 'own-case-day-of-month', lang: 'en', kind: 'admin', who: 'admin', where: 'personal',
    setup: { activated: true },
    turns: ['please log cloud case 3391234 for the count, it was opened on the 3rd'],
    expect: { anywhere: [/2026-12-03/], buttons: [/^Record$/], state: { casesRecorded: 0 } },
  },
  {
    id: 'own-case-day-of-month-ru', lang: 'ru', kind: 'admin', who: 'admin', where: 'personal',
    setup: { activated: true },
    turns: ['запиши облачный кейс 3391235, открыли 4-го числа', { press: /^Записать$/ }],
    expect: { state: { caseNumber: { number: '3391235', present: true, supportType: 'cloud' } } },
  },
  {
    id: 'own-role-join-helpdesk', lang: 'en', kind: 'admin', who: 'admin', where: 'personal',
    setup: { tickets: [{ question: 'Where do I open an Exchange Server request?' }] },
    turns: ['Marc asked that Alex Kim join the helpdesk next week, can you arrange it?', { press: /^Grant$/ }],
    expect: { anywhere: [/Alex Kim/] },
  },
  {
    id: 'own-role-leave-helpdesk-fr', lang: 'fr', kind: 'admin', who: 'admin', where: 'personal',
    setup: { tickets: [{ question: 'SharePoint Server 2019 : la recherche ne marche plus', state: 'assigned' }] },
    turns: ['Dana Lee change d’équipe, retire Dana Lee du helpdesk', { press: /^(Retirer|Révoquer)/ }],
    expect: { anywhere: [/Dana Lee/] },
  },
  {
    id: 'own-my-ticket-by-content', lang: 'en', kind: 'member', who: 'member', where: 'personal',
    setup: { queue: true, tickets: [{ question: 'Teams calling drops every hour' }, { question: 'Exchange Server 2019 mailbox database will not mount', by: 'me', state: 'assigned' }] },
    turns: ['is somebody actually looking at my Exchange question?'],
    expect: { anywhere: [/Exchange Server 2019/], never: [/Teams calling/] },
  },
  {
    id: 'own-the-x-one-resolved', lang: 'en', kind: 'helpdesk', who: 'helpdesk', where: 'personal',
    setup: { queue: true, tickets: [{ question: 'Teams calling drops every hour', state: 'assigned' }, { question: 'Exchange Server 2019 mailbox database will not mount', state: 'assigned' }] },
    turns: ['the Exchange one is fixed, mark it resolved', { press: /^Resolve$/ }],
    expect: { state: { ticket: { n: 2, status: 'resolved' } } },
  },
  {
    id: 'own-that-ticket-about-resolved-ru', lang: 'ru', kind: 'helpdesk', who: 'helpdesk', where: 'personal',
    setup: { queue: true, tickets: [{ question: 'SharePoint Server 2019: поиск не работает', state: 'assigned' }, { question: 'Exchange Online не доставляет почту', state: 'assigned' }] },
    turns: ['с Exchange разобрались, отметь ту заявку как решённую', { press: /^Решена$/ }],
    expect: { state: { ticket: { n: 2, status: 'resolved' } } },
  },
  {
    id: 'own-celui-sur-take-fr', lang: 'fr', kind: 'helpdesk', who: 'helpdesk', where: 'helpdeskChannel',
    setup: { queue: true, tickets: [{ question: 'SharePoint Server 2019 : la recherche ne marche plus' }, { question: 'Exchange Online ne distribue plus le courrier' }] },
    turns: ['je prends celui sur Exchange', { press: /^Prendre le ticket$/ }],
    expect: { state: { ticket: { n: 2, status: 'assigned', assignedTo: 'me' } } },
  },
  {
    id: 'own-close-imperfective-ru', lang: 'ru', kind: 'helpdesk', who: 'helpdesk', where: 'personal',
    setup: { queue: true, tickets: [{ question: 'Exchange Online не доставляет почту', state: 'assigned' }, { question: 'SharePoint Server 2019: поиск не работает', state: 'resolved' }] },
    turns: ['заявку про SharePoint можно закрывать', { press: /^Закрыть$/ }],
    expect: { state: { ticket: { n: 2, status: 'closed' } } },
  },
  {
    id: 'own-the-cloud-one-resolved', lang: 'en', kind: 'helpdesk', who: 'helpdesk', where: 'personal',
    setup: { queue: true, tickets: [{ question: 'Azure AD sync fails for new users', state: 'assigned' }, { question: 'Exchange Server 2019 mailbox database will not mount', state: 'assigned' }] },
    turns: ['the Azure AD one is done, mark it resolved please', { press: /^Resolve$/ }],
    expect: { state: { ticket: { n: 1, status: 'resolved' } } },
  },
  {
    id: 'own-shift-taken-over-unassigned-fr', lang: 'fr', kind: 'helpdesk', who: 'helpdesk', where: 'personal',
    setup: { queue: true, tickets: [{ question: 'Exchange Online ne distribue plus le courrier' }, { question: 'SharePoint Server 2019 : la recherche ne marche plus', state: 'assigned' }] },
    turns: ['je prends la relève ce matin, lesquels personne n’a encore pris ?'],
    expect: { anywhere: [/Exchange Online/], never: [/SharePoint Server 2019 : la recherche/] },
  },
  {
    id: 'own-report-period', lang: 'ru', kind: 'admin', who: 'admin', where: 'personal',
    setup: { queue: true, tickets: [{ question: 'Вопрос по Intune' }] },
    turns: ['сколько заявок было у хелпдеска в этом месяце?'],
    expect: { anywhere: [/Отч[её]т/] },
  },
];

describeEachStore('own words: corrections, third persons and periods, as scenarios', (factory) => {
  let store: Store;
  let runner: RunningBot;
  beforeAll(async () => {
    store = await factory.open();
    runner = await startBot({ LOG_LEVEL: 'warn' }, { ...scenarioBotOptions, store });
  });
  afterAll(async () => {
    await runner.app.close();
    await runner.connector.close();
    await store.close();
  });

  it.each(MECHANISMS.map((m) => [m.id, m] as const))('%s', async (_id, scenario) => {
    expect((await runScenario(runner, scenario)).problems).toEqual([]);
  });
});

describe('a channel post that is no ticket’s thread', () => {
  it('is read as any message: "our IDs" in a channel thread shows the IDs card, not a reply to a ticket', async () => {
    const admin = person('thread-admin');
    const member = person('thread-member');
    const bot = await startBot({ BOOTSTRAP_ADMINS: admin.aadObjectId, LOG_LEVEL: 'warn' });
    try {
      await bot.send(messageActivity('hi', admin, personalChat(TENANT_A)));
      await bot.app.store.benefits.recordActivation(TENANT_A, { accessId: 'ACC-TH-1', contractId: 'CON-TH-1' }, { userId: 's' }, 's', 'thread-k');
      // Teams threads every channel post: its replies carry ;messageid= of a post that is no ticket card.
      const thread: Where = { tenantId: TENANT_A, conversationId: '19:general@thread.tacv2;messageid=1765100000000', conversationType: 'channel' };
      const text = visibleText(await bot.send(messageActivity('<at>Partner Benefits Assistant</at> our IDs', member, thread)));
      expect(text).toMatch(/Access ID and Contract ID/);
      expect(text).not.toMatch(/work on tickets/);
      expect(text).not.toContain('ACC-TH-1');
    } finally {
      await bot.close();
    }
  });
});
