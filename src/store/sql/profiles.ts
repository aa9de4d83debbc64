import type { Actor, PartnerProfile } from '../../domain/records';
import type { Tier } from '../../domain/types';
import type { ProfileRepository } from '../repositories';
import { insertAudit } from './auditLog';
import { compact, iso, optStr, parseJson, personKey, type Row, type SqlContext } from './rows';

export class SqlProfileRepository implements ProfileRepository {
  constructor(private readonly ctx: SqlContext) {}

  async get(tenantId: string): Promise<PartnerProfile | undefined> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT tier, competencies, updated_by, updated_at FROM partner_profiles WHERE tenant_id = $1`,
      [tenantId],
    );
    const row = rows[0];
    if (!row) return undefined;
    return compact({
      tenantId,
      tier: optStr(row.tier) as Tier | undefined,
      competencies: parseJson<string[]>(row.competencies),
      updatedBy: String(row.updated_by),
      updatedAt: iso(row.updated_at),
    });
  }

  save(
    tenantId: string,
    profile: { tier?: Tier; competencies: string[] },
    actor: Actor,
    conversationId: string,
  ): Promise<PartnerProfile> {
    return this.ctx.client.transaction(async (tx) => {
      const at = this.ctx.now().toISOString();
      const saved: PartnerProfile = compact({
        tenantId,
        tier: profile.tier,
        competencies: [...profile.competencies],
        updatedBy: personKey(actor),
        updatedAt: at,
      });
      await tx.execute(
        `INSERT INTO partner_profiles (tenant_id, tier, competencies, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id) DO UPDATE SET tier = excluded.tier, competencies = excluded.competencies,
           updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
        [tenantId, saved.tier ?? null, JSON.stringify(saved.competencies), saved.updatedBy, at],
      );
      // Competency names can be free text a user typed: the log keeps only how many.
      await insertAudit(
        tx,
        tenantId,
        {
          actor,
          conversationId,
          action: 'profile.updated',
          outcome: 'done',
          detail: compact({ tier: saved.tier, competencyCount: saved.competencies.length }),
        },
        at,
      );
      return saved;
    });
  }
}
