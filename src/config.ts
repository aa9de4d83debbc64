import { isTimeZone, parseBusinessDays, parseBusinessHours, type BusinessSchedule } from './domain/businessTime';
import type { ReminderSettings } from './domain/ticketReminders';

/**
 * Every environment variable the bot reads, validated once. Nothing else reads process.env.
 * The README's configuration table mirrors this file.
 */
export interface BotCredentials {
  MicrosoftAppId: string;
  MicrosoftAppPassword: string;
  MicrosoftAppType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  MicrosoftAppTenantId: string;
  /** Bot Framework token service (Teams SSO); the SDK's default when empty. */
  OAuthUrl?: string;
  /** OpenID metadata of the tokens channels send (login.botframework.com); the SDK's default when empty. */
  ToBotFromChannelOpenIdMetadataUrl?: string;
  /** OpenID metadata of tokens Entra issues directly (single-tenant bots, Emulator); the SDK's default when empty. */
  ToBotFromEmulatorOpenIdMetadataUrl?: string;
}

export interface GraphConfig {
  /** Teams SSO OAuth connection name on the Azure Bot resource. */
  oauthConnectionName: string;
  /** App registration used for the on-behalf-of exchange. */
  clientId: string;
  clientSecret: string;
  /** e.g. https://login.microsoftonline.com/{tenant} */
  authority: string;
  /** e.g. https://graph.microsoft.com/v1.0 */
  graphBaseUrl: string;
  /** Entra group whose members are MPN partner admins (not a directory role in Graph). */
  mpnPartnerAdminGroupId?: string;
  /** Optional JSON of msal-node authority metadata, for clouds or tests without discovery. */
  authorityMetadata?: string;
  cloudDiscoveryMetadata?: string;
}

export interface WebhookConfig {
  url: string;
  secret: string;
  timeoutMs: number;
  retries: number;
}

export interface RateLimitConfig {
  /** Requests to POST /api/messages per client IP per minute; 0 turns the per-IP limit off. */
  perIpPerMinute: number;
  /** Turns per Microsoft Entra tenant per minute (from the activity); 0 turns the per-tenant limit off. */
  perTenantPerMinute: number;
  /** Loopback clients (127.0.0.1, ::1: a local Playground, the benchmark) are not limited per IP. */
  exemptLoopback: boolean;
}

export interface HelpdeskTimersConfig {
  /** HELPDESK_TIMEZONE, HELPDESK_BUSINESS_HOURS, HELPDESK_BUSINESS_DAYS: the helpdesk's working time. */
  schedule: BusinessSchedule;
  /** UNASSIGNED_REMINDER_BUSINESS_HOURS, WAITING_REMINDER_DAYS, WAITING_CLOSE_DAYS. */
  reminders: ReminderSettings;
  /** TICKET_REMINDER_INTERVAL_MS: how often each instance looks for due reminders. */
  reminderIntervalMs: number;
  /** ADMIN_NOTICE_INTERVAL_MS: how often one instance checks every tenant's contract end and incidents left. */
  noticeIntervalMs: number;
  /** MAX_OPEN_TICKETS_PER_MEMBER: open tickets (new, assigned, waiting) one member may have at once. */
  maxOpenTicketsPerMember: number;
  /** ANSWER_REVIEW_DAYS: days after which an organization answer is due for review (one reminder in the helpdesk channel). */
  answerReviewDays: number;
}

export interface ReportLinkConfig {
  /** REPORT_LINK_SECRET: HMAC-SHA256 key of the CSV links; undefined = a random key per process (one instance). */
  secret?: string;
  /** REPORT_LINK_TTL_MINUTES: how long a CSV link works. */
  ttlMinutes: number;
  /** PUBLIC_BASE_URL: where users reach the bot over HTTPS (links); else https://BOT_DOMAIN, else the bound address. */
  publicBaseUrl?: string;
}

