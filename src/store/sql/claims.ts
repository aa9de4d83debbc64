import type { SqlContext } from './rows';

/**
 * Once-only claims (`scope = 'once'`) in the idempotency_keys table, next to the activation keys.
 * The upsert decides atomically on every backend: a row comes back only to the one caller that claimed.
 */
export class SqlClaims {
  constructor(private readonly ctx: SqlContext) {}

  async claimOnce(tenantId: string, key: string, ttlMs?: number): Promise<boolean> {
    const now = this.ctx.now();
    const at = now.toISOString();
    const expiresAt = ttlMs === undefined ? null : new Date(now.getTime() + Math.max(0, ttlMs)).toISOString();
    if (expiresAt !== null) {
      // Short-lived keys (e.g. resent activities) would pile up: drop this tenant's expired ones.
      await this.ctx.client.execute(
        `DELETE FROM idempotency_keys WHERE tenant_id = $1 AND scope = 'once' AND expires_at <= $2`,
        [tenantId, at],
      );
    }
    const rows = await this.ctx.client.query(
      `INSERT INTO idempotency_keys (tenant_id, scope, key, created_at, expires_at) VALUES ($1, 'once', $2, $3, $4)
       ON CONFLICT (tenant_id, scope, key) DO UPDATE SET created_at = excluded.created_at, expires_at = excluded.expires_at
       WHERE idempotency_keys.expires_at IS NOT NULL AND idempotency_keys.expires_at <= excluded.created_at
       RETURNING key`,
      [tenantId, key, at, expiresAt],
    );
    return rows.length === 1;
  }

  async releaseClaim(tenantId: string, key: string): Promise<void> {
    await this.ctx.client.execute(`DELETE FROM idempotency_keys WHERE tenant_id = $1 AND scope = 'once' AND key = $2`, [
      tenantId,
      key,
    ]);
  }
}
