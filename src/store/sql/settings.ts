import type { Actor, AnnouncementTarget } from '../../domain/records';
import type { SettingsRepository } from '../repositories';
import { insertAudit } from './auditLog';
import { iso, personKey, type Row, type SqlContext } from './rows';

export class SqlSettingsRepository implements SettingsRepository {
  constructor(private readonly ctx: SqlContext) {}

  async getAnnouncementTarget(tenantId: string): Promise<AnnouncementTarget | undefined> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT conversation_id, set_by, set_at FROM announcement_targets WHERE tenant_id = $1`,
      [tenantId],
    );
    const row = rows[0];
    return row
      ? { tenantId, conversationId: String(row.conversation_id), setBy: String(row.set_by), setAt: iso(row.set_at) }
      : undefined;
  }

  setAnnouncementTarget(tenantId: string, conversationId: string, actor: Actor): Promise<AnnouncementTarget> {
    return this.ctx.client.transaction(async (tx) => {
      const at = this.ctx.now().toISOString();
      const target: AnnouncementTarget = { tenantId, conversationId, setBy: personKey(actor), setAt: at };
      await tx.execute(
        `INSERT INTO announcement_targets (tenant_id, conversation_id, set_by, set_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (tenant_id) DO UPDATE SET conversation_id = excluded.conversation_id,
           set_by = excluded.set_by, set_at = excluded.set_at`,
        [tenantId, conversationId, target.setBy, at],
      );
      await insertAudit(
        tx,
        tenantId,
        { actor, conversationId, action: 'settings.announcementTarget.set', outcome: 'done' },
        at,
      );
      return target;
    });
  }

  clearAnnouncementTarget(tenantId: string, actor: Actor, conversationId: string): Promise<boolean> {
    return this.ctx.client.transaction(async (tx) => {
      const removed = await tx.execute(`DELETE FROM announcement_targets WHERE tenant_id = $1`, [tenantId]);
      if (removed === 0) return false;
      await insertAudit(
        tx,
        tenantId,
        { actor, conversationId, action: 'settings.announcementTarget.cleared', outcome: 'done' },
        this.ctx.now().toISOString(),
      );
      return true;
    });
  }
}
