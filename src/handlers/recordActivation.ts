import type { ActivationPresenter, Presenter } from '../bot/presenter';
import { AssistantTurn } from '../bot/turn';
import { Notifier } from '../bot/notifier';
import { BenefitsService } from '../domain/benefitsService';
import { Caller } from '../domain/policy';
import { refusalText } from './refusal';
import { t, type StringKey, type Translate } from '../i18n/strings';
import type { Locale } from '../domain/types';
import type { ActivationDetailsError } from '../domain/activationDetails';

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
 * Records an activation and tells everyone once: the admin gets the confirmation, the requesters and the
 * announcement conversation get the news (no IDs in it). Shared by the form submit and the typed flow.
 * The idempotency key is the activity id, so a Teams retry of the same activity is recorded once.
 */
export async function recordActivation(
  turn: AssistantTurn,
  caller: Caller,
  input: unknown,
  deps: { service: BenefitsService; presenter: Presenter & ActivationPresenter; notifier: Notifier },
): Promise<boolean> {
  const key = `activity:${turn.context.activity.id ?? ''}:${caller.userId}`;
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
