import { buildReport, median, normalizeQuestion, parseReportCommand, type TicketFact, type UnansweredQuestion } from '../src/domain/helpdeskReport';

const NOW = new Date('2026-11-30T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const MIN = 60 * 1000;
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

function q(text: string, at: string, topic?: string): UnansweredQuestion {
  return { at, locale: 'en', text, normalized: normalizeQuestion(text), ...(topic ? { topic } : {}) };
}

function ticket(number: number, status: TicketFact['status'], createdAgo: number, events: Array<[TicketFact['history'][number]['kind'], number]>, topic?: string): TicketFact {
  const createdAt = ago(createdAgo);
  return {
    number,
    status,
    ...(topic ? { topic } : {}),
    createdAt,
    history: [{ at: createdAt, kind: 'created' }, ...events.map(([kind, after]) => ({ at: new Date(Date.parse(createdAt) + after).toISOString(), kind }))],
  };
}

/** The store counts unanswered questions (in SQL): see learning.report.store.test.ts. */
const NONE = { total: { 7: 0, 30: 0 }, top: [] };

describe('the helpdesk report, counted', () => {
  it('counts dislikes by topic (likes are not dislikes), most disliked first', () => {
    const report = buildReport({
      tenantId: 't',
      now: NOW,
      unanswered: NONE,
      feedback: [
        { at: ago(1 * DAY), topic: 'incidents', reaction: 'dislike' },
        { at: ago(10 * DAY), topic: 'incidents', reaction: 'dislike' },
        { at: ago(12 * DAY), topic: 'incidents', reaction: 'dislike' },
        { at: ago(2 * DAY), topic: 'ids', reaction: 'dislike' },
        { at: ago(2 * DAY), topic: 'ids', reaction: 'like' },
        { at: ago(40 * DAY), topic: 'activation', reaction: 'dislike' },
      ],
      tickets: [],
    });
    expect(report.dislikes.total).toEqual({ 7: 2, 30: 4 });
    expect(report.dislikes.byTopic).toEqual([
      { topic: 'incidents', counts: { 7: 1, 30: 3 } },
      { topic: 'ids', counts: { 7: 1, 30: 1 } },
    ]);
  });

  it('counts tickets opened in each window by their status and topic, and the median minutes to a first reply and to resolution', () => {
    const tickets = [
      // Opened 1 day ago: assigned after 10 min, resolved after 2 h.
      ticket(1, 'resolved', 1 * DAY, [['assigned', 10 * MIN], ['reply', 20 * MIN], ['resolved', 120 * MIN]], 'activation'),
      // 3 days ago: first reply (a reply, no assignment) after 30 min, still waiting.
      ticket(2, 'waiting', 3 * DAY, [['reply', 30 * MIN]], 'activation'),
      // 5 days ago: nobody has touched it.
      ticket(3, 'new', 5 * DAY, []),
      // 20 days ago: the bot's answer sent after 60 min, closed after 6 h (resolution counts the close).
      ticket(4, 'closed', 20 * DAY, [['answerSent', 60 * MIN], ['closed', 360 * MIN]], 'ids'),
      // 40 days ago: outside both windows.
      ticket(5, 'closed', 40 * DAY, [['assigned', 1 * MIN], ['resolved', 2 * MIN]], 'ids'),
    ];
    const report = buildReport({ tenantId: 't', now: NOW, unanswered: NONE, feedback: [], tickets });
    expect(report.tickets.total).toEqual({ 7: 3, 30: 4 });
    expect(report.tickets.byStatus).toEqual({
      new: { 7: 1, 30: 1 },
      assigned: { 7: 0, 30: 0 },
      waiting: { 7: 1, 30: 1 },
      resolved: { 7: 1, 30: 1 },
      closed: { 7: 0, 30: 1 },
    });
    expect(report.tickets.byTopic).toEqual([
      { topic: 'activation', counts: { 7: 2, 30: 2 } },
      { topic: '', counts: { 7: 1, 30: 1 } },
      { topic: 'ids', counts: { 7: 0, 30: 1 } },
    ]);
    // 7 days: first replies 10 and 30 min -> 20 min; one resolution, 120 min.
    expect(report.firstReplyMs[7]).toBe(20 * MIN);
    expect(report.resolutionMs[7]).toBe(120 * MIN);
    // 30 days: 10, 30, 60 -> 30 min; resolutions 120 and 360 -> 240 min.
    expect(report.firstReplyMs[30]).toBe(30 * MIN);
    expect(report.resolutionMs[30]).toBe(240 * MIN);
  });

  it('invents no number: no ticket, no median', () => {
    const report = buildReport({ tenantId: 't', now: NOW, unanswered: NONE, feedback: [], tickets: [ticket(1, 'new', DAY, [])] });
    expect(report.firstReplyMs).toEqual({ 7: undefined, 30: undefined });
    expect(report.resolutionMs).toEqual({ 7: undefined, 30: undefined });
    expect(median([])).toBeUndefined();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('reads `report` and `report csv` in English, Russian and French, as a whole message only', () => {
    expect(parseReportCommand('report')).toEqual({ kind: 'report', csv: false });
    expect(parseReportCommand('<at>Partner Benefits Assistant</at> Report CSV')).toEqual({ kind: 'report', csv: true });
    expect(parseReportCommand('отчёт')).toEqual({ kind: 'report', csv: false });
    expect(parseReportCommand('отчет csv')).toEqual({ kind: 'report', csv: true });
    expect(parseReportCommand('rapport csv')).toEqual({ kind: 'report', csv: true });
    expect(parseReportCommand('how do I report an incident?')).toBeUndefined();
    expect(parseReportCommand('report pdf')).toBeUndefined();
  });
});

describe('the report links\u2019 configuration', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadConfig, ConfigError } = require('../src/config') as typeof import('../src/config');

  it('defaults to 15-minute links with a key of the process, and reads a shared key, a TTL and a public URL', () => {
    expect(loadConfig({}).reportLinks).toEqual({ ttlMinutes: 15 });
    const key = 'k'.repeat(32);
    expect(loadConfig({ REPORT_LINK_SECRET: key, REPORT_LINK_TTL_MINUTES: '5', PUBLIC_BASE_URL: 'https://bot.contoso.example/' }).reportLinks).toEqual({
      secret: key,
      ttlMinutes: 5,
      publicBaseUrl: 'https://bot.contoso.example',
    });
  });

  it('refuses a short key, a TTL out of range and a base URL that is not http(s)', () => {
    expect(() => loadConfig({ REPORT_LINK_SECRET: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ REPORT_LINK_TTL_MINUTES: '0' })).toThrow(/REPORT_LINK_TTL_MINUTES/);
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'ftp://x' })).toThrow(/PUBLIC_BASE_URL/);
  });
});

