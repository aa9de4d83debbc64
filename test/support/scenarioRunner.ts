import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import { executeActivity, messageActivity, person, Person, Where } from './activities';
import { Reply, RunningBot, visibleText } from './botServer';
import { deliverAll, FAST_OUTBOX } from './helpdesk';
import { Button, buttonsOf, firstSentence, languageProblem, replyProblems, short } from './heldoutRunner';
import type { Lang, Scenario, StateExpectation } from '../fixtures/scenarioTypes';

/**
 * Runs one held-out scenario of the "own words" issue through the real bot over HTTP: a fresh organization
 * (tenant) with the scenario's setup made as people would make it (roles in the roster, the activation and
 * profile recorded, the queue set with `helpdesk here` in a channel, tickets created from a member's chat and
 * worked with the ticket card's actions), the scenario's person typing in the scenario's place, button presses
 * sent as Teams sends them, and the expectations checked on the replies and on the organization's records.
 */

const LOCALE_TAG: Record<Lang, string> = { en: 'en-US', ru: 'ru-RU', fr: 'fr-FR' };
const BOT_MENTION = '<at>Partner Benefits Assistant</at> ';
export const SCENARIO_IDS = { accessId: 'AID-7Q2K-99', contractId: 'CID-5521-XY' };

interface Org {
  tenantId: string;
  me: Person;
  admin: Person;
  colleague: Person;
  dana: Person;
  chats: Map<string, Where>;
  channel: Where;
}

function chatOf(org: Org, p: Person): Where {
  let w = org.chats.get(p.id);
  if (!w) {
    w = { tenantId: org.tenantId, conversationId: `a:personal-${randomUUID()}`, conversationType: 'personal' };
    org.chats.set(p.id, w);
  }
  return w;
}

async function setUp(bot: RunningBot, s: Scenario): Promise<Org> {
  const tenantId = randomUUID();
  const store = bot.app.store;
  const admin = person('Gina Admin');
  const colleague = person('Alex Kim');
  const dana = person('Dana Lee');
  const me =
    s.who === 'admin' ? admin : s.who === 'helpdesk' ? dana : s.who === 'outsider'
      ? (s.where === 'personal' ? { ...person('Olga Guest'), role: 'guest' as const } : person('Olga Outsider', randomUUID()))
      : person('Sam Member');
  const org: Org = { tenantId, me, admin, colleague, dana, chats: new Map(), channel: { tenantId, conversationId: `19:queue-${randomUUID()}@thread.tacv2`, conversationType: 'channel' } };
  const seed = { userId: 'seed', name: 'seed' };
  await store.roles.grant(tenantId, { aadObjectId: admin.aadObjectId, name: admin.name }, 'globalAdmin', seed, 'seed');
  await store.roles.grant(tenantId, { aadObjectId: dana.aadObjectId, name: dana.name }, 'helpdesk', seed, 'seed');
  const setup = s.setup;
  if (setup.activated) {
    await store.benefits.recordActivation(tenantId, { ...SCENARIO_IDS, contractStart: '2026-01-01', contractEnd: '2026-12-31' }, seed, 'seed', `seed-${tenantId}`);
  }
  if (setup.profile) {
    await store.profiles.save(tenantId, { tier: setup.profile.tier, competencies: setup.profile.cloudCompetency ? ['cloudPlatform'] : ['other'] }, seed, 'seed');
  }
  for (const c of setup.cases ?? []) await store.cases.record(tenantId, c, seed, 'seed');
  // People have talked to the bot before (their personal chats are known).
  for (const p of [admin, dana, colleague, ...(s.who === 'member' ? [me] : [])]) await bot.send(messageActivity('hi', p, chatOf(org, p)));
  if (setup.queue) await bot.send(messageActivity(`${BOT_MENTION}helpdesk here`, admin, org.channel));
  let n = 0;
  for (const t of setup.tickets ?? []) {
    n += 1;
    const requester = t.by === 'me' ? me : colleague;
    await bot.invoke(executeActivity('helpdesk.create', { draft: `seed-${n}`, question: t.question, locale: 'en' }, requester, chatOf(org, requester)));
    // A setup that did not happen would make the scenario's failure the harness's: say so instead.
    if (!(await store.tickets.get(tenantId, n))) throw new Error(`setup: ticket #${n} was not created (the bot's limits? MAX_OPEN_TICKETS_PER_MEMBER)`);
    const state = t.state ?? 'new';
    const worker = s.who === 'helpdesk' ? me : dana;
    const where = setup.queue ? org.channel : chatOf(org, worker);
    if (state !== 'new') await bot.invoke(executeActivity('helpdesk.assignSelf', { number: String(n) }, worker, where));
    if (state === 'waiting') await bot.invoke(executeActivity('helpdesk.reply', { number: String(n), reply: 'Which Azure subscription is it?', locale: 'en' }, worker, where));
    if (state === 'resolved') await bot.invoke(executeActivity('helpdesk.resolve', { number: String(n) }, worker, where));
  }
  // Every ticket card is posted (its thread exists) before the scenario starts.
  await deliverAll(tenantId, [bot]);
  return org;
}