export interface AppConfig {
  port: number;
  credentials: BotCredentials;
  /** True when MicrosoftAppId is empty: the adapter authenticates nobody. Local use only. */
  anonymous: boolean;
  dataDir: string;
  databaseUrl?: string;
  bootstrapAdmins: string[];
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  graph?: GraphConfig;
  activationWebhook?: WebhookConfig;
  /** Public base URL of the bot, used in the app package (validDomains). */
  botDomain?: string;
  /** RETENTION_DAYS: claims, idempotency keys, dialog state, idle conversations and outsiders' refusals older than this are deleted. */
  retentionDays: number;
  /** The helpdesk outbox: how often due sends are looked for, and how long a claimed send stays with its instance. */
  outbox: { pollMs: number; leaseMs: number };
  rateLimit: RateLimitConfig;
  helpdeskTimers: HelpdeskTimersConfig;
  /** SHUTDOWN_GRACE_MS: on SIGTERM, how long turns in flight may take to finish before connections are cut. */
  shutdownGraceMs: number;
  /**
   * Who may read GET /metrics: with METRICS_TOKEN, a scraper sending `Authorization: Bearer <token>`; without
   * it, anyone when the bot runs anonymously (local use), nobody (404) when it has credentials.
   */
  metrics: { token?: string; open: boolean };
  /** The helpdesk report's signed, short-lived CSV links. */
  reportLinks: ReportLinkConfig;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function str(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  const hit = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
  if (!hit) throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return hit;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function url(env: Env, name: string): string | undefined {
  const raw = str(env, name);
  if (raw === undefined) return undefined;
  try {
    const u = new URL(raw);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL`);
  }
  return raw;
}

function helpdeskTimers(env: Env): HelpdeskTimersConfig {
  const timeZone = str(env, 'HELPDESK_TIMEZONE') ?? 'UTC';
  if (!isTimeZone(timeZone)) throw new ConfigError(`HELPDESK_TIMEZONE must be an IANA time zone name such as Europe/Berlin, got "${timeZone}"`);
  const hoursText = str(env, 'HELPDESK_BUSINESS_HOURS') ?? '09:00-17:00';
  const hours = parseBusinessHours(hoursText);
  if (!hours) throw new ConfigError(`HELPDESK_BUSINESS_HOURS must be HH:MM-HH:MM with the start before the end, got "${hoursText}"`);
  const daysText = str(env, 'HELPDESK_BUSINESS_DAYS') ?? '1-5';
  const days = parseBusinessDays(daysText);
  if (!days) throw new ConfigError(`HELPDESK_BUSINESS_DAYS must be weekdays 1 (Monday) to 7 (Sunday) such as 1-5 or 1,2,3, got "${daysText}"`);
  const waitingReminderDays = int(env, 'WAITING_REMINDER_DAYS', 2, 1, 365);
  const waitingCloseDays = int(env, 'WAITING_CLOSE_DAYS', 3, 1, 366);
  if (waitingCloseDays <= waitingReminderDays) {
    throw new ConfigError(`WAITING_CLOSE_DAYS (${waitingCloseDays}) must be more than WAITING_REMINDER_DAYS (${waitingReminderDays}): the reminder comes before the close`);
  }
  return {
    schedule: { timeZone, ...hours, days },
    reminders: {
      unassignedBusinessHours: int(env, 'UNASSIGNED_REMINDER_BUSINESS_HOURS', 4, 1, 1000),
      waitingReminderDays,
      waitingCloseDays,
    },
    reminderIntervalMs: int(env, 'TICKET_REMINDER_INTERVAL_MS', 60_000, 1000, 3_600_000),
    noticeIntervalMs: int(env, 'ADMIN_NOTICE_INTERVAL_MS', 86_400_000, 60_000, 7 * 86_400_000),
    maxOpenTicketsPerMember: int(env, 'MAX_OPEN_TICKETS_PER_MEMBER', 5, 1, 100),
    answerReviewDays: int(env, 'ANSWER_REVIEW_DAYS', 180, 1, 3650),
  };
}

export function loadConfig(env: Env = process.env): AppConfig {
  const appId = str(env, 'MicrosoftAppId') ?? '';
  const credentials: BotCredentials = {
    MicrosoftAppId: appId,
    MicrosoftAppPassword: str(env, 'MicrosoftAppPassword') ?? '',
    MicrosoftAppType: oneOf(env, 'MicrosoftAppType', ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const, 'MultiTenant'),
    MicrosoftAppTenantId: str(env, 'MicrosoftAppTenantId') ?? '',
    OAuthUrl: url(env, 'BOT_OAUTH_URL'),
    ToBotFromChannelOpenIdMetadataUrl: url(env, 'BOT_OPENID_METADATA_URL'),
    ToBotFromEmulatorOpenIdMetadataUrl: url(env, 'BOT_ENTRA_OPENID_METADATA_URL'),
  };
  if (appId && credentials.MicrosoftAppType === 'SingleTenant' && !credentials.MicrosoftAppTenantId) {
    throw new ConfigError('MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant');
  }

  const bootstrapAdmins = (str(env, 'BOOTSTRAP_ADMINS') ?? '')
    .split(/[,;\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const badAdmin = bootstrapAdmins.find((id) => !/^[0-9a-f-]{36}$/.test(id));
  if (badAdmin) throw new ConfigError(`BOOTSTRAP_ADMINS must be AAD object ids (GUIDs), got "${badAdmin}"`);

  const oauthConnectionName = str(env, 'OAUTH_CONNECTION_NAME');
  let graph: GraphConfig | undefined;
  if (oauthConnectionName) {
    const clientId = str(env, 'GRAPH_CLIENT_ID') ?? appId;
    const clientSecret = str(env, 'GRAPH_CLIENT_SECRET') ?? credentials.MicrosoftAppPassword;
    if (!clientId || !clientSecret) {
      throw new ConfigError('OAUTH_CONNECTION_NAME needs GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET (or the bot credentials)');
    }
    graph = {
      oauthConnectionName,
      clientId,
      clientSecret,
      authority:
        url(env, 'GRAPH_AUTHORITY') ??
        `https://login.microsoftonline.com/${credentials.MicrosoftAppTenantId || 'organizations'}`,
      graphBaseUrl: url(env, 'GRAPH_BASE_URL') ?? 'https://graph.microsoft.com/v1.0',
      mpnPartnerAdminGroupId: str(env, 'MPN_PARTNER_ADMIN_GROUP_ID'),
      authorityMetadata: str(env, 'GRAPH_AUTHORITY_METADATA'),
      cloudDiscoveryMetadata: str(env, 'GRAPH_CLOUD_DISCOVERY_METADATA'),
    };
  }

  const webhookUrl = url(env, 'ACTIVATION_WEBHOOK_URL');
  let activationWebhook: WebhookConfig | undefined;
  if (webhookUrl) {
    const secret = str(env, 'ACTIVATION_WEBHOOK_SECRET');
    if (!secret || secret.length < 16) {
      throw new ConfigError('ACTIVATION_WEBHOOK_SECRET (at least 16 characters) is required with ACTIVATION_WEBHOOK_URL');
    }
    activationWebhook = {
      url: webhookUrl,
      secret,
      // Defaults keep the worst case (two attempts and a backoff) inside the 15 s Teams waits for a reply.
      timeoutMs: int(env, 'ACTIVATION_WEBHOOK_TIMEOUT_MS', 4000, 100, 60000),
      retries: int(env, 'ACTIVATION_WEBHOOK_RETRIES', 1, 0, 10),
    };
  }

  const reportLinkSecret = str(env, 'REPORT_LINK_SECRET');
  if (reportLinkSecret !== undefined && reportLinkSecret.length < 32) {
    throw new ConfigError('REPORT_LINK_SECRET must be at least 32 characters');
  }
  const publicBaseUrl = url(env, 'PUBLIC_BASE_URL')?.replace(/\/+$/, '');

  return {
    port: int(env, 'PORT', 3978, 0, 65535),
    credentials,
    anonymous: appId === '',
    dataDir: str(env, 'DATA_DIR') ?? './data',
    databaseUrl: str(env, 'DATABASE_URL'),
    bootstrapAdmins,
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    graph,
    activationWebhook,
    botDomain: str(env, 'BOT_DOMAIN'),
    retentionDays: int(env, 'RETENTION_DAYS', 180, 1, 3650),
    outbox: {
      pollMs: int(env, 'OUTBOX_POLL_MS', 1000, 20, 60_000),
      leaseMs: int(env, 'OUTBOX_LEASE_MS', 60_000, 500, 600_000),
    },
    rateLimit: {
      // Teams posts every tenant's turns from a few Bot Framework service addresses: the per-IP limit is a
      // flood guard, the per-tenant one (50 turns/s, Teams' own per-app-per-tenant pace) the fairness limit.
      perIpPerMinute: int(env, 'RATE_LIMIT_PER_IP_PER_MINUTE', 6000, 0, 10_000_000),
      perTenantPerMinute: int(env, 'RATE_LIMIT_PER_TENANT_PER_MINUTE', 3000, 0, 10_000_000),
      exemptLoopback: bool(env, 'RATE_LIMIT_EXEMPT_LOOPBACK', true),
    },
    helpdeskTimers: helpdeskTimers(env),
    shutdownGraceMs: int(env, 'SHUTDOWN_GRACE_MS', 8000, 0, 120_000),
    metrics: { token: str(env, 'METRICS_TOKEN'), open: appId === '' },
    reportLinks: {
      ...(reportLinkSecret ? { secret: reportLinkSecret } : {}),
      ttlMinutes: int(env, 'REPORT_LINK_TTL_MINUTES', 15, 1, 1440),
      ...(publicBaseUrl ? { publicBaseUrl } : {}),
    },
  };
}