describe('the report card\u2019s words', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { reportCardData, durationText } = require('../src/cards/reportCards') as typeof import('../src/cards/reportCards');

  it('names topics as people read them, also answers that are not an article topic', () => {
    const report = buildReport({
      tenantId: 't',
      now: NOW,
      unanswered: NONE,
      feedback: [
        { at: ago(DAY), topic: 'notInArticle', reaction: 'dislike' },
        { at: ago(DAY), topic: 'paidPlans', reaction: 'dislike' },
      ],
      tickets: [],
    });
    const labels = reportCardData('fr', report).sections[1].rows.map((r) => r.label);
    // One dislike each: by topic id, notInArticle before paidPlans.
    expect(labels).toEqual(['Total', 'Faits que l’article ne donne pas', 'Plans payants']);
    expect(labels).not.toContain('notInArticle');
  });

  it('writes durations in minutes, hours and days, and "—" when nothing was measured', () => {
    expect(durationText('en', undefined)).toBe('—');
    expect(durationText('en', 20 * 1000)).toBe('under 1 min');
    expect(durationText('en', 20 * MIN)).toBe('20 min');
    expect(durationText('ru', 150 * MIN)).toBe('2 ч 30 мин');
    expect(durationText('fr', (26 * 60 + 20) * MIN)).toBe('1 j 2 h');
  });
});
