import type { Migration } from '../sql/migrate';
import { HELPDESK_SQLITE_MIGRATIONS } from '../helpdesk/migrations';
import { LEARNING_SQLITE_MIGRATIONS } from '../learning/migrations';

/** SQLite DDL of the logical schema; postgres/migrations.ts has the same steps with native types. */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE partner_profiles (
  tenant_id TEXT PRIMARY KEY,
  tier TEXT,
  competencies TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
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
  recorded_at TEXT,
  version INTEGER NOT NULL
);
CREATE TABLE role_grants (
  tenant_id TEXT NOT NULL,
  aad_object_id TEXT NOT NULL,
  role TEXT NOT NULL,
  granted_by TEXT NOT NULL,
  granted_at TEXT NOT NULL,
  name TEXT,
  PRIMARY KEY (tenant_id, aad_object_id, role)
);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_id TEXT NOT NULL,
  at TEXT NOT NULL,
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
  updated_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, conversation_id)
);
CREATE INDEX conversation_refs_personal ON conversation_refs (tenant_id, user_aad_object_id) WHERE kind = 'personal';
CREATE TABLE activation_requests (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_id TEXT NOT NULL,
  requester_key TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  at TEXT NOT NULL,
  notified_at TEXT,
  closed_at TEXT
);
CREATE UNIQUE INDEX activation_requests_open ON activation_requests (tenant_id, requester_key) WHERE closed_at IS NULL;
CREATE TABLE announcement_targets (
  tenant_id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  set_by TEXT NOT NULL,
  set_at TEXT NOT NULL
);
CREATE TABLE idempotency_keys (
  tenant_id TEXT NOT NULL,
  scope TEXT NOT NULL,
  key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT,
  PRIMARY KEY (tenant_id, scope, key)
);
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (tenant_id, scope, expires_at);
CREATE TABLE bot_state (
  key_hash TEXT PRIMARY KEY,
  key TEXT NOT NULL,
  data TEXT NOT NULL,
  etag TEXT NOT NULL,
  updated_at TEXT NOT NULL
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
  expires_at TEXT NOT NULL
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (scope, created_at);
CREATE INDEX bot_state_updated ON bot_state (updated_at);
CREATE INDEX conversation_refs_updated ON conversation_refs (updated_at);
CREATE INDEX audit_log_refused ON audit_log (at) WHERE outcome = 'refused';
`,
  },
  ...HELPDESK_SQLITE_MIGRATIONS,
  ...LEARNING_SQLITE_MIGRATIONS,
];
