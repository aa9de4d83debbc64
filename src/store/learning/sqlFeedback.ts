import type { AnsweredTopic, Reaction } from '../../domain/feedback';
import { iso, optStr, type Row, type SqlContext } from '../sql/rows';
import type { AnswerFeedbackRecord, FeedbackRepository, SentAnswerKey } from './contracts';

export class SqlFeedbackRepository implements FeedbackRepository {
  constructor(private readonly ctx: SqlContext) {}

  async recordAnswer(tenantId: string, key: SentAnswerKey, answered: AnsweredTopic): Promise<void> {
    await this.ctx.client.execute(
      `INSERT INTO sent_answers (tenant_id, conversation_id, activity_id, topic, locale, sent_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, conversation_id, activity_id) DO NOTHING`,
      [tenantId, key.conversationId, key.activityId, answered.topic, answered.locale, this.ctx.now().toISOString()],
    );
  }

  async answerOf(tenantId: string, key: SentAnswerKey): Promise<AnsweredTopic | undefined> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT topic, locale FROM sent_answers WHERE tenant_id = $1 AND conversation_id = $2 AND activity_id = $3`,
      [tenantId, key.conversationId, key.activityId],
    );
    const row = rows[0];
    return row ? { topic: String(row.topic), locale: String(row.locale) } : undefined;
  }

  add(tenantId: string, key: SentAnswerKey, personKey: string, click: { reaction: Reaction; comment?: string }): Promise<AnswerFeedbackRecord | undefined> {
    return this.ctx.client.transaction(async (tx) => {
      const rows = await tx.query<Row>(
        `SELECT topic, locale FROM sent_answers WHERE tenant_id = $1 AND conversation_id = $2 AND activity_id = $3`,
        [tenantId, key.conversationId, key.activityId],
      );
      const answer = rows[0];
      if (!answer) return undefined;
      const at = this.ctx.now().toISOString();
      const record: AnswerFeedbackRecord = {
        tenantId,
        ...key,
        topic: String(answer.topic),
        locale: String(answer.locale),
        personKey,
        reaction: click.reaction,
        ...(click.comment ? { comment: click.comment } : {}),
        at,
      };
      await tx.execute(
        `INSERT INTO answer_feedback (tenant_id, conversation_id, activity_id, person_key, topic, locale, reaction, comment, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (tenant_id, conversation_id, activity_id, person_key)
         DO UPDATE SET reaction = excluded.reaction, comment = excluded.comment, at = excluded.at`,
        [tenantId, key.conversationId, key.activityId, personKey, record.topic, record.locale, click.reaction, click.comment ?? null, at],
      );
      return record;
    });
  }

  async list(tenantId: string, limit = 100): Promise<AnswerFeedbackRecord[]> {
    const n = Math.max(1, Math.min(1000, Math.floor(limit)));
    const rows = await this.ctx.client.query<Row>(
      `SELECT conversation_id, activity_id, person_key, topic, locale, reaction, comment, at FROM answer_feedback
       WHERE tenant_id = $1 ORDER BY at DESC, id DESC LIMIT ${n}`,
      [tenantId],
    );
    return rows.map((r) => {
      const comment = optStr(r.comment);
      return {
        tenantId,
        conversationId: String(r.conversation_id),
        activityId: String(r.activity_id),
        personKey: String(r.person_key),
        topic: String(r.topic),
        locale: String(r.locale),
        reaction: String(r.reaction) as Reaction,
        ...(comment ? { comment } : {}),
        at: iso(r.at),
      };
    });
  }
}
