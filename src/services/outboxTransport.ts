import type { Activity, ConversationReference, TurnContext } from '../bot/protocol';
import { parseRetryAfter, retryAfterOf, statusOf } from './retryTiming';
import type { ConversationContinuer } from './proactiveSender';

/** One attempt, no retry: the outbox decides what to do with a failure. */
export type TransportResult = { ok: true; id?: string } | { ok: false; status?: number; retryAfterMs?: number; error: string };

export interface OutboxTransport {
  send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<TransportResult>;
  update(reference: Partial<ConversationReference>, activityId: string, activity: Partial<Activity>): Promise<TransportResult>;
}

function failure(err: unknown): TransportResult {
  return {
    ok: false,
    status: statusOf(err),
    retryAfterMs: parseRetryAfter(retryAfterOf(err), Date.now()),
    error: err instanceof Error ? err.name : 'unknown',
  };
}

/** Sends and updates through CloudAdapter.continueConversationAsync (the Bot Connector). */
export class CloudAdapterOutboxTransport implements OutboxTransport {
  constructor(
    private readonly adapter: ConversationContinuer,
    private readonly botAppId: string,
  ) {}

  send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<TransportResult> {
    return this.attempt(reference, async (context) => (await context.sendActivity(activity))?.id);
  }

  update(reference: Partial<ConversationReference>, activityId: string, activity: Partial<Activity>): Promise<TransportResult> {
    return this.attempt(reference, async (context) => {
      await context.updateActivity({ ...activity, id: activityId });
      return activityId;
    });
  }

  /**
   * The failure is caught inside the turn logic: thrown out of it, the adapter's onTurnError would log and
   * swallow it, and continueConversationAsync would resolve as if the send had worked.
   */
  private async attempt(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<string | undefined>): Promise<TransportResult> {
    let result: TransportResult | undefined;
    try {
      await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
        try {
          result = { ok: true, id: await logic(context) };
        } catch (err) {
          result = failure(err);
        }
      });
    } catch (err) {
      return failure(err);
    }
    return result ?? { ok: false, error: 'logic did not run' };
  }
}
