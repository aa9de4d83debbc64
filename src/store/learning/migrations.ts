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

export const LEARNING_SQLITE_MIGRATIONS: readonly Migration[] = [
  { version: 110, name: 'answers sent, their feedback, Microsoft cases', sql: FEEDBACK({ time: 'TEXT', id: 'INTEGER PRIMARY KEY AUTOINCREMENT' }) },
  { version: 140, name: 'unanswered questions, report snapshots', sql: REPORT({ time: 'TEXT', id: 'INTEGER PRIMARY KEY AUTOINCREMENT' }) },
  { version: 141, name: 'unanswered questions de-duplicated per day, a quota per member', sql: DEDUPED_UNANSWERED({ time: 'TEXT', day: 'substr(at, 1, 10)' }) },
];

export const LEARNING_POSTGRES_MIGRATIONS: readonly Migration[] = [
  { version: 110, name: 'answers sent, their feedback, Microsoft cases', sql: FEEDBACK({ time: 'TIMESTAMPTZ', id: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY' }) },
  { version: 140, name: 'unanswered questions, report snapshots', sql: REPORT({ time: 'TIMESTAMPTZ', id: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY' }) },
  { version: 141, name: 'unanswered questions de-duplicated per day, a quota per member', sql: DEDUPED_UNANSWERED({ time: 'TIMESTAMPTZ', day: "to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD')" }) },
];
