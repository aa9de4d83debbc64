/**
 * Prometheus metrics of one app instance, on a registry of its own (never prom-client's global one).
 * Labels are bounded and carry no tenant, user, conversation id or text: activity kinds come from fixed
 * lists, statuses and routes from the server.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Activity types of the Bot Framework protocol; anything else is counted as 'other'. */
const ACTIVITY_TYPES = new Set([
  'message',
  'conversationUpdate',
  'contactRelationUpdate',
  'typing',
  'endOfConversation',
  'event',
  'invoke',
  'deleteUserData',
  'messageUpdate',
  'messageDelete',
  'installationUpdate',
  'messageReaction',
  'suggestion',
  'trace',
  'handoff',
  'command',
  'commandResult',
]);

/** Invoke names Teams sends; anything else is counted as 'invoke:other'. */
const INVOKE_NAMES = new Set([
  'adaptiveCard/action',
  'message/submitAction',
  'signin/tokenExchange',
  'signin/verifyState',
  'signin/failure',
  'task/fetch',
  'task/submit',
  'tab/fetch',
  'tab/submit',
  'config/fetch',
  'config/submit',
  'fileConsent/invoke',
  'actionableMessage/executeAction',
  'healthCheck',
  'handoff/action',
  'composeExtension/query',
  'composeExtension/queryLink',
  'composeExtension/anonymousQueryLink',
  'composeExtension/selectItem',
  'composeExtension/fetchTask',
  'composeExtension/submitAction',
  'composeExtension/querySettingUrl',
  'composeExtension/setting',
  'composeExtension/onCardButtonClicked',
]);

/** Turn kind for labels: the activity type, or `invoke:<name>` for invokes; never free text from a client. */
export function turnKind(activity: unknown): string {
  const a = (activity && typeof activity === 'object' ? activity : {}) as { type?: unknown; name?: unknown };
  const type = typeof a.type === 'string' && ACTIVITY_TYPES.has(a.type) ? a.type : 'other';
  if (type !== 'invoke') return type;
  return `invoke:${typeof a.name === 'string' && INVOKE_NAMES.has(a.name) ? a.name : 'other'}`;
}

export class AppMetrics {
  readonly registry = new Registry();
  private readonly turns: Counter<'kind'>;
  private readonly turnSeconds: Histogram<'kind'>;
  private readonly turnErrors: Counter<'kind'>;
  private readonly intents: Counter<'intent'>;
  private readonly responses: Counter<'route' | 'status'>;
  private readonly rateLimited: Counter<'scope'>;
  private readonly teamsThrottled: Counter<'path'>;
  private outboxGauge?: Gauge;
  private static readonly OUTBOX_GAUGE = 'assistant_outbox_depth';

  constructor() {
    const registers = [this.registry];
    this.turns = new Counter({ name: 'assistant_turns_total', help: 'Turns handed to the bot, by activity kind.', labelNames: ['kind'], registers });
    this.turnSeconds = new Histogram({
      name: 'assistant_turn_duration_seconds',
      help: 'Time from request to response of a turn, by activity kind.',
      labelNames: ['kind'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
      registers,
    });
    this.turnErrors = new Counter({ name: 'assistant_turn_errors_total', help: 'Turns that failed inside the bot (onTurnError).', labelNames: ['kind'], registers });
    this.intents = new Counter({ name: 'assistant_intents_total', help: 'Recognized intents of messages.', labelNames: ['intent'], registers });
    this.responses = new Counter({
      name: 'assistant_http_responses_total',
      help: 'HTTP responses by route and status.',
      labelNames: ['route', 'status'],
      registers,
    });
    this.rateLimited = new Counter({ name: 'assistant_rate_limited_total', help: 'Requests answered 429 by our rate limits.', labelNames: ['scope'], registers });
    this.teamsThrottled = new Counter({
      name: 'assistant_teams_throttled_total',
      help: 'Responses 429 received from the Bot Connector (Teams) on our sends.',
      labelNames: ['path'],
      registers,
    });
    // Present from the start at zero, so a dashboard sees the series before the first event.
    this.teamsThrottled.inc({ path: 'proactive' }, 0);
    this.rateLimited.inc({ scope: 'ip' }, 0);
    this.rateLimited.inc({ scope: 'tenant' }, 0);
  }

  /** A turn answered (whatever its status), `seconds` from its request's arrival. */
  turnFinished(kind: string, seconds: number): void {
    this.turns.inc({ kind });
    this.turnSeconds.observe({ kind }, seconds);
  }

  turnFailed(activity: unknown): void {
    this.turnErrors.inc({ kind: turnKind(activity) });
  }

  intentRecognized(intent: string): void {
    this.intents.inc({ intent });
  }

  response(route: string, status: number): void {
    this.responses.inc({ route, status: String(status) });
  }

  limited(scope: 'ip' | 'tenant'): void {
    this.rateLimited.inc({ scope });
  }

  /** A 429 from the Bot Connector on one of our sends (`path`: 'proactive' or 'reply'). */
  teamsThrottle(path: 'proactive' | 'reply'): void {
    this.teamsThrottled.inc({ path });
  }

  /** The outbox (when one exists) reports its depth at scrape time; without a provider there is no gauge. */
  setOutboxDepthProvider(provider: () => number | Promise<number>): void {
    if (this.outboxGauge) this.registry.removeSingleMetric(AppMetrics.OUTBOX_GAUGE);
    this.outboxGauge = new Gauge({
      name: AppMetrics.OUTBOX_GAUGE,
      help: 'Messages waiting in the outbox.',
      registers: [this.registry],
      async collect() {
        this.set(await provider());
      },
    });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
