import type { RetentionSweepResult } from '../repositories';
import type { SqlContext } from './rows';

const LEASE = 'retention-sweep';
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes what only grows and is of no use once old: once-only claims, activation idempotency keys, dialog
 * state, references of conversations idle for the retention period, refusals of people from other
 * organizations, answers sent and the feedback on them, the questions the bot could not answer (their text is
 * personal data), and report snapshots whose CSV link expired. The records, the roster, open requests, tickets
 * and the organization's own audit trail stay.
 */
export class SqlRetention {
  constructor(private readonly ctx: SqlContext) {}

  /**
   * Runs the sweep unless another instance holds the lease (then undefined). The lease is kept for leaseMs
   * after a sweep, so instances that wake up in that period skip theirs: one sweep per period in all.
   */
  async sweep(retentionDays: number, leaseMs: number, holder: string): Promise<RetentionSweepResult | undefined> {
    const now = this.ctx.now();
    const at = now.toISOString();
    const leased = await this.ctx.client.query(
      `INSERT INTO maintenance_leases (name, holder, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
       WHERE maintenance_leases.expires_at <= $4
       RETURNING name`,
      [LEASE, holder, new Date(now.getTime() + Math.max(0, leaseMs)).toISOString(), at],
    );
    if (leased.length === 0) return undefined;
    const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
    const { client } = this.ctx;
    return {
      claims: await client.execute(
        `DELETE FROM idempotency_keys WHERE scope = 'once'
           AND ((expires_at IS NOT NULL AND expires_at <= $1) OR (expires_at IS NULL AND created_at < $2))`,
        [at, cutoff],
      ),
      activationKeys: await client.execute(
        `DELETE FROM idempotency_keys WHERE scope = 'activation' AND created_at < $1`,
        [cutoff],
      ),
      dialogState: await client.execute(`DELETE FROM bot_state WHERE updated_at < $1`, [cutoff]),
      conversations: await client.execute(`DELETE FROM conversation_refs WHERE updated_at < $1`, [cutoff]),
      outsiderRefusals: await client.execute(
        `DELETE FROM audit_log WHERE outcome = 'refused' AND at < $1 AND detail LIKE '%"sameOrganization":false%'`,
        [cutoff],
      ),
      sentAnswers: await client.execute(`DELETE FROM sent_answers WHERE sent_at < $1`, [cutoff]),
      answerFeedback: await client.execute(`DELETE FROM answer_feedback WHERE at < $1`, [cutoff]),
      unansweredQuestions: await client.execute(`DELETE FROM unanswered_questions WHERE at < $1`, [cutoff]),
      unansweredQuota: await client.execute(`DELETE FROM unanswered_quota WHERE day < $1`, [new Date(at).toISOString().slice(0, 10)]),
      reportSnapshots: await client.execute(`DELETE FROM report_snapshots WHERE expires_at <= $1`, [at]),
      sentOutbox: await client.execute(`DELETE FROM outbox WHERE state = 'sent' AND done_at < $1`, [cutoff]),
      orgAnswerUses: await client.execute(`DELETE FROM org_answer_uses WHERE at < $1`, [cutoff]),
    };
  }
}
