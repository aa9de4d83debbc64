import { randomUUID } from 'node:crypto';
import { t } from '../src/i18n/strings';
import { openStore, type Store } from '../src/store';
import { messageActivity, person, personalChat, submitActivity, type Person, type Where } from './support/activities';
import { visibleText, type Reply } from './support/replies';
import { buildApp, startBotProcess, type BotProcess, type BuiltApp } from './support/botProcess';
import { errorsOnlyLogger, postgresSchema } from './support/stores';
import { FakeConnector } from './fakes/fakeConnector';

/**
 * Two processes of the built app (as `npm start` runs it) on one PostgreSQL schema, the same users driven
 * through both at once, interleaved and concurrent: no lost dialog step, one record, one notice.
 * Senders are verified through the fake Bot Connector's member lookup, proactive sends land there too.
 */
const DATABASE_URL = process.env.TEST_DATABASE_URL;
const describePostgres = DATABASE_URL ? describe : describe.skip;

/** The Action.Submit data of the button with this title in the replies' cards, as Teams sends on a click. */
function clickData(replies: Reply[], title: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'Action.Submit' && o.title === title) found = o.data as Record<string, unknown>;
      Object.values(o).forEach(walk);
    }
  };
  walk(replies.map((r) => r.attachments?.map((a) => a.content)));
  if (!found) throw new Error(`No button "${title}" in ${visibleText(replies)}`);
  return found;
}

