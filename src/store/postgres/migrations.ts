import type { Migration } from '../sql/migrate';
import { HELPDESK_POSTGRES_MIGRATIONS } from '../helpdesk/migrations';
import { LEARNING_POSTGRES_MIGRATIONS } from '../learning/migrations';

/**
 * PostgreSQL DDL of the logical schema (same steps as sqlite/migrations.ts). JSON stays TEXT so both
 * backends round-trip it byte for byte (jsonb would also refuse \u0000 that a chat message can carry).
 */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE partner_profiles (
  tenant_id TEXT PRIMARY KEY,
  tier TEXT,
  competencies TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE benefits (
  tenant_id TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  access_id TEXT,
  contract_id TEXT,
  contract_start TEXT,
  contract_end TEXT,
  incidents_remaining INTEGER,
  incidents_as_of TEXT,
  recorded_by TEXT,
  recorded_at TIMESTAMPTZ,
  version INTEGER NOT NULL
);
CREATE TABLE role_grants (
  tenant_id TEXT NOT NULL,
  aad_object_id TEXT NOT NULL,
  role TEXT NOT NULL,
  granted_by TEXT NOT NULL,
  granted_at TIMESTAMPTZ NOT NULL,
  name TEXT,
  PRIMARY KEY (tenant_id, aad_object_id, role)
);
CREATE TABLE audit_log (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  at TIMESTAMPTZ NOT NULL,
  actor TEXT NOT NULL,
  conversation_id TEXT NOT NULL CHECK (conversation_id <> ''),
  action TEXT NOT NULL CHECK (action <> ''),
  outcome TEXT NOT NULL CHECK (outcome IN ('done', 'refused', 'failed')),
  detail TEXT
);
CREATE INDEX audit_log_tenant ON audit_log (tenant_id, id);
CREATE TABLE conversation_refs (
  tenant_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  reference TEXT NOT NULL,
  user_aad_object_id TEXT,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (tenant_id, conversation_id)
);
CREATE INDEX conversation_refs_personal ON conversation_refs (tenant_id, user_aad_object_id) WHERE kind = 'personal';
CREATE TABLE activation_requests (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  requester_key TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  at TIMESTAMPTZ NOT NULL,
  notified_at TIMESTAMPTZ,
  closed_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX activation_requests_open ON activation_requests (tenant_id, requester_key) WHERE closed_at IS NULL;
CREATE TABLE announcement_targets (
  tenant_id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  set_by TEXT NOT NULL,
  set_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE idempotency_keys (
  tenant_id TEXT NOT NULL,
  scope TEXT NOT NULL,
  key TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  expires_at TIMESTAMPTZ,
  PRIMARY KEY (tenant_id, scope, key)
);
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (tenant_id, scope, expires_at);
CREATE TABLE bot_state (
  key_hash TEXT PRIMARY KEY,
  key TEXT NOT NULL,
  data TEXT NOT NULL,
  etag TEXT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'retention sweep',
    sql: `
CREATE TABLE maintenance_leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (scope, created_at);
CREATE INDEX bot_state_updated ON bot_state (updated_at);
CREATE INDEX conversation_refs_updated ON conversation_refs (updated_at);
CREATE INDEX audit_log_refused ON audit_log (at) WHERE outcome = 'refused';
`,
  },
  ...HELPDESK_POSTGRES_MIGRATIONS,
  ...LEARNING_POSTGRES_MIGRATIONS,
];
