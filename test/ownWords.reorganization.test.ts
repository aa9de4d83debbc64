import { startBot, RunningBot } from './support/botServer';
import { runScenario, scenarioBotOptions } from './support/scenarioRunner';
import { describeEachStore } from './support/stores';
import type { Scenario } from './fixtures/scenarioTypes';
import type { Store } from '../src/store';

/**
 * A week of changes in the team, in our own wordings: people named by first name at the start of a sentence ("Alex
 * is joining…", "Дана уходит…"), a role given to "him" named earlier, the helpdesk's members asked for, work handed
 * over, the queue viewed by what is waiting, and a case already in the ledger. Each scenario on a fresh organization,
 * the real bot over HTTP, the records checked afterwards, on each store. People of the runner's organization: Gina
 * Admin (Global admin), Alex Kim (member), Dana Lee (helpdesk).
 */
const GRANT = /^(?!.*(cancel|отмен|annul)).*(grant|выдать|attribuer|accorder|donner)/i;
const REVOKE = /^(?!.*(cancel|отмен|annul)).*(revoke|отозвать|забрать|retirer)/i;
const TICKETS = [
  { question: 'Hyper-V replica stopped syncing' },
  { question: 'Defender for Endpoint onboarding script fails', state: 'waiting' as const },
  { question: 'SharePoint Server search crawl is stuck', state: 'assigned' as const },
];

