import type { ActivationPresenter, Presenter } from '../bot/presenter';
import { AssistantTurn } from '../bot/turn';
import { Notifier } from '../bot/notifier';
import { Caller } from '../domain/policy';
import { refusalText } from './refusal';
import { t, type StringKey, type Translate } from '../i18n/strings';
import type { Locale } from '../domain/types';
import type { ActivationDetailsError } from '../domain/activationDetails';
import type { ActivationAudience } from '../domain/activationRecording';

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
 * How the people recordActivation (src/domain/activationRecording.ts) names are told: the admin who entered
 * the IDs in the turn, in the turn's language; the requesters and the announcement conversation with the
 * announcement card (no IDs), each in their chat's language.
 */
export function activationAudience(
  turn: AssistantTurn,
  caller: Caller,
  deps: { presenter: Presenter & ActivationPresenter; notifier: Notifier },
): ActivationAudience {
  const card = (locale: Locale | undefined) =>
    deps.presenter.announcement(locale ?? turn.locale, caller.name ?? t(locale ?? turn.locale, 'act.someone'));
  return {
    tellAdmin: async (outcome) => {
      switch (outcome.kind) {
        case 'refused':
          await turn.context.sendActivity(refusalText(turn, caller));
          return;
        case 'invalid':
          await turn.context.sendActivity(invalidDetailsText(turn.t, outcome.errors));
          return;
        case 'gatewayFailed':
          await turn.context.sendActivity(turn.t(GATEWAY_KEYS[outcome.reason]));
          return;
        case 'alreadyActive':
          await turn.context.sendActivity(turn.t('act.alreadyActiveUseEdit'));
          return;
        case 'recordedByOther':
          await turn.context.sendActivity(
            deps.presenter.activationRecordedByOther(turn.locale, outcome.record.recordedBy?.name ?? turn.t('act.someone')),
          );
          return;
        case 'recorded':
          await turn.context.sendActivity(deps.presenter.activationRecorded(turn.locale, outcome.record, outcome.applied));
          return;
      }
    },
    tellUsers: (tenantId, aadObjectIds, claimKey) => deps.notifier.toUsers(tenantId, aadObjectIds, claimKey, card),
    tellConversation: (tenantId, conversationId, claimKey) => deps.notifier.toConversation(tenantId, conversationId, claimKey, card),
  };
}
