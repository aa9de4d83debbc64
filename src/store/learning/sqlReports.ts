import type { Reaction } from '../../domain/feedback';
import type { FeedbackFact, HelpdeskReport, TicketFact, UnansweredQuestion } from '../../domain/helpdeskReport';
import type { TicketEvent, TicketStatus } from '../../domain/tickets';
import { iso, optStr, parseJson, type Row, type SqlContext } from '../sql/rows';
import type { ReportRepository, StoredReport } from './contracts';

export class SqlReportRepository implements ReportRepository {
  constructor(private readonly ctx: SqlContext) {}

  async recordUnanswered(tenantId: string, q: Omit<UnansweredQuestion, 'at'>): Promise<void> {
    await this.ctx.client.execute(
      `INSERT INTO unanswered_questions (tenant_id, at, locale, topic, normalized, text) VALUES ($1, $2, $3, $4, $5, $6)`,
      [tenantId, this.ctx.now().toISOString(), q.locale, q.topic ?? null, q.normalized, q.text],
    );
  }

  async unansweredSince(tenantId: string, since: string): Promise<UnansweredQuestion[]> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT at, locale, topic, normalized, text FROM unanswered_questions WHERE tenant_id = $1 AND at >= $2 ORDER BY at, id`,
      [tenantId, since],
    );
    return rows.map((r) => {
      const topic = optStr(r.topic);
      return { at: iso(r.at), locale: String(r.locale), normalized: String(r.normalized), text: String(r.text), ...(topic ? { topic } : {}) };
    });
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
