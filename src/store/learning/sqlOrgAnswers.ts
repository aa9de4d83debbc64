import { randomUUID } from 'node:crypto';
import { MAX_ORG_ANSWERS, type OrgAnswer, type OrgAnswerChange, type OrgAnswerDraft, type OrgAnswerOrigin } from '../../domain/orgAnswers';
import type { Actor } from '../../domain/records';
import type { Locale } from '../../domain/types';
import { StoreInputError } from '../errors';
import { insertAudit } from '../sql/auditLog';
import type { SqlExecutor } from '../sql/sqlClient';
import { actorOf, iso, optIso, parseJson, type Row, type SqlContext } from '../sql/rows';
import type { NewOrgAnswer, OrgAnswerRepository, OrgAnswerUse } from './contracts';

const COLUMNS =
  'tenant_id, id, locale, question, phrasings, answer, origin, created_by, created_at, updated_by, updated_at, review_due, reminded_for, uses, version';

function answerOf(r: Row): OrgAnswer {
  const remindedFor = optIso(r.reminded_for);
  return {
    tenantId: String(r.tenant_id),
    id: String(r.id),
    locale: String(r.locale) as Locale,
    question: String(r.question),
    phrasings: parseJson<string[]>(r.phrasings),
    answer: String(r.answer),
    origin: parseJson<OrgAnswerOrigin>(r.origin),
    createdBy: parseJson<Actor>(r.created_by),
    createdAt: iso(r.created_at),
    updatedBy: parseJson<Actor>(r.updated_by),
    updatedAt: iso(r.updated_at),
    reviewDue: iso(r.review_due),
    ...(remindedFor ? { remindedFor } : {}),
    uses: Number(r.uses),
    version: Number(r.version),
  };
}

function draftOf(a: OrgAnswer): OrgAnswerDraft {
  return { locale: a.locale, question: a.question, phrasings: a.phrasings, answer: a.answer };
}

export class SqlOrgAnswerRepository implements OrgAnswerRepository {
  constructor(private readonly ctx: SqlContext) {}

  create(tenantId: string, input: NewOrgAnswer, actor: Actor, conversationId: string): Promise<{ created: boolean; answer: OrgAnswer }> {
    return this.ctx.client.transaction(async (tx) => {
      const existing = await tx.query<Row>(`SELECT ${COLUMNS} FROM org_answers WHERE tenant_id = $1 AND draft_key = $2`, [tenantId, input.draftKey]);
      if (existing[0]) return { created: false, answer: answerOf(existing[0]) };
      const [count] = await tx.query<Row>(`SELECT COUNT(*) AS n FROM org_answers WHERE tenant_id = $1`, [tenantId]);
      if (Number(count?.n ?? 0) >= MAX_ORG_ANSWERS) throw new StoreInputError(`at most ${MAX_ORG_ANSWERS} answers per organization`);
      const at = this.ctx.now().toISOString();
      const by = JSON.stringify(actorOf(actor));
      const rows = await tx.query<Row>(
        `INSERT INTO org_answers (tenant_id, id, draft_key, locale, question, phrasings, answer, origin, created_by, created_at, updated_by, updated_at, review_due, uses, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9, $10, $11, 0, 1) RETURNING ${COLUMNS}`,
        [tenantId, randomUUID(), input.draftKey, input.locale, input.question, JSON.stringify(input.phrasings), input.answer, JSON.stringify(input.origin), by, at, input.reviewDue],
      );
      const answer = answerOf(rows[0]);
      await this.changed(tx, answer.id, tenantId, at, actor, conversationId, 'created', undefined, draftOf(answer), { origin: input.origin.kind });
      return { created: true, answer };
    });
  }

