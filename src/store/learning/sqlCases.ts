import type { MicrosoftCase, NewMicrosoftCase } from '../../domain/incidentLedger';
import type { Actor } from '../../domain/records';
import type { SupportType } from '../../domain/types';
import { insertAudit } from '../sql/auditLog';
import { actorOf, iso, optNum, parseJson, type Row, type SqlContext } from '../sql/rows';
import type { CaseRepository } from './contracts';

function caseOf(r: Row): MicrosoftCase {
  const ticketNumber = optNum(r.ticket_number);
  return {
    caseNumber: String(r.case_number),
    supportType: String(r.support_type) as SupportType,
    openedOn: String(r.opened_on),
    ...(ticketNumber !== undefined ? { ticketNumber } : {}),
    recordedBy: parseJson<Actor>(r.recorded_by),
    recordedAt: iso(r.recorded_at),
  };
}

const COLUMNS = 'case_number, support_type, opened_on, ticket_number, recorded_by, recorded_at';

export class SqlCaseRepository implements CaseRepository {
  constructor(private readonly ctx: SqlContext) {}

  record(tenantId: string, input: NewMicrosoftCase, actor: Actor, conversationId: string): Promise<{ applied: boolean; record: MicrosoftCase }> {
    return this.ctx.client.transaction(async (tx) => {
      const at = this.ctx.now().toISOString();
      const inserted = await tx.execute(
        `INSERT INTO microsoft_cases (tenant_id, ${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (tenant_id, case_number) DO NOTHING`,
        [tenantId, input.caseNumber, input.supportType, input.openedOn, input.ticketNumber ?? null, JSON.stringify(actorOf(actor)), at],
      );
      const rows = await tx.query<Row>(`SELECT ${COLUMNS} FROM microsoft_cases WHERE tenant_id = $1 AND case_number = $2`, [tenantId, input.caseNumber]);
      if (inserted > 0) {
        await insertAudit(
          tx,
          tenantId,
          { actor, conversationId, action: 'case.recorded', outcome: 'done', detail: { supportType: input.supportType, ticketNumber: input.ticketNumber } },
          at,
        );
      }
      return { applied: inserted > 0, record: caseOf(rows[0]) };
    });
  }

  remove(tenantId: string, caseNumber: string, actor: Actor, conversationId: string): Promise<MicrosoftCase | undefined> {
    return this.ctx.client.transaction(async (tx) => {
      const rows = await tx.query<Row>(`SELECT ${COLUMNS} FROM microsoft_cases WHERE tenant_id = $1 AND case_number = $2`, [tenantId, caseNumber]);
      if (!rows[0]) return undefined;
      const removed = caseOf(rows[0]);
      await tx.execute(`DELETE FROM microsoft_cases WHERE tenant_id = $1 AND case_number = $2`, [tenantId, caseNumber]);
      await insertAudit(
        tx,
        tenantId,
        { actor, conversationId, action: 'case.removed', outcome: 'done', detail: { supportType: removed.supportType, ticketNumber: removed.ticketNumber } },
        this.ctx.now().toISOString(),
      );
      return removed;
    });
  }

  async list(tenantId: string): Promise<MicrosoftCase[]> {
    const rows = await this.ctx.client.query<Row>(`SELECT ${COLUMNS} FROM microsoft_cases WHERE tenant_id = $1 ORDER BY opened_on, recorded_at`, [tenantId]);
    return rows.map(caseOf);
  }
}
