import { t } from '../src/i18n/strings';
import type { Store } from '../src/store';
import { executeActivity, messageActivity, person, personalChat, TENANT_A, TENANT_B, type Person, type Where } from './support/activities';
import { type Reply, type RunningBot, startBot, visibleText } from './support/botServer';
import { describeEachStore } from './support/stores';

const CHANNEL: Where = { tenantId: TENANT_A, conversationId: '19:helpdesk@thread.tacv2', conversationType: 'channel' };
const OTHER_CHANNEL: Where = { tenantId: TENANT_A, conversationId: '19:general@thread.tacv2', conversationType: 'channel' };
const GROUP: Where = { tenantId: TENANT_A, conversationId: '19:group-chat@unq.gbl.spaces', conversationType: 'groupChat' };
const MIN = 60 * 1000;
const DAY = 24 * 60 * MIN;

/** One clock for the store, the bot and the test, moved by hand. */
function manualClock(start: string) {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms: number) => void (now += ms), ms: () => now };
}

/** The figure pair [last 7 days, last 30 days] of a row of a section of the report card. */
function figures(replies: Reply[], heading: string, label: string): [string, string] | undefined {
  const card = replies.find((r) => r.attachments?.length)?.attachments?.[0]?.content as { body: any[] } | undefined;
  const section = card?.body.find((x) => x.type === 'Container' && x.items?.[0]?.text === heading);
  const texts = (set: any) => set.columns.map((c: any) => c.items[0].text as string);
  const row = section?.items.slice(1).map(texts).find((cells: string[]) => cells[0] === label);
  return row ? [row[1], row[2]] : undefined;
}

