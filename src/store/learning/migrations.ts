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

export const LEARNING_SQLITE_MIGRATIONS: readonly Migration[] = [
  { version: 110, name: 'answers sent, their feedback, Microsoft cases', sql: FEEDBACK({ time: 'TEXT', id: 'INTEGER PRIMARY KEY AUTOINCREMENT' }) },
  { version: 140, name: 'unanswered questions, report snapshots', sql: REPORT({ time: 'TEXT', id: 'INTEGER PRIMARY KEY AUTOINCREMENT' }) },
];

export const LEARNING_POSTGRES_MIGRATIONS: readonly Migration[] = [
  { version: 110, name: 'answers sent, their feedback, Microsoft cases', sql: FEEDBACK({ time: 'TIMESTAMPTZ', id: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY' }) },
  { version: 140, name: 'unanswered questions, report snapshots', sql: REPORT({ time: 'TIMESTAMPTZ', id: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY' }) },
];
