/**
 * Recording the activation an admin entered, by the form (a card verb) or typed (a dialog): one operation
 * for both. It decides who is told what and when; how they are told (cards, chats, languages) is the
 * caller's ActivationAudience.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { ActivationOutcome, BenefitsService } from './benefitsService';
import type { Caller } from './policy';

/** What the recording reads of the activity that carried the IDs (fields of every Bot Framework activity). */
export interface ActivationActivity {
  id?: string;
  timestamp?: Date | string;
  conversation?: { id?: string };
}

/** Who hears of an activation. The domain says who and when; the audience says it in their language. */
export interface ActivationAudience {
  /** The admin who entered the IDs, in the turn: what became of them. */
  tellAdmin(outcome: ActivationOutcome): Promise<void>;
  /** These users in their personal chats, each once per claim, with no IDs; how many were reached. */
  tellUsers(tenantId: string, aadObjectIds: readonly string[], claimKey: string): Promise<number>;
  /** This conversation, once per claim, with no IDs. */
  tellConversation(tenantId: string, conversationId: string, claimKey: string): Promise<boolean>;
}

/**
 * The activation's idempotency key: the same for a Teams retry of the same activity, different for any
 * other activity, and always 64 hex characters whatever the ids are (the webhook's header takes 200 at most).
 * Without an activity id, the activity's time and what was entered stand in for it; without a time either,
 * nothing can tell a retry apart, and the store's "same IDs already active" rule keeps repeats harmless.
 */
export function activationIdempotencyKey(a: ActivationActivity, caller: Caller, input: unknown): string {
  const at = a.timestamp ? new Date(a.timestamp).getTime() : NaN;
  const activity = a.id
    ? { id: a.id }
    : { timestamp: Number.isFinite(at) ? at : randomUUID(), input: input ?? null };
  const parts = JSON.stringify([caller.tenantId, a.conversation?.id ?? '', caller.userId, activity]);
  return createHash('sha256').update(parts, 'utf8').digest('hex');
}

/**
 * Records an activation and tells everyone once: the admin gets the outcome, then, when it was recorded now,
 * the requesters and the announcement conversation get the news and the open requests are closed.
 * The idempotency key derives from the activity id, so a Teams retry of the same activity is recorded once.
 * True when the activation is recorded (now or before, as a repeat).
 */
export async function recordActivation(
  service: BenefitsService,
  caller: Caller,
  input: unknown,
  activity: ActivationActivity,
  audience: ActivationAudience,
): Promise<boolean> {
  const key = activationIdempotencyKey(activity, caller, input);
  const outcome = await service.recordActivation(caller, input, key);
  await audience.tellAdmin(outcome);
  if (outcome.kind !== 'recorded') return false;
  if (outcome.applied) await announce(service, caller, outcome.record.version, activity, audience);
  return true;
}

async function announce(
  service: BenefitsService,
  caller: Caller,
  version: number,
  activity: ActivationActivity,
  audience: ActivationAudience,
): Promise<void> {
  const claim = `announce:v${version}`;
  const requests = await service.openRequests(caller.tenantId);
  const requesters = requests.map((r) => r.requestedBy.aadObjectId).filter((id): id is string => !!id);
  await audience.tellUsers(caller.tenantId, requesters, claim);
  const target = await service.announcementTarget(caller.tenantId);
  if (target && target.conversationId !== activity.conversation?.id) {
    await audience.tellConversation(caller.tenantId, target.conversationId, claim);
  }
  await service.closeRequests(caller.tenantId, requests.map((r) => r.id));
}