/** RFC 4180 records (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      (row = []), (cell = ''), (i += 1);
    } else cell += c;
  }
  return rows;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

describeEachStore('the helpdesk report', (factory) => {
  const admin = person('gina');
  const dana = person('dana'); // helpdesk
  const alex = person('alex');
  const ivan = person('ivan');
  const max = person('max'); // no role
  const eve = person('eve', TENANT_B); // another organization, in Contoso's chat
  const bob = person('bob', TENANT_B); // helpdesk of the other organization
  const chats = { admin: personalChat(TENANT_A), dana: personalChat(TENANT_A), alex: personalChat(TENANT_A), ivan: personalChat(TENANT_A), max: personalChat(TENANT_A), bob: personalChat(TENANT_B) };
  const clock = manualClock('2026-11-01T09:00:00.000Z');
  let store: Store;
  let bot: RunningBot;

  // What the test sent, with the clock's time: the report is checked against counts made from these.
  const unanswered: Array<{ text: string; at: number }> = [];
  const dislikes: Array<{ topic: string; at: number }> = [];
  const tickets: Array<{ number: number; at: number; firstReply?: number; resolved?: number; status: string }> = [];

  async function ask(text: string, who: Person, where: Where, opts: { unanswered?: boolean; locale?: string } = {}): Promise<Reply[]> {
    const replies = await bot.send(messageActivity(text, who, where, opts.locale ?? 'en-US'));
    if (opts.unanswered) unanswered.push({ text, at: clock.ms() });
    return replies;
  }

  async function dislike(question: string, topic: string, who: Person, where: Where): Promise<void> {
    const replies = await ask(question, who, where);
    const answer = replies.find((r) => (r.channelData as { feedbackLoopEnabled?: boolean } | undefined)?.feedbackLoopEnabled);
    const base = messageActivity('', who, where);
    const { text: _t, textFormat: _f, ...rest } = base;
    const { status } = await bot.post({ ...rest, type: 'invoke', name: 'message/submitAction', replyToId: answer!.id, value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: '{"feedbackText":""}' } } });
    expect(status).toBe(200);
    dislikes.push({ topic, at: clock.ms() });
  }

  async function openTicket(who: Person, where: Where, question: string): Promise<number> {
    const res = await bot.invoke(executeActivity('helpdesk.create', { draft: `d-${tickets.length}`, question, urgency: 'normal', locale: 'en' }, who, where));
    const number = Number(/#(\d+)/.exec(String(res.value))![1]);
    tickets.push({ number, at: clock.ms(), status: 'new' });
    return number;
  }

  async function act(verb: string, number: number, data: Record<string, unknown> = {}): Promise<void> {
    await bot.invoke(executeActivity(verb, { number: String(number), locale: 'en', ...data }, dana, CHANNEL));
  }

  beforeAll(async () => {
    store = await factory.open({ now: clock.now });
    bot = await startBot({ BOOTSTRAP_ADMINS: admin.aadObjectId, LOG_LEVEL: 'debug', REPORT_LINK_TTL_MINUTES: '15' }, { store, now: clock.now });
    await bot.send(messageActivity('hi', admin, chats.admin));
    await bot.send(messageActivity(`grant helpdesk ${dana.aadObjectId}`, admin, chats.admin));
    await bot.send(messageActivity('<at>Partner Benefits Assistant</at> helpdesk here', admin, CHANNEL));
    await store.roles.grant(TENANT_B, { aadObjectId: bob.aadObjectId, name: 'bob' }, 'helpdesk', { userId: 'seed' }, 'seed');

    // Day 0: a question the article does not answer, a disliked answer, a ticket answered in 30 min, resolved 2 h later.
    await ask('How many TPD hours do we get with Gold?', alex, chats.alex, { unanswered: true });
    await dislike('how many on-premises incidents does Gold get?', 'incidents', alex, chats.alex);
    const first = await openTicket(alex, chats.alex, 'Support for Business says we have no benefits');
    clock.advance(30 * MIN);
    await act('helpdesk.assignSelf', first);
    tickets[0].firstReply = clock.ms();
    clock.advance(120 * MIN);
    await act('helpdesk.resolve', first);
    tickets[0].resolved = clock.ms();
    tickets[0].status = 'resolved';

    // Day 20: the same question again in other case and spacing, a question in the wrong words, a formula.
    clock.advance(20 * DAY);
    await ask('how many TPD hours do we get with gold', alex, chats.alex, { unanswered: true });
    const gibberish = await ask('blorp zzkx frobnicate', max, chats.max, { unanswered: true });
    expect(visibleText(gibberish)).toContain(t('en', 'fallback.unsure'));
    await ask('=HYPERLINK("http://evil.example","x")', max, chats.max, { unanswered: true });
    await dislike('how many on-premises incidents does Gold get?', 'incidents', ivan, chats.ivan);
    // Answered questions, commands and buttons are not "unanswered".
    await ask('where do I open an on-premises request?', ivan, chats.ivan);
    await ask('help', ivan, chats.ivan);
    // A ticket with a reply after 10 minutes, waiting on its requester.
    const second = await openTicket(ivan, chats.ivan, 'Where is our Access ID?');
    clock.advance(10 * MIN);
    await act('helpdesk.reply', second, { reply: 'Which tenant do you sign in to?' });
    tickets[1].firstReply = clock.ms();
    tickets[1].status = 'waiting';
    // Someone of another organization in a Contoso chat: not one of Contoso's questions.
    await ask('blorp zzkx frobnicate', eve, { ...chats.max, conversationId: 'a:eve-in-contoso' });
    // Another tenant's question, never in Contoso's report.
    await ask('What is the phone number for Microsoft partner support?', bob, chats.bob);

    // Day 26: the report's "now".
    clock.advance(6 * DAY);
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  /** The test's own count of what it sent in the window of `days` before now. */
  const inWindow = (at: number, days: number) => at >= clock.ms() - days * DAY && at <= clock.ms();
  const count = <T extends { at: number }>(items: T[], days: number, keep: (x: T) => boolean = () => true) =>
    items.filter((x) => keep(x) && inWindow(x.at, days)).length;
  const pair = <T extends { at: number }>(items: T[], keep?: (x: T) => boolean): [string, string] => [String(count(items, 7, keep)), String(count(items, 30, keep))];
  const medianMinutes = (days: number, end: 'firstReply' | 'resolved') =>
    median(tickets.filter((x) => inWindow(x.at, days) && x[end] !== undefined).map((x) => (x[end]! - x.at) / MIN));

  it('a helpdesk member gets the card: unanswered questions grouped, dislikes by topic, tickets by status, median times, for 7 and 30 days', async () => {
    const replies = await ask('report', dana, chats.dana);
    expect(visibleText(replies)).toContain(t('en', 'report.title'));
    const total = t('en', 'report.row.total');

    expect(figures(replies, t('en', 'report.section.unanswered'), total)).toEqual(pair(unanswered));
    const tpd = (x: { text: string }) => /tpd hours/i.test(x.text);
    expect(figures(replies, t('en', 'report.section.unanswered'), t('en', 'report.row.question', { text: 'how many TPD hours do we get with gold' }))).toEqual(pair(unanswered, tpd));
    expect(figures(replies, t('en', 'report.section.unanswered'), t('en', 'report.row.question', { text: 'blorp zzkx frobnicate' }))).toEqual(['1', '1']);

    expect(figures(replies, t('en', 'report.section.dislikes'), total)).toEqual(pair(dislikes));
    expect(figures(replies, t('en', 'report.section.dislikes'), t('en', 'answers.q.incidents.title'))).toEqual(pair(dislikes, (d) => d.topic === 'incidents'));

    expect(figures(replies, t('en', 'report.section.ticketsByStatus'), total)).toEqual(pair(tickets));
    for (const status of ['new', 'assigned', 'waiting', 'resolved', 'closed']) {
      expect(figures(replies, t('en', 'report.section.ticketsByStatus'), t('en', `helpdesk.status.${status}` as never))).toEqual(pair(tickets, (x) => x.status === status));
    }

    // 7 days: ticket 2 only (10 min, not resolved); 30 days: both.
    const minutes = (m: number | undefined) => (m === undefined ? t('en', 'report.none') : m < 60 ? t('en', 'report.duration.minutes', { m }) : t('en', 'report.duration.hours', { h: Math.floor(m / 60), m: m % 60 }));
    expect(figures(replies, t('en', 'report.section.times'), t('en', 'report.row.firstReply'))).toEqual([minutes(medianMinutes(7, 'firstReply')), minutes(medianMinutes(30, 'firstReply'))]);
    expect(figures(replies, t('en', 'report.section.times'), t('en', 'report.row.resolution'))).toEqual([minutes(medianMinutes(7, 'resolved')), minutes(medianMinutes(30, 'resolved'))]);
    // The test's own figures are not all zero: the report shows something it could get wrong.
    expect(medianMinutes(30, 'firstReply')).toBe(20);
    expect(medianMinutes(30, 'resolved')).toBe(150);
    expect(medianMinutes(7, 'resolved')).toBeUndefined();

    // Another tenant's question is not there; question texts never reach the log.
    expect(visibleText(replies)).not.toContain('phone number');
    const log = bot.logLines.join('\n');
    for (const q of unanswered) expect(log).not.toContain(q.text);
  });

  it('in Russian, in the helpdesk channel, and for an admin', async () => {
    const ru = await ask('отчёт', dana, chats.dana, { locale: 'ru-RU' });
    expect(visibleText(ru)).toContain(t('ru', 'report.title'));
    expect(figures(ru, t('ru', 'report.section.unanswered'), t('ru', 'report.row.total'))).toEqual(pair(unanswered));
    const inChannel = await ask('<at>Partner Benefits Assistant</at> report', dana, CHANNEL);
    expect(figures(inChannel, t('en', 'report.section.unanswered'), t('en', 'report.row.total'))).toEqual(pair(unanswered));
    const forAdmin = await ask('report', admin, chats.admin);
    expect(figures(forAdmin, t('en', 'report.section.dislikes'), t('en', 'report.row.total'))).toEqual(pair(dislikes));
  });

  it('refused to a member without a role and to someone of another organization; another tenant\u2019s helpdesk sees only its own', async () => {
    expect(visibleText(await ask('report', max, chats.max))).toBe(t('en', 'report.refused'));
    expect(visibleText(await ask('report csv', max, chats.max))).toBe(t('en', 'report.refused'));
    const outsider = await ask('report', eve, { ...chats.max, conversationId: 'a:eve-in-contoso' });
    expect(visibleText(outsider)).toBe(t('en', 'act.refusedOutsider'));
    const theirs = await ask('report', bob, chats.bob);
    expect(figures(theirs, t('en', 'report.section.unanswered'), t('en', 'report.row.total'))).toEqual(['1', '1']);
    expect(visibleText(theirs)).not.toMatch(/TPD|blorp/);
    const refusals = (await store.audit.list(TENANT_A, 100)).filter((e) => e.action === 'report.view' && e.outcome === 'refused');
    expect(refusals.length).toBeGreaterThanOrEqual(1);
  });

  it('never quotes questions in a group chat or another channel: it points to the personal chat', async () => {
    for (const where of [GROUP, OTHER_CHANNEL]) {
      for (const command of ['report', 'report csv']) {
        const replies = await ask(`<at>Partner Benefits Assistant</at> ${command}`, dana, where);
        expect(visibleText(replies)).toBe(t('en', 'report.personalOnly'));
        expect(replies.some((r) => r.attachments?.length)).toBe(false);
      }
    }
  });

  it('`report csv`: a link to the CSV the bot serves, with the same figures, formula-safe; it expires, and a forged or swapped link is refused', async () => {
    const replies = await ask('report csv', dana, chats.dana);
    const text = visibleText(replies);
    const url = /\((http:\/\/[^)\s]+)\)/.exec(text)![1];
    expect(text).toBe(t('en', 'report.csv.link', { url, minutes: 15 }));
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/reports\/[A-Za-z0-9_-]{22,}\.csv\?exp=\d+&sig=[A-Za-z0-9_-]{43}$/);

    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="helpdesk-report-2026-11-27.csv"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const rows = parseCsv(await res.text());
    expect(rows[0]).toEqual(['section', 'item', 'last_7_days', 'last_30_days']);
    const get = (section: string, item: string) => rows.find((r) => r[0] === section && r[1] === item)?.slice(2);
    expect(get('unanswered_questions', 'total')).toEqual(pair(unanswered));
    expect(get('unanswered_question', 'how many TPD hours do we get with gold')).toEqual(pair(unanswered, (x) => /tpd hours/i.test(x.text)));
    // A formula typed as a question comes back as text, quoted.
    expect(get('unanswered_question', `'=HYPERLINK("http://evil.example","x")`)).toEqual(['1', '1']);
    expect(rows.some((r) => r.some((cell) => /^[=+\-@]/.test(cell)))).toBe(false);
    expect(get('dislikes_by_topic', 'incidents')).toEqual(pair(dislikes, (d) => d.topic === 'incidents'));
    expect(get('tickets_by_status', 'resolved')).toEqual(pair(tickets, (x) => x.status === 'resolved'));
    expect(get('tickets_by_status', 'waiting')).toEqual(pair(tickets, (x) => x.status === 'waiting'));
    expect(get('median_first_reply_minutes', '')).toEqual([String(medianMinutes(7, 'firstReply')), String(medianMinutes(30, 'firstReply'))]);
    expect(get('median_resolution_minutes', '')).toEqual(['', String(medianMinutes(30, 'resolved'))]);

    // Another report's link: its id with this link's signature, or this id with its signature, is refused.
    const other = /\((http:\/\/[^)\s]+)\)/.exec(visibleText(await ask('report csv', dana, chats.dana)))![1];
    const idOf = (u: string) => new URL(u).pathname;
    const swapped = new URL(url);
    swapped.pathname = idOf(other);
    expect((await fetch(swapped)).status).toBe(403);
    const tampered = new URL(url);
    const sig = tampered.searchParams.get('sig')!;
    tampered.searchParams.set('sig', (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1));
    expect((await fetch(tampered)).status).toBe(403);
    const later = new URL(url);
    later.searchParams.set('exp', String(Number(later.searchParams.get('exp')) + 3600));
    expect((await fetch(later)).status).toBe(403);
    const unsigned = new URL(url);
    unsigned.search = '';
    expect((await fetch(unsigned)).status).toBe(403);
    expect((await fetch(new URL('/reports/..%2Fetc%2Fpasswd.csv', url))).status).toBe(404);
    expect((await fetch(url)).status).toBe(200);

    // 15 minutes later the link is gone.
    clock.advance(15 * MIN);
    const expired = await fetch(url);
    expect(expired.status).toBe(410);
    expect(await expired.json()).toEqual({ error: { code: 'Gone', message: expect.any(String) } });
  });
});

