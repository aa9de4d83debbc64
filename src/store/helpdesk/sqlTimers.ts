import type { ReminderCandidate } from '../../domain/ticketReminders';
import type { Ticket } from '../../domain/tickets';
import { insertAudit } from '../sql/auditLog';
import { iso, optIso, type Row, type SqlContext } from '../sql/rows';
import type { SqlExecutor, SqlParam } from '../sql/sqlClient';
import type { NewOutboxMessage, TicketChange, TicketTimerRepository, TimerCutoffs } from './contracts';
import { applyChange, COLUMNS, insertOutbox, ticketOf } from './sqlTickets';

/** Who acts for the timers in the audit log and the ticket history. */
const TIMERS = { userId: 'system:reminders' };

export class SqlTicketTimers implements TicketTimerRepository {
  constructor(private readonly ctx: SqlContext) {}

  async candidates(cutoffs: TimerCutoffs, limit: number): Promise<ReminderCandidate[]> {
    const { client } = this.ctx;
    const fresh = await client.query<Row>(
      `SELECT t.tenant_id, t.number, t.created_at FROM tickets t JOIN helpdesk_channels c ON c.tenant_id = t.tenant_id
       WHERE t.status = 'new' AND t.unassigned_reminded_at IS NULL AND t.created_at <= $1
       ORDER BY t.created_at, t.tenant_id, t.number LIMIT $2`,
      [cutoffs.unassignedBefore.toISOString(), limit],
    );
    // Two lists, so tickets reminded and not yet due to close never crowd out those due for their reminder.
    const waiting = [
      ...(await client.query<Row>(
        `SELECT tenant_id, number, created_at, waiting_since, waiting_reminded_at FROM tickets
         WHERE status = 'waiting' AND waiting_reminded_at IS NULL AND waiting_since <= $1
         ORDER BY waiting_since, tenant_id, number LIMIT $2`,
        [cutoffs.remindBefore.toISOString(), limit],
      )),
      ...(await client.query<Row>(
        `SELECT tenant_id, number, created_at, waiting_since, waiting_reminded_at FROM tickets
         WHERE status = 'waiting' AND waiting_reminded_at IS NOT NULL AND waiting_since <= $1 AND waiting_reminded_at <= $2
         ORDER BY waiting_since, tenant_id, number LIMIT $3`,
        [cutoffs.closeBefore.toISOString(), cutoffs.remindedBefore.toISOString(), limit],
      )),
    ];
    return [
      ...fresh.map((r) => ({ tenantId: String(r.tenant_id), number: Number(r.number), status: 'new' as const, createdAt: iso(r.created_at) })),
      ...waiting.map((r) => {
        const c: ReminderCandidate = {
          tenantId: String(r.tenant_id),
          number: Number(r.number),
          status: 'waiting',
          createdAt: iso(r.created_at),
          waitingSince: iso(r.waiting_since),
        };
        const reminded = optIso(r.waiting_reminded_at);
        if (reminded) c.waitingRemindedAt = reminded;
        return c;
      }),
    ];
  }

  remindUnassigned(tenantId: string, number: number, at: Date, outbox: (ticket: Ticket) => NewOutboxMessage[]): Promise<boolean> {
    return this.claim(
      tenantId,
      number,
      at,
      `UPDATE tickets SET unassigned_reminded_at = $3 WHERE tenant_id = $1 AND number = $2 AND status = 'new' AND unassigned_reminded_at IS NULL
       RETURNING ${COLUMNS}`,
      [tenantId, number, at.toISOString()],
      'ticket.reminder.unassigned',
      outbox,
    );
  }

  remindRequester(tenantId: string, number: number, waitingSince: string, at: Date, outbox: (ticket: Ticket) => NewOutboxMessage[]): Promise<boolean> {
    return this.claim(
      tenantId,
      number,
      at,
      `UPDATE tickets SET waiting_reminded_at = $4 WHERE tenant_id = $1 AND number = $2 AND status = 'waiting'
         AND waiting_since = $3 AND waiting_reminded_at IS NULL
       RETURNING ${COLUMNS}`,
      [tenantId, number, waitingSince, at.toISOString()],
      'ticket.reminder.requester',
      outbox,
    );
  }

  closeUnanswered(tenantId: string, number: number, waitingSince: string, at: Date, change: (current: Ticket) => TicketChange | undefined): Promise<Ticket | undefined> {
    return this.ctx.client.transaction(async (tx) => {
      // Locked, then checked: another instance that closed it first, or a reply since, leaves nothing to do.
      const rows = await tx.query<Row>(
        `SELECT ${COLUMNS} FROM tickets WHERE tenant_id = $1 AND number = $2 AND status = 'waiting'
           AND waiting_since = $3 AND waiting_reminded_at IS NOT NULL FOR UPDATE`,
        [tenantId, number, waitingSince],
      );
      if (!rows[0]) return undefined;
      const current = ticketOf(tenantId, rows[0]);
      const decided = change(current);
      if (!decided) return undefined;
      return applyChange(tx, current, decided, TIMERS, current.requester.conversationId, at.toISOString());
    });
  }

  async tenantsWithContractEnd(): Promise<string[]> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT tenant_id FROM benefits WHERE contract_end IS NOT NULL AND contract_end <> '' ORDER BY tenant_id`,
      [],
    );
    return rows.map((r) => String(r.tenant_id));
  }

  async lease(name: string, holder: string, at: Date, ms: number): Promise<boolean> {
    const rows = await this.ctx.client.query(
      `INSERT INTO maintenance_leases (name, holder, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
       WHERE maintenance_leases.expires_at <= $4
       RETURNING name`,
      [name, holder, new Date(at.getTime() + Math.max(0, ms)).toISOString(), at.toISOString()],
    );
    return rows.length === 1;
  }

  /** The conditional update claims the step; its outbox messages and audit go in the same transaction. */
  private claim(
    tenantId: string,
    number: number,
    at: Date,
    sql: string,
    params: SqlParam[],
    auditAction: string,
    outbox: (ticket: Ticket) => NewOutboxMessage[],
  ): Promise<boolean> {
    return this.ctx.client.transaction(async (tx: SqlExecutor) => {
      const rows = await tx.query<Row>(sql, params);
      if (!rows[0]) return false;
      const ticket = ticketOf(tenantId, rows[0]);
      const when = at.toISOString();
      await insertOutbox(tx, tenantId, outbox(ticket), when);
      await insertAudit(tx, tenantId, { actor: TIMERS, conversationId: ticket.requester.conversationId, action: auditAction, outcome: 'done', detail: { number } }, when);
      return true;
    });
  }
}