const SCENARIOS: Scenario[] = [
  { id: 'reorg-en-grant-pronoun', lang: 'en', kind: 'admin', who: 'admin', where: 'personal', setup: { queue: true },
    turns: ['Alex starts on the service desk next week, so please set him up with the helpdesk role', { press: GRANT }],
    expect: { state: { helpdeskRole: { who: 'Alex Kim', has: true } } } },
  { id: 'reorg-ru-grant-first-word', lang: 'ru', kind: 'admin', who: 'admin', where: 'personal', setup: { queue: true },
    turns: ['Алекс теперь будет разбирать заявки с нами, выдай ему роль helpdesk', { press: GRANT }],
    expect: { state: { helpdeskRole: { who: 'Alex Kim', has: true } } } },
  { id: 'reorg-fr-revoke-first-word', lang: 'fr', kind: 'admin', who: 'admin', where: 'personal', setup: { queue: true },
    turns: ['Dana change d’équipe lundi, enlève-lui le rôle helpdesk', { press: REVOKE }],
    expect: { state: { helpdeskRole: { who: 'Dana Lee', has: false } } } },
  { id: 'reorg-en-not-the-one-after-from', lang: 'en', kind: 'admin', who: 'admin', where: 'personal', setup: { queue: true },
    turns: ['Alex Kim takes over the queue while Dana is away. Can you give him the helpdesk role?', { press: GRANT }],
    expect: { anywhere: [/Alex Kim/], state: { helpdeskRole: { who: 'Alex Kim', has: true } } } },
  { id: 'reorg-en-who-on-helpdesk', lang: 'en', kind: 'admin', who: 'admin', where: 'personal', setup: { queue: true },
    turns: ['who works on the service desk now?'], expect: { anywhere: [/Dana Lee/] } },
  { id: 'reorg-fr-who-on-helpdesk', lang: 'fr', kind: 'admin', who: 'admin', where: 'personal', setup: { queue: true },
    turns: ['c’est qui, au support interne, en ce moment ?'], expect: { anywhere: [/Dana Lee/] } },
  { id: 'reorg-ru-handover', lang: 'ru', kind: 'helpdesk', who: 'helpdesk', where: 'personal', setup: { queue: true, tickets: TICKETS },
    turns: ['подменяю коллегу до пятницы, что там у нас висит?'], expect: { anywhere: [/Hyper-V/, /SharePoint/] } },
  { id: 'reorg-en-handover-not-ids', lang: 'en', kind: 'admin', who: 'admin', where: 'personal', setup: { activated: true },
    turns: ['I am taking over from Gina next month, what Access ID and Contract ID do we have on file?'],
    expect: { anywhere: [/AID-7Q2K-99/, /CID-5521-XY/] } },
  { id: 'reorg-en-waiting-count', lang: 'en', kind: 'helpdesk', who: 'helpdesk', where: 'personal', setup: { queue: true, tickets: TICKETS },
    turns: ['which tickets are stuck waiting for the person who asked?'], expect: { lead: [/waiting/i, /(^|[^0-9])1([^0-9]|$)/], never: [/Hyper-V/, /SharePoint/] } },
  { id: 'reorg-fr-case-already', lang: 'fr', kind: 'admin', who: 'admin', where: 'personal',
    setup: { activated: true, cases: [{ supportType: 'cloud', caseNumber: '5512345', openedOn: '2026-12-02' }] },
    turns: ['note le dossier cloud 5512345 ouvert avant-hier'], expect: { anywhere: [/déjà/i], state: { casesRecorded: 1 } } },
  { id: 'reorg-en-put-on-helpdesk', lang: 'en', kind: 'admin', who: 'admin', where: 'personal', setup: { queue: true },
    turns: ['our manager wants me to put Alex on the service desk from Monday', { press: GRANT }],
    expect: { state: { helpdeskRole: { who: 'Alex Kim', has: true } } } },
  { id: 'reorg-fr-revoke-access', lang: 'fr', kind: 'admin', who: 'admin', where: 'personal', setup: { queue: true },
    turns: ['Dana rejoint la compta, retire-lui son accès au helpdesk', { press: REVOKE }],
    expect: { state: { helpdeskRole: { who: 'Dana Lee', has: false } } } },
  { id: 'reorg-en-start-with', lang: 'en', kind: 'helpdesk', who: 'helpdesk', where: 'personal', setup: { queue: true, tickets: [{ question: 'Hyper-V replica stopped syncing' }, { question: 'Exchange 2016 queue is growing' }] },
    turns: ['new here, I will begin with number 2', { press: /^(?!.*cancel).*(assign|take)/i }],
    expect: { state: { ticket: { n: 2, status: 'assigned', assignedTo: 'me' } } } },
  { id: 'reorg-en-put-me-on-it', lang: 'en', kind: 'helpdesk', who: 'helpdesk', where: 'personal', setup: { queue: true, tickets: [{ question: 'Hyper-V replica stopped syncing' }, { question: 'Exchange 2016 queue is growing' }] },
    turns: ['the Exchange queue one, put me on it', { press: /^(?!.*cancel).*(assign|take)/i }],
    expect: { state: { ticket: { n: 2, status: 'assigned', assignedTo: 'me' } } } },
  { id: 'reorg-en-reopen-his', lang: 'en', kind: 'helpdesk', who: 'helpdesk', where: 'personal', setup: { queue: true, tickets: [{ question: 'Hyper-V replica stopped syncing', state: 'resolved' }] },
    turns: ['Alex writes that replication broke again, please open his ticket back up', { press: /^(?!.*cancel).*(reopen|open)/i }],
    expect: { anywhere: [/re-?open/i], state: { ticketCount: 1 } } },
  { id: 'reorg-ru-move-queue', lang: 'ru', kind: 'admin', who: 'admin', where: 'teamChannel', setup: { queue: true },
    turns: ['переезжаем: очередь заявок теперь будет здесь', { press: /^(?!.*отмен).*(использ|сделать|перен|да)/i }],
    expect: { state: { queueHere: true } } },
  { id: 'reorg-en-add-it-back', lang: 'en', kind: 'admin', who: 'admin', where: 'personal', setup: { activated: true, cases: [{ supportType: 'onPremises', caseNumber: '6640021', openedOn: '2026-11-18' }] },
    turns: ['6640021 is in there as on-prem but it was a cloud one, remove it from the ledger', { press: /^(?!.*cancel).*(remove|delete)/i }, 'and record it again as cloud, opened 18 November', { press: /^(?!.*cancel).*(record|save)/i }],
    expect: { state: { casesRecorded: 1, caseNumber: { number: '6640021', present: true, supportType: 'cloud' } } } },
  { id: 'reorg-en-ids-for-colleague', lang: 'en', kind: 'member', who: 'member', where: 'personal', setup: { activated: true },
    turns: ['Alex is linking support in Azure today and asked me to grab the access and contract IDs for him'],
    expect: { anywhere: [/AID-7Q2K-99/, /CID-5521-XY/] } },
  { id: 'reorg-fr-news-of-what-i-sent', lang: 'fr', kind: 'member', who: 'member', where: 'personal',
    setup: { queue: true, tickets: [{ question: 'Hyper-V : la réplication ne se fait plus', by: 'me' }, { question: 'Exchange 2016 : la file grossit', by: 'colleague' }] },
    turns: ['des nouvelles de ce que j’ai signalé au support lundi ?'], expect: { anywhere: [/Hyper-V/], never: [/Exchange/], state: { ticketCount: 2 } } },
  { id: 'reorg-fr-remind-profile', lang: 'fr', kind: 'admin', who: 'admin', where: 'personal', setup: { profile: { tier: 'silver', cloudCompetency: false } },
    turns: ['rappelle-moi quelle adhésion on a enregistrée'], expect: { anywhere: [/Silver/] } },
];

describeEachStore('a week of changes in the team, in people’s own words', (factory) => {
  let store: Store;
  let bot: RunningBot;
  beforeAll(async () => {
    store = await factory.open();
    bot = await startBot({ LOG_LEVEL: 'warn', MAX_OPEN_TICKETS_PER_MEMBER: '20' }, { ...scenarioBotOptions, store });
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s', async (_id, scenario) => {
    const outcome = await runScenario(bot, scenario);
    expect(outcome.problems).toEqual([]);
  });
});