describeEachStore('report csv links across instances', (factory) => {
  const admin = person('gina');
  const chat = personalChat(TENANT_A);
  const SECRET = 'report-link-secret-shared-by-instances-0001';

  async function linkFrom(bot: RunningBot): Promise<URL> {
    await bot.send(messageActivity('hi', admin, chat));
    const text = visibleText(await bot.send(messageActivity('report csv', admin, chat)));
    return new URL(/\((http:\/\/[^)\s]+)\)/.exec(text)![1]);
  }
  /** The same link, asked of another instance. */
  const at = (link: URL, bot: RunningBot) => new URL(`${link.pathname}${link.search}`, bot.url);

  it('with REPORT_LINK_SECRET shared, a link made by one instance downloads from another; with a key of each process it does not', async () => {
    for (const shared of [true, false]) {
      const location = await factory.location();
      const env = { BOOTSTRAP_ADMINS: admin.aadObjectId, LOG_LEVEL: 'warn', ...(shared ? { REPORT_LINK_SECRET: SECRET } : {}) };
      const a = await startBot(env, { store: await location.open() });
      const b = await startBot(env, { store: await location.open() });
      try {
        const link = await linkFrom(a);
        expect((await fetch(at(link, a))).status).toBe(200);
        const other = await fetch(at(link, b));
        expect(other.status).toBe(shared ? 200 : 403);
        if (shared) expect((await other.text()).split('\r\n')[0]).toBe('section,item,last_7_days,last_30_days');
      } finally {
        await a.close();
        await b.close();
        await location.dispose();
      }
    }
  }, 60_000);
});
