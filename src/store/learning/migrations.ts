import type { Migration } from '../sql/migrate';

/**
 * What the helpdesk learns: the answers the bot sent (topic and language, for Teams' feedback buttons) and
 * the feedback given. A version far from the others, so steps added in parallel elsewhere do not collide.
 */
const FEEDBACK = (t: { time: string; id: string }) => `
CREATE TABLE sent_answers (
  tenant_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  topic TEXT NOT NULL,
  locale TEXT NOT NULL,
  sent_at ${t.time} NOT NULL,
  PRIMARY KEY (tenant_id, conversation_id, activity_id)
);
CREATE TABLE answer_feedback (
  id ${t.id},
  tenant_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  person_key TEXT NOT NULL,
  topic TEXT NOT NULL,
  locale TEXT NOT NULL,
  reaction TEXT NOT NULL CHECK (reaction IN ('like', 'dislike')),
  comment TEXT,
  at ${t.time} NOT NULL
);
CREATE UNIQUE INDEX answer_feedback_once ON answer_feedback (tenant_id, conversation_id, activity_id, person_key);
CREATE INDEX answer_feedback_topic ON answer_feedback (tenant_id, topic);
CREATE TABLE microsoft_cases (
  tenant_id TEXT NOT NULL,
  case_number TEXT NOT NULL,
  support_type TEXT NOT NULL CHECK (support_type IN ('onPremises', 'cloud')),
  opened_on TEXT NOT NULL,
  ticket_number INTEGER,
  recorded_by TEXT NOT NULL,
  recorded_at ${t.time} NOT NULL,
  PRIMARY KEY (tenant_id, case_number)
);
`;

/** The helpdesk's report: questions the bot could not answer, and reports kept for their CSV links. */
const REPORT = (t: { time: string; id: string }) => `
CREATE TABLE unanswered_questions (
  id ${t.id},
  tenant_id TEXT NOT NULL,
  at ${t.time} NOT NULL,
  locale TEXT NOT NULL,
  topic TEXT,
  normalized TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX unanswered_questions_at ON unanswered_questions (tenant_id, at);
CREATE INDEX answer_feedback_at ON answer_feedback (tenant_id, at);
CREATE INDEX sent_answers_at ON sent_answers (sent_at);
CREATE TABLE report_snapshots (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  created_at ${t.time} NOT NULL,
  expires_at ${t.time} NOT NULL,
  report TEXT NOT NULL
);
CREATE INDEX report_snapshots_expiry ON report_snapshots (expires_at);
`;

/**
 * Unanswered questions de-duplicated per tenant, UTC day and normalized text (a count and the latest
 * wording), and a per-member daily quota: one member's script cannot grow the table without bound.
 */
const DEDUPED_UNANSWERED = (t: { time: string; day: string }) => `
CREATE TABLE unanswered_daily (
  tenant_id TEXT NOT NULL,
  day TEXT NOT NULL,
  normalized TEXT NOT NULL,
  at ${t.time} NOT NULL,
  locale TEXT NOT NULL,
  topic TEXT,
  text TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, day, normalized)
);
INSERT INTO unanswered_daily (tenant_id, day, normalized, at, locale, topic, text, count)
  SELECT tenant_id, ${t.day}, normalized, MAX(at), MAX(locale), MAX(topic), MAX(text), COUNT(*)
  FROM unanswered_questions GROUP BY tenant_id, ${t.day}, normalized;
DROP TABLE unanswered_questions;
ALTER TABLE unanswered_daily RENAME TO unanswered_questions;
CREATE INDEX unanswered_questions_at ON unanswered_questions (tenant_id, at);
CREATE INDEX unanswered_questions_group ON unanswered_questions (tenant_id, normalized, at, count);
CREATE TABLE unanswered_quota (
  tenant_id TEXT NOT NULL,
  person_key TEXT NOT NULL,
  day TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, person_key, day)
);
CREATE INDEX unanswered_quota_day ON unanswered_quota (day);
`;

/**
 * The organization's own answers (the helpdesk teaches the bot), their history of changes and their uses.
 * Versions 160-179 are this feature's.
 */
const ORG_ANSWERS = (t: { time: string; id: string }) => `
CREATE TABLE org_answers (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  draft_key TEXT NOT NULL,
  locale TEXT NOT NULL,
  question TEXT NOT NULL,
  phrasings TEXT NOT NULL,
  answer TEXT NOT NULL,
  origin TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at ${t.time} NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at ${t.time} NOT NULL,
  review_due ${t.time} NOT NULL,
  reminded_for ${t.time},
  uses INTEGER NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX org_answers_draft ON org_answers (tenant_id, draft_key);
CREATE INDEX org_answers_locale ON org_answers (tenant_id, locale, updated_at);
CREATE INDEX org_answers_review ON org_answers (review_due);
CREATE TABLE org_answer_history (
  id ${t.id},
  tenant_id TEXT NOT NULL,
  answer_id TEXT NOT NULL,
  at ${t.time} NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('created', 'edited', 'deleted', 'confirmed')),
  before TEXT,
  after TEXT
);
CREATE INDEX org_answer_history_answer ON org_answer_history (tenant_id, answer_id, id);
CREATE TABLE org_answer_uses (
  id ${t.id},
  tenant_id TEXT NOT NULL,
  answer_id TEXT NOT NULL,
  at ${t.time} NOT NULL
);
CREATE INDEX org_answer_uses_at ON org_answer_uses (tenant_id, at);
CREATE INDEX org_answer_uses_sweep ON org_answer_uses (at);
`;

export const LEARNING_SQLITE_MIGRATIONS: readonly Migration[] = [
  { version: 110, name: 'answers sent, their feedback, Microsoft cases', sql: FEEDBACK({ time: 'TEXT', id: 'INTEGER PRIMARY KEY AUTOINCREMENT' }) },
  { version: 140, name: 'unanswered questions, report snapshots', sql: REPORT({ time: 'TEXT', id: 'INTEGER PRIMARY KEY AUTOINCREMENT' }) },
  { version: 141, name: 'unanswered questions de-duplicated per day, a quota per member', sql: DEDUPED_UNANSWERED({ time: 'TEXT', day: 'substr(at, 1, 10)' }) },
  { version: 160, name: 'the organization\'s own answers, their history and uses', sql: ORG_ANSWERS({ time: 'TEXT', id: 'INTEGER PRIMARY KEY AUTOINCREMENT' }) },
];

export const LEARNING_POSTGRES_MIGRATIONS: readonly Migration[] = [
  { version: 110, name: 'answers sent, their feedback, Microsoft cases', sql: FEEDBACK({ time: 'TIMESTAMPTZ', id: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY' }) },
  { version: 140, name: 'unanswered questions, report snapshots', sql: REPORT({ time: 'TIMESTAMPTZ', id: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY' }) },
  { version: 141, name: 'unanswered questions de-duplicated per day, a quota per member', sql: DEDUPED_UNANSWERED({ time: 'TIMESTAMPTZ', day: "to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD')" }) },
  { version: 160, name: 'the organization\'s own answers, their history and uses', sql: ORG_ANSWERS({ time: 'TIMESTAMPTZ', id: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY' }) },
];
