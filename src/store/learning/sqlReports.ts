import type { Reaction } from '../../domain/feedback';
import {
  MAX_UNANSWERED_PER_MEMBER_PER_DAY,
  type FeedbackFact,
  type HelpdeskReport,
  type ReportPeriod,
  type TicketFact,
  type UnansweredQuestion,
  type UnansweredSummary,
} from '../../domain/helpdeskReport';
import type { TicketEvent, TicketStatus } from '../../domain/tickets';
import { iso, optStr, parseJson, type Row, type SqlContext } from '../sql/rows';
import type { ReportRepository, StoredReport } from './contracts';

export class SqlReportRepository implements ReportRepository {
  constructor(private readonly ctx: SqlContext) {}

  async recordUnanswered(tenantId: string, q: Omit<UnansweredQuestion, 'at'>, personKey: string): Promise<boolean> {
    const at = this.ctx.now().toISOString();
    const day = at.slice(0, 10);
    const quota = await this.ctx.client.query<Row>(
      `INSERT INTO unanswered_quota (tenant_id, person_key, day, count) VALUES ($1, $2, $3, 1)
       ON CONFLICT (tenant_id, person_key, day) DO UPDATE SET count = unanswered_quota.count + 1
       RETURNING count`,
      [tenantId, personKey, day],
    );
    if (Number(quota[0]?.count ?? 0) > MAX_UNANSWERED_PER_MEMBER_PER_DAY) return false;
    await this.ctx.client.execute(
      `INSERT INTO unanswered_questions (tenant_id, day, normalized, at, locale, topic, text, count) VALUES ($1, $2, $3, $4, $5, $6, $7, 1)
       ON CONFLICT (tenant_id, day, normalized) DO UPDATE SET count = unanswered_questions.count + 1, at = excluded.at,
         locale = excluded.locale, text = excluded.text, topic = COALESCE(excluded.topic, unanswered_questions.topic)`,
      [tenantId, day, q.normalized, at, q.locale, q.topic ?? null, q.text],
    );
    return true;
  }

  async unansweredSince(tenantId: string, since: string, limit = 100): Promise<Array<UnansweredQuestion & { count: number }>> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT at, locale, topic, normalized, text, count FROM unanswered_questions WHERE tenant_id = $1 AND at >= $2 ORDER BY at, normalized LIMIT $3`,
      [tenantId, since, Math.max(1, Math.min(1000, Math.floor(limit)))],
    );
    return rows.map((r) => {
      const topic = optStr(r.topic);
      return { at: iso(r.at), locale: String(r.locale), normalized: String(r.normalized), text: String(r.text), count: Number(r.count), ...(topic ? { topic } : {}) };
    });
  }

  async unansweredSummary(tenantId: string, starts: Record<ReportPeriod, string>, until: string, limit: number): Promise<UnansweredSummary> {
    const window = `tenant_id = $1 AND at >= $2 AND at <= $3`;
    const [totals] = await this.ctx.client.query<Row>(
      `SELECT COALESCE(SUM(CASE WHEN at >= $4 THEN count ELSE 0 END), 0) AS c7, COALESCE(SUM(count), 0) AS c30
       FROM unanswered_questions WHERE ${window}`,
      [tenantId, starts[30], until, starts[7]],
    );
    const top = await this.ctx.client.query<Row>(
      `SELECT normalized, SUM(CASE WHEN at >= $4 THEN count ELSE 0 END) AS c7, SUM(count) AS c30, MAX(at) AS last
       FROM unanswered_questions WHERE ${window}
       GROUP BY normalized ORDER BY c30 DESC, c7 DESC, last DESC, normalized LIMIT $5`,
      [tenantId, starts[30], until, starts[7], Math.max(1, Math.floor(limit))],
    );
    const counted = await Promise.all(
      top.map(async (r) => {
        // Equality on the group's last time: an index lookup, where ORDER BY at would scan the window.
        const [latest] = await this.ctx.client.query<Row>(
          `SELECT text FROM unanswered_questions WHERE tenant_id = $1 AND normalized = $2 AND at = $3 LIMIT 1`,
          [tenantId, String(r.normalized), iso(r.last)],
        );
        return { normalized: String(r.normalized), example: String(latest?.text ?? r.normalized), counts: { 7: Number(r.c7), 30: Number(r.c30) } };
      }),
    );
    return { total: { 7: Number(totals?.c7 ?? 0), 30: Number(totals?.c30 ?? 0) }, top: counted };
  }

  async feedbackSince(tenantId: string, since: string): Promise<FeedbackFact[]> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT at, topic, reaction FROM answer_feedback WHERE tenant_id = $1 AND at >= $2 ORDER BY at, id`,
      [tenantId, since],
    );
    return rows.map((r) => ({ at: iso(r.at), topic: String(r.topic), reaction: String(r.reaction) as Reaction }));
  }

  async ticketsSince(tenantId: string, since: string): Promise<TicketFact[]> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT number, status, topic, created_at, history FROM tickets WHERE tenant_id = $1 AND created_at >= $2 ORDER BY number`,
      [tenantId, since],
    );
    return rows.map((r) => {
      const topic = optStr(r.topic);
      return {
        number: Number(r.number),
        status: String(r.status) as TicketStatus,
        ...(topic ? { topic } : {}),
        createdAt: iso(r.created_at),
        // Only when each thing happened: the texts of the history stay in the ticket.
        history: parseJson<TicketEvent[]>(r.history).map((e) => ({ at: e.at, kind: e.kind })),
      };
    });
  }

  async saveReport(report: StoredReport): Promise<void> {
    await this.ctx.client.execute(
      `INSERT INTO report_snapshots (id, tenant_id, created_at, expires_at, report) VALUES ($1, $2, $3, $4, $5)`,
      [report.id, report.tenantId, report.createdAt, report.expiresAt, JSON.stringify(report.report)],
    );
  }

  async getReport(id: string): Promise<StoredReport | undefined> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT id, tenant_id, created_at, expires_at, report FROM report_snapshots WHERE id = $1 AND expires_at > $2`,
      [id, this.ctx.now().toISOString()],
    );
    const r = rows[0];
    return r
      ? { id: String(r.id), tenantId: String(r.tenant_id), createdAt: iso(r.created_at), expiresAt: iso(r.expires_at), report: parseJson<HelpdeskReport>(r.report) }
      : undefined;
  }
}
