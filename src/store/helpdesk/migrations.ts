import type { Migration } from '../sql/migrate';

/**
 * The helpdesk's tables. A version far from the base steps, so steps added in parallel elsewhere do not
 * collide with it (migrate applies every missing version, whatever the order).
 */
const TABLES = (t: { time: string; id: string }) => `
CREATE TABLE helpdesk_channels (
  tenant_id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  reference TEXT NOT NULL,
  locale TEXT NOT NULL,
  set_by TEXT NOT NULL,
  set_at ${t.time} NOT NULL
);
CREATE TABLE helpdesk_setup_hints (
  tenant_id TEXT PRIMARY KEY,
  at ${t.time} NOT NULL
);
CREATE TABLE ticket_counters (
  tenant_id TEXT PRIMARY KEY,
  last_number INTEGER NOT NULL
);
CREATE TABLE tickets (
  tenant_id TEXT NOT NULL,
  number INTEGER NOT NULL,
  draft_key TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('new', 'assigned', 'waiting', 'resolved', 'closed')),
  requester_key TEXT NOT NULL,
  requester TEXT NOT NULL,
  locale TEXT NOT NULL,
  question TEXT NOT NULL,
  urgency TEXT NOT NULL,
  topic TEXT,
  transcript TEXT NOT NULL,
  entitlement TEXT NOT NULL,
  assignee TEXT,
  card_conversation_id TEXT,
  card_activity_id TEXT,
  delivery_problem TEXT,
  history TEXT NOT NULL,
  created_at ${t.time} NOT NULL,
  updated_at ${t.time} NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, number)
);
CREATE UNIQUE INDEX tickets_draft ON tickets (tenant_id, draft_key);
CREATE INDEX tickets_requester ON tickets (tenant_id, requester_key);
CREATE TABLE outbox (
  id ${t.id},
  tenant_id TEXT NOT NULL,
  dedupe_key TEXT NOT NULL,
  lane TEXT NOT NULL,
  kind TEXT NOT NULL,
  ticket_number INTEGER,
  payload TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'parked', 'sent', 'failed')),
  attempts INTEGER NOT NULL,
  next_attempt_at ${t.time} NOT NULL,
  lease_until ${t.time},
  claimed_by TEXT,
  last_status INTEGER,
  created_at ${t.time} NOT NULL,
  done_at ${t.time}
);
CREATE UNIQUE INDEX outbox_dedupe ON outbox (tenant_id, dedupe_key);
CREATE INDEX outbox_pending ON outbox (state, next_attempt_at);
CREATE INDEX outbox_lane ON outbox (tenant_id, lane, state, id);
`;

/**
 * The ticket timers' state, on the ticket so it survives restarts: when the unassigned reminder went out,
 * since when the ticket waits on its requester (the helpdesk's last reply) and when they were reminded.
 * A ticket already waiting starts its wait at its last change.
 */
const REMINDERS = (t: { time: string }) => `
ALTER TABLE tickets ADD COLUMN unassigned_reminded_at ${t.time};
ALTER TABLE tickets ADD COLUMN waiting_since ${t.time};
ALTER TABLE tickets ADD COLUMN waiting_reminded_at ${t.time};
UPDATE tickets SET waiting_since = updated_at WHERE status = 'waiting';
CREATE INDEX tickets_timers ON tickets (status, created_at);
`;

/**
 * The assignee's person key as a column, so the queue's filters ("mine", "unassigned", "waiting", "older than
 * a day") run in SQL before the LIMIT instead of in code after it.
 */
const ASSIGNEE_KEY = (json: { key: string }) => `
ALTER TABLE tickets ADD COLUMN assignee_key TEXT;
UPDATE tickets SET assignee_key = ${json.key} WHERE assignee IS NOT NULL;
CREATE INDEX tickets_queue ON tickets (tenant_id, status, number);
CREATE INDEX tickets_assignee ON tickets (tenant_id, assignee_key, number);
`;

export const HELPDESK_SQLITE_MIGRATIONS: readonly Migration[] = [
  { version: 100, name: 'helpdesk tickets and outbox', sql: TABLES({ time: 'TEXT', id: 'INTEGER PRIMARY KEY AUTOINCREMENT' }) },
  { version: 120, name: 'ticket reminders', sql: REMINDERS({ time: 'TEXT' }) },
  { version: 122, name: 'ticket assignee key', sql: ASSIGNEE_KEY({ key: "lower(coalesce(json_extract(assignee, '$.aadObjectId'), json_extract(assignee, '$.userId')))" }) },
];

export const HELPDESK_POSTGRES_MIGRATIONS: readonly Migration[] = [
  { version: 100, name: 'helpdesk tickets and outbox', sql: TABLES({ time: 'TIMESTAMPTZ', id: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY' }) },
  { version: 120, name: 'ticket reminders', sql: REMINDERS({ time: 'TIMESTAMPTZ' }) },
  { version: 122, name: 'ticket assignee key', sql: ASSIGNEE_KEY({ key: "lower(coalesce(assignee::json->>'aadObjectId', assignee::json->>'userId'))" }) },
];
