import { statusOf } from './services/retryTiming';
import { randomBytes } from 'node:crypto';
import { CloudAdapter, TeamsSSOTokenExchangeMiddleware } from 'botbuilder';
import type { Server } from 'restify';
import { AppConfig } from './config';
import { createAdapter } from './bot/adapter';
import { Assistant, buildAssistant } from './composition';
import { CardPresenter } from './bot/cardPresenter';
import { ConversationDirectory } from './bot/conversationDirectory';
import { RosterBootstrap } from './bot/rosterBootstrap';
import { MemberDirectory, TeamsMemberDirectory } from './bot/memberDirectory';
import { BotFrameworkUserTokens, UserTokens } from './bot/signIn';
import { Notifier } from './bot/notifier';
import { ConfirmedConversations } from './bot/confirmedConversations';
import { ActivationGateway } from './domain/activationGateway';
import { BenefitsService } from './domain/benefitsService';
import { RoleResolver } from './domain/roles';
import { RosterRoleResolver } from './domain/rosterRoleResolver';
import { Logger } from './logger';
import { createRecognizer, Recognizer } from './nlu';
import { createServer } from './server';
import { AppMetrics } from './http/metrics';
import { Operations, RequestTracker } from './http/operations';
import { TurnRateLimiter } from './http/rateLimit';
import { GraphRoleResolver } from './services/graphRoleResolver';
import { CloudAdapterProactiveSender, ProactiveSender } from './services/proactiveSender';
import { RecordingActivationGateway } from './services/recordingActivationGateway';
import { WebhookActivationGateway } from './services/webhookActivationGateway';
import { openStore, RetentionSweeper, Store } from './store';
import { CardRenderer } from './cards';
import { HelpdeskDelivery, type HelpdeskDeliveryOptions } from './handlers/helpdeskDelivery';
import { PrivateContentGuard } from './bot/privateContent';
import { isSharedReference } from './bot/identity';
import { OutboxDispatcher, type OutboxDispatcherOptions } from './services/outbox';
import { CloudAdapterOutboxTransport } from './services/outboxTransport';
import { BusinessCalendar } from './domain/businessTime';
import { AdminNotices } from './handlers/adminNotices';
import { AdminNoticeTimer } from './services/adminNoticeTimer';
import { TicketReminders } from './services/ticketReminders';
import { registerReportDownloads, ReportLinks } from './http/reportDownloads';
import { OrgAnswerReviews } from './handlers/orgAnswerReviews';
import { OrgAnswerReviewTimer } from './services/orgAnswerReviewTimer';

/** Each instance tries hourly; the lease in the database lets one of them sweep per hour. */
const RETENTION_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

export interface AppOverrides {
  recognizer?: Recognizer;
  store?: Store;
  roleResolver?: RoleResolver;
  gateway?: ActivationGateway;
  sender?: ProactiveSender;
  userTokens?: UserTokens;
  members?: MemberDirectory;
  /** Outbox timing (tests use short polls and backoffs). */
  outbox?: Partial<Pick<OutboxDispatcherOptions, 'pollMs' | 'leaseMs' | 'baseDelayMs' | 'maxDelayMs' | 'maxAttempts' | 'transport'>> &
    HelpdeskDeliveryOptions;
  /** The clock of the helpdesk's timers (ticket reminders, the notices pass); tests move it. */
  clock?: () => Date;
  /** The clock of the helpdesk report and its links (tests pass the store's fake one). */
  now?: () => Date;
  /** The clock the dates people type ("yesterday") are read against (tests of dated conversations fix it). */
  dayClock?: () => Date;
}

export interface App {
  server: Server;
  store: Store;
  /** Proactive sends of the helpdesk, delivered behind the turn. */
  outbox: OutboxDispatcher;
  /** The ticket timers (unassigned reminder, requester reminder, close) of this instance. */
  reminders: TicketReminders;
  /** The daily pass of notices to admins (contract end, incidents left) of this instance. */
  notices: AdminNoticeTimer;
  /** The pass that reminds the helpdesk of the organization's answers due for review. */
  answerReviews: OrgAnswerReviewTimer;
  /** This instance's Prometheus metrics (GET /metrics); an outbox registers its depth with setOutboxDepthProvider. */
  metrics: AppMetrics;
  /** Resolves when writes made behind replies (conversation references) are done. */
  settled(): Promise<void>;
  /** Resolves with the port actually bound (0 means any free port). */
  listen(port: number, host?: string): Promise<number>;
  /** Stops taking requests, lets turns in flight finish (up to SHUTDOWN_GRACE_MS), then closes the store. */
  close(): Promise<void>;
}

