import type { Actor } from '../../domain/records';
import type { Ticket, TicketEvent } from '../../domain/tickets';
import { personKeyOf } from '../../domain/tickets';
import { insertAudit } from '../sql/auditLog';
import { TicketLimitError } from '../errors';
import { compact, iso, optStr, parseJson, personKey, type Row, type SqlContext } from '../sql/rows';
import type { SqlExecutor } from '../sql/sqlClient';
import type { HelpdeskChannel, NewOutboxMessage, NewTicket, QueueQuery, TicketChange, TicketRepository } from './contracts';

/** History kept on a ticket; older events are dropped (the audit log keeps who did what). */
const MAX_HISTORY = 200;

export const COLUMNS = `number, status, requester, locale, question, urgency, topic, transcript, entitlement, assignee,
  card_conversation_id, card_activity_id, delivery_problem, history, created_at, updated_at, version`;

export function ticketOf(tenantId: string, row: Row): Ticket {
  const cardId = optStr(row.card_activity_id);
  return compact({
    tenantId,
    number: Number(row.number),
    status: row.status as Ticket['status'],
    requester: parseJson<Ticket['requester']>(row.requester),
    locale: row.locale as Ticket['locale'],
    question: String(row.question),
    urgency: row.urgency as Ticket['urgency'],
    topic: optStr(row.topic),
    transcript: parseJson<Ticket['transcript']>(row.transcript),
    entitlement: parseJson<Ticket['entitlement']>(row.entitlement),
    assignee: row.assignee === null || row.assignee === undefined ? undefined : parseJson<Actor>(row.assignee),
    card: cardId ? { conversationId: String(row.card_conversation_id), activityId: cardId } : undefined,
    deliveryProblem: optStr(row.delivery_problem),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: Number(row.version),
    history: parseJson<TicketEvent[]>(row.history),
  });
}

function actorJson(a: Actor): string {
  return JSON.stringify(compact({ userId: a.userId, aadObjectId: a.aadObjectId, name: a.name }));
}

/** Writes outbox messages inside the caller's transaction; a dedupe key already written is skipped. */
export async function insertOutbox(tx: SqlExecutor, tenantId: string, messages: NewOutboxMessage[], at: string): Promise<void> {
  for (const m of messages) {
    await tx.execute(
      `INSERT INTO outbox (tenant_id, dedupe_key, lane, kind, ticket_number, payload, state, attempts, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8, $8) ON CONFLICT (tenant_id, dedupe_key) DO NOTHING`,
      [tenantId, m.dedupeKey, m.lane, m.kind, m.ticketNumber ?? null, JSON.stringify(m.payload), m.parked ? 'parked' : 'pending', at],
    );
  }
}

/**
 * Writes a decided change of a ticket locked by the caller's transaction: status, assignee, history, its
 * outbox messages and audit. A reply (or a move into waiting) starts the wait on the requester afresh; any
 * other status ends it (see the ticket timers).
 */
export async function applyChange(
  tx: SqlExecutor,
  current: Ticket,
  change: TicketChange,
  actor: Actor,
  conversationId: string,
  at: string,
): Promise<Ticket> {
  const { tenantId, number } = current;
  const event = { ...change.event, at };
  const history = [...current.history, event].slice(-MAX_HISTORY);
  const restartsWait = change.status === 'waiting' && (current.status !== 'waiting' || change.event.kind === 'reply');
  const waitEnds = change.status !== 'waiting';
  const updated = await tx.query<Row>(
    `UPDATE tickets SET status = $3, assignee = $4, assignee_key = $9, history = $5, updated_at = $6, version = version + 1,
       waiting_since = CASE WHEN $7 = 1 THEN $6 WHEN $8 = 1 THEN NULL ELSE waiting_since END,
       waiting_reminded_at = CASE WHEN $7 = 1 OR $8 = 1 THEN NULL ELSE waiting_reminded_at END
     WHERE tenant_id = $1 AND number = $2 RETURNING ${COLUMNS}`,
    [
      tenantId,
      number,
      change.status,
      change.assignee ? actorJson(change.assignee) : null,
      JSON.stringify(history),
      at,
      restartsWait ? 1 : 0,
      waitEnds ? 1 : 0,
      change.assignee ? personKeyOf(change.assignee) : null,
    ],
  );
  const ticket = ticketOf(tenantId, updated[0]);
  await insertOutbox(tx, tenantId, change.outbox(ticket), at);
  await insertAudit(
    tx,
    tenantId,
    { actor, conversationId, action: change.auditAction, outcome: 'done', detail: { number, status: change.status } },
    at,
  );
  return ticket;
}

export class SqlTicketRepository implements TicketRepository {
  constructor(private readonly ctx: SqlContext) {}