async function placeOf(bot: RunningBot, s: Scenario, org: Org): Promise<Where> {
  switch (s.where) {
    case 'personal':
      return chatOf(org, org.me);
    case 'helpdeskChannel':
      return org.channel;
    case 'ticketThread': {
      const ticket = await bot.app.store.tickets.get(org.tenantId, s.ticket ?? 1);
      if (!ticket?.card) throw new Error(`ticket #${s.ticket ?? 1} has no card in the helpdesk channel (is setup.queue set?)`);
      return { ...org.channel, conversationId: `${ticket.card.conversationId};messageid=${ticket.card.activityId}` };
    }
    case 'teamChannel':
      return { tenantId: org.tenantId, conversationId: `19:general-${randomUUID()}@thread.tacv2`, conversationType: 'channel' };
    case 'groupChat':
      return { tenantId: org.tenantId, conversationId: `19:group-${randomUUID()}@thread.v2`, conversationType: 'groupChat' };
  }
}

async function stateProblems(bot: RunningBot, s: Scenario, org: Org, where: Where, e: StateExpectation): Promise<string[]> {
  const store = bot.app.store;
  const problems: string[] = [];
  const benefit = await store.benefits.get(org.tenantId);
  if (e.activated !== undefined && (benefit.state === 'active') !== e.activated) problems.push(`benefit state is ${benefit.state}, expected ${e.activated ? 'active' : 'not active'}`);
  if (e.accessId !== undefined && benefit.accessId !== e.accessId) problems.push(`recorded Access ID is ${benefit.accessId ? 'another' : 'none'}, expected ${e.accessId}`);
  if (e.contractId !== undefined && benefit.contractId !== e.contractId) problems.push(`recorded Contract ID is ${benefit.contractId ? 'another' : 'none'}, expected ${e.contractId}`);
  const cases = await store.cases.list(org.tenantId);
  if (e.casesRecorded !== undefined && cases.length !== e.casesRecorded) problems.push(`${cases.length} cases recorded, expected ${e.casesRecorded}`);
  if (e.caseNumber) {
    const found = cases.find((c) => c.caseNumber.replace(/^0+/, '') === e.caseNumber!.number.replace(/^0+/, ''));
    if (!!found !== e.caseNumber.present) problems.push(`case ${e.caseNumber.number} ${found ? 'is' : 'is not'} recorded`);
    if (found && e.caseNumber.supportType && found.supportType !== e.caseNumber.supportType) problems.push(`case ${e.caseNumber.number} recorded as ${found.supportType}`);
  }
  if (e.ticketCount !== undefined) {
    let count = 0;
    while (await store.tickets.get(org.tenantId, count + 1)) count += 1;
    if (count !== e.ticketCount) problems.push(`${count} tickets, expected ${e.ticketCount}`);
  }
  if (e.ticket) {
    const t = await store.tickets.get(org.tenantId, e.ticket.n);
    if (!t) problems.push(`no ticket #${e.ticket.n}`);
    else {
      if (e.ticket.status && t.status !== e.ticket.status) problems.push(`ticket #${e.ticket.n} is ${t.status}, expected ${e.ticket.status}`);
      const who = e.ticket.assignedTo;
      if (who) {
        const got = t.assignee?.aadObjectId;
        const want = who === 'nobody' ? undefined : who === 'me' ? org.me.aadObjectId : org.dana.aadObjectId;
        if (got !== want) problems.push(`ticket #${e.ticket.n} assigned to ${t.assignee?.name ?? 'nobody'}, expected ${who}`);
      }
    }
  }
  if (e.queueHere !== undefined) {
    const channel = await store.tickets.getChannel(org.tenantId);
    const here = channel?.conversationId === where.conversationId.split(';')[0];
    if (here !== e.queueHere) problems.push(`the helpdesk queue ${here ? 'is' : 'is not'} this channel`);
  }
  if (e.helpdeskRole) {
    const person = e.helpdeskRole.who === 'Alex Kim' ? org.colleague : org.dana;
    const has = (await store.roles.rolesOf(org.tenantId, person.aadObjectId)).includes('helpdesk');
    if (has !== e.helpdeskRole.has) problems.push(`${e.helpdeskRole.who} ${has ? 'has' : 'does not have'} the helpdesk role`);
  }
  return problems;
}