export interface AppParts {
  store: Store;
  directory: ConversationDirectory;
  /** Remembered conversations as Teams confirms them (where private messages and notices may go). */
  conversations: ConfirmedConversations;
  assistant: Assistant;
  adapter: CloudAdapter;
  outbox: OutboxDispatcher;
  metrics: AppMetrics;
  cards: CardRenderer;
  /** Closes the kept-alive connections the parts opened to the Bot Connector. */
  closeClients(): void;
  reportLinks: ReportLinks;
  /** Set once the server listens: the address the report links use when no public URL is configured. */
  setBoundAddress(address: string): void;
}

/** Counts recognized intents (a fixed set) in the metrics; the text itself is never looked at here. */
function countingIntents(recognizer: Recognizer, metrics: AppMetrics): Recognizer {
  return {
    recognize: async (text, hint) => {
      const recognition = await recognizer.recognize(text, hint);
      metrics.intentRecognized(recognition.intent);
      return recognition;
    },
  };
}

/** The composition root: every collaborator is built here, once, and injected. */
export async function buildParts(config: AppConfig, logger: Logger, overrides: AppOverrides = {}): Promise<AppParts> {
  if (config.anonymous) {
    logger.warn(
      'MicrosoftAppId is empty: the bot accepts unauthenticated requests. Fine for local use and the Playground, never for production.',
    );
  }
  const metrics = new AppMetrics();
  const [baseRecognizer, store] = await Promise.all([
    overrides.recognizer ?? createRecognizer({ logger }),
    overrides.store ?? openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl }, logger),
  ]);
  const recognizer = countingIntents(baseRecognizer, metrics);
  const roster = new RosterRoleResolver(store.roles, config.bootstrapAdmins);
  const roleResolver =
    overrides.roleResolver ??
    (config.graph ? new GraphRoleResolver({ graph: config.graph, fallback: roster, logger }) : roster);
  const gateway =
    overrides.gateway ??
    (config.activationWebhook
      ? new WebhookActivationGateway({ config: config.activationWebhook, logger })
      : new RecordingActivationGateway());
  const adapter = createAdapter(config.credentials, logger);
  const handleTurnError = adapter.onTurnError;
  adapter.onTurnError = async (context, error) => {
    metrics.turnFailed(context.activity);
    // A reply the Bot Connector refused with 429 (after the SDK's own retries) fails the turn.
    if (statusOf(error) === 429) metrics.teamsThrottle('reply');
    await handleTurnError(context, error);
  };
  if (config.graph) {
    // Deduplicates Teams' token exchange across instances (it is sent to every bot instance of a conversation).
    adapter.use(new TeamsSSOTokenExchangeMiddleware(store.botStorage, config.graph.oauthConnectionName));
  }
  const sender = overrides.sender ?? new CloudAdapterProactiveSender({
      adapter,
      botAppId: config.credentials.MicrosoftAppId,
      logger,
      onThrottled: () => metrics.teamsThrottle('proactive'),
    });
  const presenter = new CardPresenter();
  const now = overrides.now ?? (() => new Date());
  let boundAddress = `http://localhost:${config.port}`;
  const publicBaseUrl = config.reportLinks.publicBaseUrl ?? (config.botDomain ? `https://${config.botDomain}` : undefined);
  const reportLinks = new ReportLinks(store.reports, {
    // Without REPORT_LINK_SECRET a link works only on the instance that made it (a random key per process).
    secret: config.reportLinks.secret ?? randomBytes(32),
    ttlMs: config.reportLinks.ttlMinutes * 60_000,
    now,
    baseUrl: () => publicBaseUrl ?? boundAddress,
  });
  const service = new BenefitsService(store, roleResolver, gateway, logger, new Set(config.bootstrapAdmins));
  const directory = new ConversationDirectory(store, logger);
  const cards = new CardRenderer();
  const { channelRetryMs, ...outboxTiming } = overrides.outbox ?? {};
  const privacy = new PrivateContentGuard((tenantId) => service.recordedIds(tenantId), logger);
  const outbox = new OutboxDispatcher({
    repository: store.outbox,
    // Ticket cards, thread answers and reminders carry people's words into the helpdesk channel.
    outgoing: async (tenantId, reference, activity) => (isSharedReference(reference) ? privacy.masked(tenantId, activity) : activity),
    transport: new CloudAdapterOutboxTransport(adapter, config.credentials.MicrosoftAppId),
    resolver: new HelpdeskDelivery(store, cards, { channelRetryMs }),
    logger,
    pollMs: config.outbox.pollMs,
    leaseMs: config.outbox.leaseMs,
    ...outboxTiming,
  });
  const teamsMembers = overrides.members ? undefined : new TeamsMemberDirectory(logger);
  const members = overrides.members ?? teamsMembers!;
  const conversations = new ConfirmedConversations(store.conversations, adapter, config.credentials.MicrosoftAppId, members, logger);
  const assistant = buildAssistant({
    storage: store.botStorage,
    recognizer,
    presenter,
    logger,
    service,
    notifier: new Notifier(store, sender, logger, conversations, () => directory.settled()),
    conversations,
    directory,
    helpdesk: { store, cards, kick: () => outbox.kick(), maxOpenTicketsPerMember: config.helpdeskTimers.maxOpenTicketsPerMember },
    reports: { links: reportLinks, now },
    orgAnswers: { reviewDays: config.helpdeskTimers.answerReviewDays, now },
    members,
    dayClock: overrides.dayClock,
    bootstrap: new RosterBootstrap(store, config.bootstrapAdmins, logger),
    signIn: config.graph
      ? {
          connectionName: config.graph.oauthConnectionName,
          tokens: overrides.userTokens ?? new BotFrameworkUserTokens(config.graph.oauthConnectionName, logger),
        }
      : undefined,
  });
  return {
    store,
    assistant,
    adapter,
    directory,
    outbox,
    metrics,
    cards,
    conversations,
    closeClients: () => teamsMembers?.close(),
    reportLinks,
    setBoundAddress: (address) => {
      boundAddress = address;
    },
  };
}