  async get(tenantId: string, id: string): Promise<OrgAnswer | undefined> {
    const rows = await this.ctx.client.query<Row>(`SELECT ${COLUMNS} FROM org_answers WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
    return rows[0] ? answerOf(rows[0]) : undefined;
  }

  async list(tenantId: string, locale?: string): Promise<OrgAnswer[]> {
    const rows = locale
      ? await this.ctx.client.query<Row>(`SELECT ${COLUMNS} FROM org_answers WHERE tenant_id = $1 AND locale = $2 ORDER BY updated_at DESC, id LIMIT ${MAX_ORG_ANSWERS}`, [tenantId, locale])
      : await this.ctx.client.query<Row>(`SELECT ${COLUMNS} FROM org_answers WHERE tenant_id = $1 ORDER BY updated_at DESC, id LIMIT ${MAX_ORG_ANSWERS}`, [tenantId]);
    return rows.map(answerOf);
  }

  update(
    tenantId: string,
    id: string,
    draft: OrgAnswerDraft,
    expectedVersion: number,
    reviewDue: string,
    actor: Actor,
    conversationId: string,
  ): Promise<{ applied: boolean; answer: OrgAnswer } | undefined> {
    return this.ctx.client.transaction(async (tx) => {
      const current = await tx.query<Row>(`SELECT ${COLUMNS} FROM org_answers WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [tenantId, id]);
      if (!current[0]) return undefined;
      const before = answerOf(current[0]);
      if (before.version !== expectedVersion) return { applied: false, answer: before };
      const at = this.ctx.now().toISOString();
      const rows = await tx.query<Row>(
        `UPDATE org_answers SET locale = $3, question = $4, phrasings = $5, answer = $6, updated_by = $7, updated_at = $8, review_due = $9, version = version + 1
         WHERE tenant_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
        [tenantId, id, draft.locale, draft.question, JSON.stringify(draft.phrasings), draft.answer, JSON.stringify(actorOf(actor)), at, reviewDue],
      );
      const answer = answerOf(rows[0]);
      await this.changed(tx, id, tenantId, at, actor, conversationId, 'edited', draftOf(before), draftOf(answer));
      return { applied: true, answer };
    });
  }

  remove(tenantId: string, id: string, actor: Actor, conversationId: string): Promise<OrgAnswer | undefined> {
    return this.ctx.client.transaction(async (tx) => {
      const rows = await tx.query<Row>(`DELETE FROM org_answers WHERE tenant_id = $1 AND id = $2 RETURNING ${COLUMNS}`, [tenantId, id]);
      if (!rows[0]) return undefined;
      const before = answerOf(rows[0]);
      await this.changed(tx, id, tenantId, this.ctx.now().toISOString(), actor, conversationId, 'deleted', draftOf(before), undefined);
      return before;
    });
  }

  confirm(tenantId: string, id: string, reviewDue: string, actor: Actor, conversationId: string): Promise<OrgAnswer | undefined> {
    return this.ctx.client.transaction(async (tx) => {
      const at = this.ctx.now().toISOString();
      const rows = await tx.query<Row>(
        `UPDATE org_answers SET review_due = $3, reminded_for = NULL WHERE tenant_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
        [tenantId, id, reviewDue],
      );
      if (!rows[0]) return undefined;
      const answer = answerOf(rows[0]);
      await this.changed(tx, id, tenantId, at, actor, conversationId, 'confirmed', undefined, undefined, { reviewDue });
      return answer;
    });
  }

  async history(tenantId: string, answerId?: string): Promise<OrgAnswerChange[]> {
    const rows = answerId
      ? await this.ctx.client.query<Row>(`SELECT answer_id, at, actor, action, before, after FROM org_answer_history WHERE tenant_id = $1 AND answer_id = $2 ORDER BY id`, [tenantId, answerId])
      : await this.ctx.client.query<Row>(`SELECT answer_id, at, actor, action, before, after FROM org_answer_history WHERE tenant_id = $1 ORDER BY id`, [tenantId]);
    return rows.map((r) => ({
      answerId: String(r.answer_id),
      at: iso(r.at),
      actor: parseJson<Actor>(r.actor),
      action: String(r.action) as OrgAnswerChange['action'],
      ...(r.before ? { before: parseJson<OrgAnswerDraft>(r.before) } : {}),
      ...(r.after ? { after: parseJson<OrgAnswerDraft>(r.after) } : {}),
    }));
  }

  recordUse(tenantId: string, answerId: string): Promise<void> {
    return this.ctx.client.transaction(async (tx) => {
      const updated = await tx.execute(`UPDATE org_answers SET uses = uses + 1 WHERE tenant_id = $1 AND id = $2`, [tenantId, answerId]);
      if (updated > 0) {
        await tx.execute(`INSERT INTO org_answer_uses (tenant_id, answer_id, at) VALUES ($1, $2, $3)`, [tenantId, answerId, this.ctx.now().toISOString()]);
      }
    });
  }

  async usesSince(tenantId: string, since: string): Promise<OrgAnswerUse[]> {
    const rows = await this.ctx.client.query<Row>(`SELECT answer_id, at FROM org_answer_uses WHERE tenant_id = $1 AND at >= $2 ORDER BY at, id`, [tenantId, since]);
    return rows.map((r) => ({ answerId: String(r.answer_id), at: iso(r.at) }));
  }

  async feedbackCounts(tenantId: string): Promise<Map<string, { likes: number; dislikes: number }>> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT topic, reaction, COUNT(*) AS n FROM answer_feedback WHERE tenant_id = $1 AND topic LIKE 'org:%' GROUP BY topic, reaction`,
      [tenantId],
    );
    const counts = new Map<string, { likes: number; dislikes: number }>();
    for (const r of rows) {
      const id = String(r.topic).slice(4);
      const c = counts.get(id) ?? { likes: 0, dislikes: 0 };
      if (r.reaction === 'like') c.likes += Number(r.n);
      else c.dislikes += Number(r.n);
      counts.set(id, c);
    }
    return counts;
  }

  async dueForReview(at: string, limit: number): Promise<OrgAnswer[]> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT ${COLUMNS} FROM org_answers WHERE review_due <= $1 AND (reminded_for IS NULL OR reminded_for <> review_due)
       ORDER BY review_due, tenant_id, id LIMIT $2`,
      [at, Math.max(1, Math.floor(limit))],
    );
    return rows.map(answerOf);
  }

  async markReminded(tenantId: string, id: string, reviewDue: string): Promise<boolean> {
    const updated = await this.ctx.client.execute(
      `UPDATE org_answers SET reminded_for = review_due WHERE tenant_id = $1 AND id = $2 AND review_due = $3 AND (reminded_for IS NULL OR reminded_for <> review_due)`,
      [tenantId, id, reviewDue],
    );
    return updated > 0;
  }

  private async changed(
    tx: SqlExecutor,
    answerId: string,
    tenantId: string,
    at: string,
    actor: Actor,
    conversationId: string,
    action: OrgAnswerChange['action'],
    before: OrgAnswerDraft | undefined,
    after: OrgAnswerDraft | undefined,
    detail: Record<string, unknown> = {},
  ): Promise<void> {
    await tx.execute(
      `INSERT INTO org_answer_history (tenant_id, answer_id, at, actor, action, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [tenantId, answerId, at, JSON.stringify(actorOf(actor)), action, before ? JSON.stringify(before) : null, after ? JSON.stringify(after) : null],
    );
    // The audit trail names the answer; what it says is in its history (an answer may quote anything).
    await insertAudit(tx, tenantId, { actor, conversationId, action: `orgAnswer.${action}`, outcome: 'done', detail: { answerId, ...detail } }, at);
  }
}