/** Every input of a card with its default value: Teams sends them with any Submit or Execute of that card. */
function inputsOf(card: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.id === 'string') out[o.id] = o.value ?? '';
      for (const [k, x] of Object.entries(o)) if (k !== 'data') walk(x);
    }
  };
  walk(card);
  return out;
}

/** The buttons of the replies as pressing them sends: the card's inputs (with their values) go with the button's data. */
function pressable(replies: Reply[]): Button[] {
  const out: Button[] = [];
  for (const r of replies) {
    for (const a of r.attachments ?? []) {
      const inputs = inputsOf(a.content);
      for (const b of buttonsOf([{ ...r, attachments: [a], suggestedActions: undefined } as Reply])) {
        const merge = (data: unknown) => (data && typeof data === 'object' && !Array.isArray(data) ? { ...inputs, ...(data as object) } : data);
        out.push({
          ...b,
          send: b.send.value !== undefined && b.send.text === undefined ? { value: merge(b.send.value) } : b.send,
          ...(b.invoke ? { invoke: { verb: b.invoke.verb, data: merge(b.invoke.data) as Record<string, unknown> } } : {}),
        });
      }
    }
    out.push(...buttonsOf([{ ...r, attachments: [] } as Reply]));
  }
  return out;
}

export interface ScenarioOutcome {
  problems: string[];
  said: string;
}

const PROTOCOL_IDS: ReadonlySet<string> = new Set(['id', 'replyToId', 'conversation', 'from', 'recipient', 'serviceUrl', 'timestamp', 'localTimestamp', 'channelData']);

export async function runScenario(bot: RunningBot, s: Scenario): Promise<ScenarioOutcome> {
  const org = await setUp(bot, s);
  const where = await placeOf(bot, s, org);
  const locale = LOCALE_TAG[s.lang];
  const shared = where.conversationType !== 'personal';
  let replies: Reply[] = [];
  const everything: Reply[] = [];
  for (const turn of s.turns) {
    if (typeof turn === 'string') {
      replies = await bot.send(messageActivity(shared ? `${BOT_MENTION}${turn}` : turn, org.me, where, locale));
    } else {
      const offered = pressable(replies);
      const button = offered.find((b) => turn.press.test(b.title));
      if (!button) return { problems: [`no button matching ${turn.press} to press; offered [${offered.map((b) => b.title).join(' | ')}]`], said: short(firstSentence(replies)) };
      if (button.invoke) {
        const res = await bot.invoke(executeActivity(button.invoke.verb, button.invoke.data, org.me, where, locale));
        replies = [{ type: 'message', ...(typeof res.value === 'string' ? { text: res.value } : { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: res.value }] }) } as Reply];
      } else {
        const activity: Record<string, unknown> = { ...messageActivity(button.send.text ?? '', org.me, where, locale) };
        if (button.send.text === undefined) delete activity.text;
        if (button.send.value !== undefined) activity.value = button.send.value;
        replies = await bot.send(activity);
      }
    }
    everything.push(...replies);
  }
  await bot.app.outbox.idle();
  const e = s.expect;
  const { first, all, offered, problems } = replyProblems(replies, e);
  // Everything a reply carries (card data included), but not the protocol's generated identifiers: a random activity
  // or conversation id may contain any digits ("…5521…") and says nothing the person can read.
  const ever = JSON.stringify(everything, (key, value) => (PROTOCOL_IDS.has(key) ? undefined : value));
  for (const r of e.never ?? []) if (r.test(visibleText(everything)) || r.test(ever)) problems.push(`a reply has ${r}`);
  if (e.state) problems.push(...(await stateProblems(bot, s, org, where, e.state)));
  // A short lead ("Helpdesk queue: all open") has too few words to tell: then the whole reply decides.
  const language = first && languageProblem(first, s.lang) ? languageProblem(all, s.lang) : undefined;
  if (language) problems.push(`reply ${language}`);
  return { problems, said: short(first) + (offered.length ? ` [buttons: ${offered.join(' | ')}]` : '') };
}

