import type { Pool } from 'pg';
import { KvBotStorage } from '../botStorage';
import type {
  ActivationRequestRepository,
  AuditRepository,
  BenefitRepository,
  ConversationRefRepository,
  ProfileRepository,
  RoleRepository,
  RetentionSweepResult,
  SettingsRepository,
  Store,
  StoreKind,
} from '../repositories';
import { SqlActivationRequestRepository } from './activationRequests';
import { SqlAuditRepository } from './auditLog';
import { SqlBenefitRepository } from './benefits';
import { SqlBotStateKv } from './botStateKv';
import { SqlClaims } from './claims';
import { SqlConversationRefRepository } from './conversations';
import { SqlProfileRepository } from './profiles';
import { SqlRoleRepository } from './roles';
import type { SqlContext } from './rows';
import { SqlRetention } from './retention';
import { SqlSettingsRepository } from './settings';
import type { OutboxRepository, TicketRepository, TicketTimerRepository } from '../helpdesk/contracts';
import { SqlTicketTimers } from '../helpdesk/sqlTimers';
import { SqlOutboxRepository } from '../helpdesk/sqlOutbox';
import { SqlTicketRepository } from '../helpdesk/sqlTickets';
import type { CaseRepository, FeedbackRepository, OrgAnswerRepository, ReportRepository } from '../learning/contracts';
import { SqlOrgAnswerRepository } from '../learning/sqlOrgAnswers';
import { SqlCaseRepository } from '../learning/sqlCases';
import { SqlFeedbackRepository } from '../learning/sqlFeedback';
import { SqlReportRepository } from '../learning/sqlReports';

/** The Store over one SQL connection (pool); the backends differ only in their client and schema DDL. */
export class SqlStore implements Store {
  readonly profiles: ProfileRepository;
  readonly benefits: BenefitRepository;
  readonly roles: RoleRepository;
  readonly audit: AuditRepository;
  readonly conversations: ConversationRefRepository;
  readonly activationRequests: ActivationRequestRepository;
  readonly settings: SettingsRepository;
  readonly tickets: TicketRepository;
  readonly outbox: OutboxRepository;
  readonly feedback: FeedbackRepository;
  readonly cases: CaseRepository;
  readonly timers: TicketTimerRepository;
  readonly reports: ReportRepository;
  readonly orgAnswers: OrgAnswerRepository;
  readonly botStorage: KvBotStorage;
  private readonly claims: SqlClaims;
  private readonly retention: SqlRetention;

  constructor(
    readonly kind: StoreKind,
    private readonly ctx: SqlContext,
  ) {
    this.profiles = new SqlProfileRepository(ctx);
    this.benefits = new SqlBenefitRepository(ctx);
    this.roles = new SqlRoleRepository(ctx);
    this.audit = new SqlAuditRepository(ctx);
    this.conversations = new SqlConversationRefRepository(ctx);
    this.activationRequests = new SqlActivationRequestRepository(ctx);
    this.settings = new SqlSettingsRepository(ctx);
    this.tickets = new SqlTicketRepository(ctx);
    this.outbox = new SqlOutboxRepository(ctx);
    this.feedback = new SqlFeedbackRepository(ctx);
    this.cases = new SqlCaseRepository(ctx);
    this.timers = new SqlTicketTimers(ctx);
    this.reports = new SqlReportRepository(ctx);
    this.orgAnswers = new SqlOrgAnswerRepository(ctx);
    this.botStorage = new KvBotStorage(new SqlBotStateKv(ctx));
    this.claims = new SqlClaims(ctx);
    this.retention = new SqlRetention(ctx);
  }

  sweepRetention(retentionDays: number, leaseMs: number, holder: string): Promise<RetentionSweepResult | undefined> {
    return this.retention.sweep(retentionDays, leaseMs, holder);
  }

  claimOnce(tenantId: string, key: string, ttlMs?: number): Promise<boolean> {
    return this.claims.claimOnce(tenantId, key, ttlMs);
  }

  releaseClaim(tenantId: string, key: string): Promise<void> {
    return this.claims.releaseClaim(tenantId, key);
  }

  get postgresPool(): Pool | undefined {
    return this.ctx.client.pool;
  }

  async ping(): Promise<void> {
    await this.ctx.client.query('SELECT 1');
  }

  close(): Promise<void> {
    return this.ctx.client.close();
  }
}