export async function createApp(config: AppConfig, logger: Logger, overrides: AppOverrides = {}): Promise<App> {
  const { store, assistant, adapter, directory, outbox, metrics, cards, conversations, closeClients, reportLinks, setBoundAddress } = await buildParts(config, logger, overrides);
  let ready = false;
  const limiter = await TurnRateLimiter.create(config.rateLimit, { pool: store.postgresPool, logger });
  const tracker = new RequestTracker();
  const operations = new Operations({
    metrics,
    limiter,
    tracker,
    ping: () => store.ping(),
    logger,
    metricsAccess: config.metrics,
    authenticates: config.credentials.MicrosoftAppId !== '',
  });
  const server = createServer({
    adapter,
    logic: (context) => assistant.bot.run(context),
    logger,
    isReady: () => ready,
    beforeTurn: operations.beforeTurn,
  });
  operations.register(server);
  registerReportDownloads(server, { links: reportLinks, reports: store.reports, logger });
  ready = true;
  const sweeper = new RetentionSweeper(
    store,
    { retentionDays: config.retentionDays, intervalMs: RETENTION_SWEEP_INTERVAL_MS },
    logger.child({ component: 'retention' }),
  );
  sweeper.start();
  metrics.setOutboxDepthProvider(() => store.outbox.pendingCount());
  outbox.start();
  const timersConfig = config.helpdeskTimers;
  const reminders = new TicketReminders({
    timers: store.timers,
    settings: timersConfig.reminders,
    calendar: new BusinessCalendar(timersConfig.schedule),
    intervalMs: timersConfig.reminderIntervalMs,
    logger: logger.child({ component: 'ticketTimers' }),
    kick: () => outbox.kick(),
    now: overrides.clock,
  });
  reminders.start();
  const notices = new AdminNoticeTimer({
    timers: store.timers,
    notices: new AdminNotices({ store, conversations, cards, kick: () => outbox.kick() }),
    intervalMs: timersConfig.noticeIntervalMs,
    logger: logger.child({ component: 'adminNotices' }),
    now: overrides.clock,
  });
  notices.start();
  const answerReviews = new OrgAnswerReviewTimer({
    reviews: new OrgAnswerReviews({ store, cards, kick: () => outbox.kick() }),
    intervalMs: timersConfig.reminderIntervalMs,
    logger: logger.child({ component: 'answerReviews' }),
    now: overrides.clock,
  });
  answerReviews.start();

  return {
    server,
    store,
    outbox,
    reminders,
    notices,
    answerReviews,
    metrics,
    settled: () => directory.settled(),
    listen: (port, host = '0.0.0.0') =>
      new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          const bound = typeof address === 'object' && address ? address.port : port;
          setBoundAddress(`http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${bound}`);
          resolve(bound);
        });
      }),
    close: async () => {
      // No new connections; requests on open ones get 503 while the turns in flight finish.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const left = await tracker.drain(config.shutdownGraceMs);
      if (left > 0) {
        logger.warn('shutdown: turns still in flight after the grace period; closing their connections', {
          inFlight: left,
          graceMs: config.shutdownGraceMs,
        });
        server.server.closeAllConnections();
      } else {
        server.server.closeIdleConnections();
      }
      await closed;
      await sweeper.stop();
      await reminders.stop();
      await notices.stop();
      await answerReviews.stop();
      await directory.settled();
      await outbox.stop();
      closeClients();
      if (!overrides.store) await store.close();
    },
  };
}