const LANGS: Lang[] = ['en', 'ru', 'fr'];
const KINDS = ['member', 'admin', 'helpdesk', 'outsider'] as const;

export interface ScenarioSuite {
  name: string;
  set: readonly Scenario[];
  /** The file (in test/fixtures) listing the scenarios the set still fails; empty or missing: none. */
  failingFile: string;
  /** Set to run every scenario as a plain test (the set's first run). */
  baselineEnv: string;
}

/** One test per scenario through a bot started for the suite, a summary per language and per kind at the end. */
export function describeScenarioSet(f: ScenarioSuite, start: () => Promise<RunningBot>): void {
  const path = `${__dirname}/../fixtures/${f.failingFile}`;
  const knownFailing = new Set(process.env[f.baselineEnv] || !fs.existsSync(path) ? [] : fs.readFileSync(path, 'utf8').split(/\s+/).filter(Boolean));
  describe(`${f.name} through the bot`, () => {
    let bot: RunningBot;
    const results = new Map<string, { s: Scenario; ok: boolean; said: string; problems: string[] }>();
    beforeAll(async () => {
      bot = await start();
    });
    afterAll(async () => {
      await bot.close();
      const done = [...results.values()];
      const lines = [`${f.name}: ${done.filter((r) => r.ok).length}/${done.length}`];
      for (const lang of LANGS) {
        const cells = KINDS.map((k) => {
          const mine = done.filter((r) => r.s.lang === lang && r.s.kind === k);
          return `${k} ${mine.filter((r) => r.ok).length}/${mine.length}`;
        });
        const mine = done.filter((r) => r.s.lang === lang);
        lines.push(`  ${lang}: ${mine.filter((r) => r.ok).length}/${mine.length} (${cells.join(', ')})`);
      }
      const failing = done.filter((r) => !r.ok);
      if (failing.length) {
        lines.push('  failing:');
        for (const r of failing) lines.push(`    ${r.s.id} [${r.s.kind}] ${r.problems.join('; ')} — bot: ${r.said}`);
      }
      console.log(lines.join('\n'));
    });
    for (const s of f.set) {
      const typed = s.turns.map((t) => (typeof t === 'string' ? t : `[press ${t.press}]`)).join(' / ');
      const test = knownFailing.has(s.id) ? it.failing : it;
      test(`${s.id} (${s.kind}, ${s.where}): ${short(typed, 110)}`, async () => {
        const outcome = await runScenario(bot, s);
        results.set(s.id, { s, ok: outcome.problems.length === 0, ...outcome });
        if (outcome.problems.length) throw new Error(`${outcome.problems.join('\n')}\nbot answered: ${outcome.said}`);
      });
    }
  });
}

/** The sets' clock: Monday 2026-12-07, the day their relative dates ("yesterday", "lundi dernier") are counted from. */
export const SCENARIO_DAY = new Date('2026-12-07T10:00:00Z');
export const scenarioBotOptions = { outbox: FAST_OUTBOX, dayClock: () => SCENARIO_DAY };
