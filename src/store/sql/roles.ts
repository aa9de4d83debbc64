import type { Actor, RoleGrant } from '../../domain/records';
import type { Role } from '../../domain/roles';
import type { RoleRepository, WriteResult } from '../repositories';
import { insertAudit } from './auditLog';
import { compact, iso, optStr, personKey, type Row, type SqlContext } from './rows';

const COLUMNS = 'aad_object_id, role, granted_by, granted_at, name';

function grantOf(tenantId: string, row: Row): RoleGrant {
  return compact({
    tenantId,
    aadObjectId: String(row.aad_object_id),
    role: row.role as Role,
    grantedBy: String(row.granted_by),
    grantedAt: iso(row.granted_at),
    name: optStr(row.name),
  });
}

export class SqlRoleRepository implements RoleRepository {
  constructor(private readonly ctx: SqlContext) {}

  async list(tenantId: string): Promise<RoleGrant[]> {
    const rows = await this.ctx.client.query<Row>(
      `SELECT ${COLUMNS} FROM role_grants WHERE tenant_id = $1 ORDER BY aad_object_id, role`,
      [tenantId],
    );
    return rows.map((r) => grantOf(tenantId, r));
  }

  async rolesOf(tenantId: string, aadObjectId: string): Promise<Role[]> {
    const rows = await this.ctx.client.query<{ role: Role }>(
      `SELECT role FROM role_grants WHERE tenant_id = $1 AND aad_object_id = $2 ORDER BY role`,
      [tenantId, aadObjectId],
    );
    return rows.map((r) => r.role);
  }

  grant(
    tenantId: string,
    grantee: { aadObjectId: string; name?: string },
    role: Role,
    actor: Actor,
    conversationId: string,
  ): Promise<WriteResult<RoleGrant>> {
    return this.ctx.client.transaction(async (tx) => {
      const at = this.ctx.now().toISOString();
      const inserted = await tx.query<Row>(
        `INSERT INTO role_grants (tenant_id, aad_object_id, role, granted_by, granted_at, name)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (tenant_id, aad_object_id, role) DO NOTHING
         RETURNING ${COLUMNS}`,
        [tenantId, grantee.aadObjectId, role, personKey(actor), at, grantee.name ?? null],
      );
      if (inserted.length === 0) {
        const existing = await tx.query<Row>(
          `SELECT ${COLUMNS} FROM role_grants WHERE tenant_id = $1 AND aad_object_id = $2 AND role = $3`,
          [tenantId, grantee.aadObjectId, role],
        );
        return { applied: false, record: grantOf(tenantId, existing[0]) };
      }
      await insertAudit(
        tx,
        tenantId,
        {
          actor,
          conversationId,
          action: 'role.granted',
          outcome: 'done',
          detail: { role, aadObjectId: grantee.aadObjectId },
        },
        at,
      );
      return { applied: true, record: grantOf(tenantId, inserted[0]) };
    });
  }

  revoke(tenantId: string, aadObjectId: string, role: Role, actor: Actor, conversationId: string): Promise<boolean> {
    return this.ctx.client.transaction(async (tx) => {
      const removed = await tx.execute(
        `DELETE FROM role_grants WHERE tenant_id = $1 AND aad_object_id = $2 AND role = $3`,
        [tenantId, aadObjectId, role],
      );
      if (removed === 0) return false;
      await insertAudit(
        tx,
        tenantId,
        { actor, conversationId, action: 'role.revoked', outcome: 'done', detail: { role, aadObjectId } },
        this.ctx.now().toISOString(),
      );
      return true;
    });
  }
}
