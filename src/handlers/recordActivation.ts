import type { ActivationPresenter, Presenter } from '../bot/presenter';
import { AssistantTurn } from '../bot/turn';
import { Notifier } from '../bot/notifier';
import { BenefitsService } from '../domain/benefitsService';
import { Caller } from '../domain/policy';
import { refusalText } from './refusal';
import { t, type StringKey, type Translate } from '../i18n/strings';
import type { Locale } from '../domain/types';
import type { ActivationDetailsError } from '../domain/activationDetails';
import { createHash, randomUUID } from 'node:crypto';

const ERROR_KEYS: Record<ActivationDetailsError, StringKey> = {
  accessIdRequired: 'act.err.accessIdRequired',
  contractIdRequired: 'act.err.contractIdRequired',
  accessIdTooLong: 'act.err.tooLong',
  contractIdTooLong: 'act.err.tooLong',
  markup: 'act.err.markup',
  badDate: 'act.err.badDate',
  badIncidents: 'act.err.badIncidents',
  endBeforeStart: 'act.err.endBeforeStart',
};

const GATEWAY_KEYS: Record<string, StringKey> = {
  timeout: 'act.gateway.timeout',
  rejected: 'act.gateway.rejected',
  unreachable: 'act.gateway.unreachable',
  invalidResponse: 'act.gateway.invalidResponse',
};

/** "I could not save that:" and one line per reason, in the user's language. */
export function invalidDetailsText(t: Translate, errors: readonly ActivationDetailsError[]): string {
  return [t('act.invalid'), ...[...new Set(errors.map((e) => t(ERROR_KEYS[e])))].map((line) => `- ${line}`)].join('\n');
}

/**
 * The activation's idempotency key: the same for a Teams retry of the same activity, different for any
 * other activity, and always 64 hex characters whatever the ids are (the webhook's header takes 200 at most).
 * Without an activity id, the activity's time and what was entered stand in for it; without a time either,
 * nothing can tell a retry apart, and the store's "same IDs already active" rule keeps repeats harmless.
 */
export function activationIdempotencyKey(turn: AssistantTurn, caller: Caller, input: unknown): string {
  const a = turn.context.activity;
  const at = a.timestamp ? new Date(a.timestamp).getTime() : NaN;
  const activity = a.id
    ? { id: a.id }
    : { timestamp: Number.isFinite(at) ? at : randomUUID(), input: input ?? null };
  const parts = JSON.stringify([caller.tenantId, a.conversation?.id ?? '', caller.userId, activity]);
  return createHash('sha256').update(parts, 'utf8').digest('hex');
}

/**
 * Records an activation and tells everyone once: the admin gets the confirmation, the requesters and the
 * announcement conversation get the news (no IDs in it). Shared by the form submit and the typed flow.
 * The idempotency key derives from the activity id, so a Teams retry of the same activity is recorded once.
 */
export async function recordActivation(
  turn: AssistantTurn,
  caller: Caller,
  input: unknown,
  deps: { service: BenefitsService; presenter: Presenter & ActivationPresenter; notifier: Notifier },
): Promise<boolean> {
  const key = activationIdempotencyKey(turn, caller, input);
  const outcome = await deps.service.recordActivation(caller, input, key);
  switch (outcome.kind) {
    case 'refused':
      await turn.context.sendActivity(refusalText(turn, caller));
      return false;
    case 'invalid':
      await turn.context.sendActivity(invalidDetailsText(turn.t, outcome.errors));
      return false;
    case 'gatewayFailed':
      await turn.context.sendActivity(turn.t(GATEWAY_KEYS[outcome.reason]));
      return false;
    case 'alreadyActive':
      await turn.context.sendActivity(turn.t('act.alreadyActiveUseEdit'));
      return false;
    case 'recordedByOther':
      await turn.context.sendActivity(
        deps.presenter.activationRecordedByOther(turn.locale, outcome.record.recordedBy?.name ?? turn.t('act.someone')),
      );
      return false;
    case 'recorded': {
      await turn.context.sendActivity(deps.presenter.activationRecorded(turn.locale, outcome.record, outcome.applied));
      if (outcome.applied) await announce(turn, caller, outcome.record.version, deps);
      return true;
    }
  }
}

async function announce(
  turn: AssistantTurn,
  caller: Caller,
  version: number,
  deps: { service: BenefitsService; presenter: Presenter & ActivationPresenter; notifier: Notifier },
): Promise<void> {
  const claim = `announce:v${version}`;
  const card = (locale: Locale | undefined) =>
    deps.presenter.announcement(locale ?? turn.locale, caller.name ?? t(locale ?? turn.locale, 'act.someone'));
  const requests = await deps.service.openRequests(caller.tenantId);
  const requesters = requests.map((r) => r.requestedBy.aadObjectId).filter((id): id is string => !!id);
  await deps.notifier.toUsers(caller.tenantId, requesters, claim, card);
  const target = await deps.service.announcementTarget(caller.tenantId);
  if (target && target.conversationId !== turn.context.activity.conversation.id) {
    await deps.notifier.toConversation(caller.tenantId, target.conversationId, claim, card);
  }
  await deps.service.closeRequests(caller.tenantId, requests.map((r) => r.id));
}