  async getChannel(tenantId: string): Promise<HelpdeskChannel | undefined> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT conversation_id, reference, locale, set_by, set_at FROM helpdesk_channels WHERE tenant_id = $1`,
      [tenantId],
    );
    const r = rows[0];
    return r
      ? {
          tenantId,
          conversationId: String(r.conversation_id),
          reference: parseJson<object>(r.reference),
          locale: String(r.locale),
          setBy: String(r.set_by),
          setAt: iso(r.set_at),
        }
      : undefined;
  }

  setChannel(tenantId: string, channel: { conversationId: string; reference: object; locale: string }, actor: Actor) {
    return this.ctx.client.transaction(async (tx) => {
      const at = this.ctx.now().toISOString();
      await tx.execute(
        `INSERT INTO helpdesk_channels (tenant_id, conversation_id, reference, locale, set_by, set_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (tenant_id) DO UPDATE SET conversation_id = excluded.conversation_id, reference = excluded.reference,
           locale = excluded.locale, set_by = excluded.set_by, set_at = excluded.set_at`,
        [tenantId, channel.conversationId, JSON.stringify(channel.reference), channel.locale, personKey(actor), at],
      );
      // Posts that had nowhere to go, or failed (bot removed, channel gone), go out to the new channel.
      const requeued = await tx.execute(
        `UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = $2, lease_until = NULL, last_status = NULL
         WHERE tenant_id = $1 AND kind = 'ticketPost' AND state IN ('parked', 'failed')`,
        [tenantId, at],
      );
      await insertAudit(
        tx,
        tenantId,
        { actor, conversationId: channel.conversationId, action: 'helpdesk.channel.set', outcome: 'done', detail: { requeued } },
        at,
      );
      const result: HelpdeskChannel = { tenantId, ...channel, setBy: personKey(actor), setAt: at };
      return { channel: result, requeued };
    });
  }

  create(
    tenantId: string,
    input: NewTicket,
    outbox: (ticket: Ticket) => NewOutboxMessage[],
    firstHint: (ticket: Ticket) => NewOutboxMessage[],
    maxOpenPerRequester?: number,
  ) {
    return this.ctx.client.transaction(async (tx) => {
      // Lock the tenant's counter row first (the no-op update takes the row lock until commit): creations of
      // one tenant run one at a time across instances, so a repeated draft sees the ticket made before it.
      await tx.query(
        `INSERT INTO ticket_counters (tenant_id, last_number) VALUES ($1, 0)
         ON CONFLICT (tenant_id) DO UPDATE SET last_number = ticket_counters.last_number RETURNING last_number`,
        [tenantId],
      );
      const existing = await tx.query<Row>(`SELECT ${COLUMNS} FROM tickets WHERE tenant_id = $1 AND draft_key = $2`, [
        tenantId,
        input.draftKey,
      ]);
      if (existing[0]) return { created: false, ticket: ticketOf(tenantId, existing[0]) };
      if (maxOpenPerRequester !== undefined) {
        // Under the tenant's counter lock: a burst of creations is counted one at a time, across instances.
        const open = await tx.query<Row>(
          `SELECT number FROM tickets WHERE tenant_id = $1 AND requester_key = $2 AND status IN ('new', 'assigned', 'waiting') ORDER BY number LIMIT $3`,
          [tenantId, personKeyOf(input.requester), maxOpenPerRequester],
        );
        if (open.length >= maxOpenPerRequester) throw new TicketLimitError(maxOpenPerRequester, open.map((r) => Number(r.number)));
      }
      const at = this.ctx.now().toISOString();
      const counter = await tx.query<Row>(
        `UPDATE ticket_counters SET last_number = last_number + 1 WHERE tenant_id = $1 RETURNING last_number`,
        [tenantId],
      );
      const number = Number(counter[0].last_number);
      const history: TicketEvent[] = [{ at, kind: 'created', actor: input.requester }];
      const requester = compact({ ...input.requester });
      const rows = await tx.query<Row>(
        `INSERT INTO tickets (tenant_id, number, draft_key, status, requester_key, requester, locale, question, urgency, topic,
           transcript, entitlement, history, created_at, updated_at, version)
         VALUES ($1, $2, $3, 'new', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, 1) RETURNING ${COLUMNS}`,
        [
          tenantId,
          number,
          input.draftKey,
          personKeyOf(input.requester),
          JSON.stringify(requester),
          input.locale,
          input.question,
          input.urgency,
          input.topic ?? null,
          JSON.stringify(input.transcript),
          JSON.stringify(input.entitlement),
          JSON.stringify(history),
          at,
        ],
      );
      const ticket = ticketOf(tenantId, rows[0]);
      await insertOutbox(tx, tenantId, outbox(ticket), at);
      const hasChannel = (await tx.query(`SELECT 1 FROM helpdesk_channels WHERE tenant_id = $1`, [tenantId])).length > 0;
      if (!hasChannel) {
        const first = await tx.query(
          `INSERT INTO helpdesk_setup_hints (tenant_id, at) VALUES ($1, $2) ON CONFLICT (tenant_id) DO NOTHING RETURNING tenant_id`,
          [tenantId, at],
        );
        if (first.length === 1) await insertOutbox(tx, tenantId, firstHint(ticket), at);
      }
      await insertAudit(
        tx,
        tenantId,
        { actor: input.requester, conversationId: input.requester.conversationId, action: 'ticket.created', outcome: 'done', detail: { number } },
        at,
      );
      return { created: true, ticket };
    });
  }

  async get(tenantId: string, number: number): Promise<Ticket | undefined> {
    if (!Number.isSafeInteger(number) || number < 1) return undefined;
    const rows = await this.ctx.client.query<Row>(`SELECT ${COLUMNS} FROM tickets WHERE tenant_id = $1 AND number = $2`, [
      tenantId,
      number,
    ]);
    return rows[0] ? ticketOf(tenantId, rows[0]) : undefined;
  }

  async listByRequester(tenantId: string, requesterKey: string): Promise<Ticket[]> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT ${COLUMNS} FROM tickets WHERE tenant_id = $1 AND requester_key = $2 ORDER BY number DESC LIMIT 50`,
      [tenantId, requesterKey.toLowerCase()],
    );
    return rows.map((r) => ticketOf(tenantId, r));
  }

  async listQueue(tenantId: string, query: QueueQuery): Promise<Ticket[]> {
    const where: string[] = ['tenant_id = $1', "status <> 'closed'"];
    const params: Array<string | number> = [tenantId];
    const add = (sql: string, value: string | number) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    switch (query.filter) {
      case 'unassigned':
        where.push("assignee IS NULL AND status <> 'resolved'");
        break;
      case 'mine':
        add('assignee_key = ?', query.me.toLowerCase());
        break;
      case 'waiting':
        where.push("status = 'waiting'");
        break;
      case 'old':
        add('created_at < ?', query.olderThan);
        break;
      case 'all':
        break;
    }
    if (query.topic !== undefined) add('topic = ?', query.topic);
    if (query.afterNumber !== undefined) add('number > ?', query.afterNumber);
    params.push(Math.max(1, Math.min(200, Math.floor(query.limit))));
    const rows = await this.ctx.client.query<Row>(
      `SELECT ${COLUMNS} FROM tickets WHERE ${where.join(' AND ')} ORDER BY number LIMIT $${params.length}`,
      params,
    );
    return rows.map((r) => ticketOf(tenantId, r));
  }

  async listOpen(tenantId: string): Promise<Ticket[]> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT ${COLUMNS} FROM tickets WHERE tenant_id = $1 AND status <> 'closed' ORDER BY number LIMIT 100`,
      [tenantId],
    );
    return rows.map((r) => ticketOf(tenantId, r));
  }

  async waitingFor(tenantId: string, requesterKey: string): Promise<Ticket | undefined> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT ${COLUMNS} FROM tickets WHERE tenant_id = $1 AND requester_key = $2 AND status = 'waiting' ORDER BY updated_at DESC, number DESC LIMIT 1`,
      [tenantId, requesterKey.toLowerCase()],
    );
    return rows[0] ? ticketOf(tenantId, rows[0]) : undefined;
  }

  change(tenantId: string, number: number, actor: Actor, conversationId: string, decide: (current: Ticket) => TicketChange | undefined) {
    if (!Number.isSafeInteger(number) || number < 1) return Promise.resolve(undefined);
    return this.ctx.client.transaction(async (tx) => {
      const rows = await tx.query<Row>(`SELECT ${COLUMNS} FROM tickets WHERE tenant_id = $1 AND number = $2 FOR UPDATE`, [
        tenantId,
        number,
      ]);
      if (!rows[0]) return undefined;
      const current = ticketOf(tenantId, rows[0]);
      const change = decide(current);
      if (!change) return { applied: false, ticket: current };
      const ticket = await applyChange(tx, current, change, actor, conversationId, this.ctx.now().toISOString());
      return { applied: true, ticket };
    });
  }

  async setCard(tenantId: string, number: number, card: { conversationId: string; activityId: string }): Promise<void> {
    await this.ctx.client.execute(
      `UPDATE tickets SET card_conversation_id = $3, card_activity_id = $4,
         delivery_problem = CASE WHEN delivery_problem LIKE 'channel%' THEN NULL ELSE delivery_problem END
       WHERE tenant_id = $1 AND number = $2`,
      [tenantId, number, card.conversationId, card.activityId],
    );
  }

  recordDeliveryProblem(tenantId: string, number: number, problem: string): Promise<void> {
    return this.ctx.client.transaction(async (tx) => {
      const rows = await tx.query<Row>(`SELECT history FROM tickets WHERE tenant_id = $1 AND number = $2 FOR UPDATE`, [tenantId, number]);
      if (!rows[0]) return;
      const at = this.ctx.now().toISOString();
      const event: TicketEvent = { at, kind: 'deliveryFailed', actor: { userId: 'system:outbox' }, detail: problem };
      const history = [...parseJson<TicketEvent[]>(rows[0].history), event].slice(-MAX_HISTORY);
      await tx.execute(`UPDATE tickets SET delivery_problem = $3, history = $4 WHERE tenant_id = $1 AND number = $2`, [
        tenantId,
        number,
        problem,
        JSON.stringify(history),
      ]);
    });
  }
}