describePostgres('two bot processes on one PostgreSQL database (needs TEST_DATABASE_URL)', () => {
  const TENANT = randomUUID();
  const gina = person('gina', TENANT);
  const mario = person('mario', TENANT);
  const max = person('max', TENANT);
  /** Opens the activation form before the race and sends it after. */
  const luigi = person('luigi', TENANT);
  /** Scenario 2: admins of ten organizations, each typing the two IDs. */
  const typists = Array.from({ length: 10 }, (_, i) => person(`typist${i}`, randomUUID()));

  let built: BuiltApp;
  let schema: { url: string; drop(): Promise<void> };
  let connector: FakeConnector;
  let a: BotProcess;
  let b: BotProcess;
  let store: Store;
  const chats = new Map<string, Where>();

  /** A personal chat of this person, its activities carrying the fake Connector as serviceUrl. */
  function chatOf(p: Person): Where {
    let where = chats.get(p.id);
    if (!where) {
      where = { ...personalChat(p.tenantId), serviceUrl: connector.serviceUrl };
      chats.set(p.id, where);
      connector.members.set(p.id, { id: p.id, aadObjectId: p.aadObjectId, name: p.name, tenantId: p.tenantId });
    }
    return where;
  }
  const postsTo = (p: Person) =>
    connector.posts.filter((x) => decodeURIComponent(x.path).startsWith(`/v3/conversations/${chatOf(p).conversationId}/`));
  const say = (bot: BotProcess, p: Person, text: string) => bot.send(messageActivity(text, p, chatOf(p)));
  const click = (bot: BotProcess, p: Person, data: Record<string, unknown>) => bot.send(submitActivity(data, p, chatOf(p)));

  beforeAll(async () => {
    built = buildApp();
    schema = await postgresSchema(DATABASE_URL!);
    connector = await FakeConnector.start();
    const env = {
      DATABASE_URL: schema.url,
      BOOTSTRAP_ADMINS: [gina, mario, luigi, ...typists].map((p) => p.aadObjectId).join(','),
    };
    // Both start at once on the empty schema: they migrate it one after the other.
    [a, b] = await Promise.all([startBotProcess(built, env), startBotProcess(built, env)]);
    store = await openStore({ dataDir: '', databaseUrl: schema.url }, errorsOnlyLogger(), { poolSize: 2 });
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await store?.close();
    await schema?.drop();
    await connector?.close();
  });

  it('the clarifying flow with its steps alternating between the processes answers each step with the article figures', async () => {
    /** [process, what the user sends, what the reply must contain]; a click names the button's title. */
    type Step = [0 | 1, string | { click: string }, string[]];
    // Typed answers need the step the other process asked (the dialog state); a click carries its own data.
    const flows: Step[][] = [
      [
        [0, 'how many incidents do we get?', [t('en', 'clarify.tier')]],
        [1, 'gold', ['20 incidents', 'unlimited']],
      ],
      [
        [0, 'how many on-premises incidents do we get?', [t('en', 'clarify.tier')]],
        [1, 'action pack', ['10 incidents']],
      ],
      [
        [0, 'how many on-premises incidents do we get?', [t('en', 'clarify.tier')]],
        [1, { click: 'Silver' }, ['15 incidents']],
      ],
      [
        [0, 'how many cloud incidents do we get?', [t('en', 'clarify.tierCloud')]],
        [1, 'silver', [t('en', 'clarify.competency', { tier: 'Silver' })]],
        [0, 'no', ['5 incidents']],
      ],
      [
        [0, 'how many cloud incidents do we get?', [t('en', 'clarify.tierCloud')]],
        [1, { click: 'Gold' }, [t('en', 'clarify.competency', { tier: 'Gold' })]],
        [0, 'yes', ['unlimited']],
      ],
      [
        [0, 'how many cloud incidents do we get?', [t('en', 'clarify.tierCloud')]],
        [1, 'gold', [t('en', 'clarify.competency', { tier: 'Gold' })]],
        [0, { click: t('en', 'clarify.competency.other') }, ['10 incidents']],
      ],
    ];
    // Each flow twice (starting on A, then on B), all users at once.
    const runs = flows.flatMap((flow, i) =>
      [0, 1].map(async (start) => {
        const user = person(`asker${i}-${start}`, TENANT);
        let last: Reply[] = [];
        const seen: string[] = [];
        for (const [which, sent, expected] of flow) {
          const bot = (which + start) % 2 === 0 ? a : b;
          last = typeof sent === 'string' ? await say(bot, user, sent) : await click(bot, user, clickData(last, sent.click));
          const text = visibleText(last);
          seen.push(`${bot === a ? 'A' : 'B'} ${JSON.stringify(sent)} -> ${expected.every((e) => text.includes(e)) ? 'ok' : text}`);
        }
        return seen;
      }),
    );
    const results = await Promise.all(runs);
    for (const seen of results) for (const line of seen) expect(line).toMatch(/ -> ok$/);
  }, 30_000);

  it('ten admins each sending the Access ID to one process and the Contract ID to the other at the same moment: no step lost', async () => {
    await Promise.all(
      typists.map(async (p, i) => {
        const asked = await say(i % 2 ? a : b, p, 'activate our benefit');
        expect(visibleText(asked)).toContain(t('en', 'act.admin.typeHint'));
      }),
    );
    const sent = typists.map((_, i) => [`ACC-77${i}`, `CON-88${i}`] as const);
    const replies = await Promise.all(
      typists.map((p, i) => Promise.all([say(a, p, sent[i][0]), say(b, p, sent[i][1])])),
    );
    for (const [i, p] of typists.entries()) {
      const [first, second] = replies[i].map(visibleText);
      // Taken one after the other, in either order: one asks for the Contract ID, the other records both.
      const asks = [first, second].filter((x) => x.includes(t('en', 'act.typed.askContractId')));
      const records = [first, second].filter((x) => x.includes(t('en', 'act.recorded.title')));
      expect({ admin: i, asks: asks.length, records: records.length }).toEqual({ admin: i, asks: 1, records: 1 });
      const accessId = first.includes(t('en', 'act.typed.askContractId')) ? sent[i][0] : sent[i][1];
      const contractId = accessId === sent[i][0] ? sent[i][1] : sent[i][0];
      expect(await store.benefits.get(p.tenantId!)).toMatchObject({ state: 'active', accessId, contractId });
    }
  }, 30_000);

  it('"ask an admin" retried to both processes notifies each admin once', async () => {
    // The admins have talked to the bot (one on each process): the bot knows their personal chats.
    await Promise.all([say(a, gina, 'hello'), say(b, mario, 'hello')]);
    const before = { gina: postsTo(gina).length, mario: postsTo(mario).length };
    const ask = submitActivity({ verb: 'activation.askAdmin' }, max, chatOf(max));
    const replies = await Promise.all([a.send(ask), b.send(ask)]);
    for (const r of replies) expect(visibleText(r)).not.toBe('');
    expect(postsTo(gina).length - before.gina).toBe(1);
    expect(postsTo(mario).length - before.mario).toBe(1);
    expect(connector.memberLookups).toBeGreaterThan(0);
  }, 30_000);

  it('two admins activating different IDs at once through both processes: one record, the other told, one audit entry, one announcement', async () => {
    const ids = new Map([
      [gina.id, { accessId: 'ACC-GINA-1', contractId: 'CON-GINA-1' }],
      [mario.id, { accessId: 'ACC-MARIO-2', contractId: 'CON-MARIO-2' }],
    ]);
    const announcedBefore = postsTo(max).length;
    const form = await say(a, luigi, 'activate our benefit');
    expect(visibleText(form)).toContain(t('en', 'act.admin.typeHint'));
    const [ginaReply, marioReply] = (
      await Promise.all([
        click(a, gina, { verb: 'activation.submit', ...ids.get(gina.id)! }),
        click(b, mario, { verb: 'activation.submit', ...ids.get(mario.id)! }),
      ])
    ).map(visibleText);
    const outcomes = [ginaReply, marioReply].map((x) =>
      x.includes(t('en', 'act.recorded.title')) ? 'recorded' : x.includes(t('en', 'act.recordedByOther.title')) ? 'told' : x,
    );
    expect(outcomes.sort()).toEqual(['recorded', 'told']);
    const winner = ginaReply.includes(t('en', 'act.recorded.title')) ? gina : mario;
    const loser = winner === gina ? mario : gina;

    // The member reads the first admin's IDs, from either process; the other's were not saved.
    for (const bot of [a, b]) {
      const theirIds = visibleText(await say(bot, max, 'our IDs'));
      expect(theirIds).toContain(ids.get(winner.id)!.accessId);
      expect(theirIds).toContain(ids.get(winner.id)!.contractId);
      expect(theirIds).not.toContain(ids.get(loser.id)!.accessId);
    }
    // An admin whose form was open meanwhile is told the same, however late theirs arrives.
    const late = visibleText(await click(b, luigi, { verb: 'activation.submit', accessId: 'ACC-LUIGI-3', contractId: 'CON-LUIGI-3' }));
    expect(late).toContain(t('en', 'act.recordedByOther.title'));
    expect(late).toContain(winner.name);
    const audit = await store.audit.list(TENANT, 1000);
    expect(audit.filter((e) => e.action === 'activation.recorded')).toHaveLength(1);
    // The member who asked hears the news once.
    expect(postsTo(max).length - announcedBefore).toBe(1);
  }, 30_000);
});
