import { COMPOSERS } from '../answers';
import { withLead } from '../answers/answerModel';
import { claimsAnyoneCan } from '../nlu/claims';
import { afterQuestion } from '../domain/conversationContext';
import type { ConversationFrames } from '../dialogs/conversationFrames';
import type { ActivationPresenter, Presenter } from '../bot/presenter';
import { AssistantTurn, TurnHandler } from '../bot/turn';
import { Notifier } from '../bot/notifier';
import { Callers } from '../bot/callers';
import { t } from '../i18n/strings';
import { BenefitsService } from '../domain/benefitsService';
import { Caller, isAllowed } from '../domain/policy';
import { DialogHost } from '../dialogs/dialogHost';
import { ACTIVATION_DIALOG } from '../dialogs/activationDialog';
import { recordActivation } from '../domain/activationRecording';
import { activationAudience } from './activationAudience';

export interface ActivationDeps {
  service: BenefitsService;
  presenter: Presenter & ActivationPresenter;
  notifier: Notifier;
  dialogs: DialogHost;
  callers: Callers;
  /** The conversation's context: the activation answer becomes its topic ("are you sure?" then checks it). */
  frames?: ConversationFrames;
}

export const ACTIVATION_VERBS = {
  start: 'activation.start',
  submit: 'activation.submit',
  askAdmin: 'activation.askAdmin',
} as const;

function modeOf(caller: Caller): 'admin' | 'member' | 'adminAgent' | 'outsider' {
  if (isAllowed(caller, 'activate')) return 'admin';
  if (caller.homeTenantId !== caller.tenantId) return 'outsider';
  return caller.roles.has('adminAgent') ? 'adminAgent' : 'member';
}

/**
 * "activate" in any phrasing, or the Activate button. Everyone gets the article's facts; an authorized
 * admin also gets the form (and a typed flow), everyone else is refused, audited, and offered to ask an admin.
 */
export function activationHandler(deps: ActivationDeps): TurnHandler {
  return async (turn) => {
    // "any user can activate it, right?": the article names two roles, said first.
    const answer = withLead(COMPOSERS.activation({ locale: turn.locale, slots: {} }), claimsAnyoneCan(turn.text) ? turn.t('claim.activationRoles') : undefined);
    if (deps.frames && turn.text) await deps.frames.save(turn, afterQuestion(await deps.frames.load(turn), 'activation', {}, deps.frames.now()));
    if (!turn.tenantId) {
      await turn.context.sendActivity(deps.presenter.answer(turn.locale, answer));
      return;
    }
    const caller = await deps.callers.resolve(turn);
    if (!caller) return;
    const mode = modeOf(caller);
    const state = await deps.service.state(caller.tenantId);
    if (mode !== 'admin') await deps.service.authorize(caller, 'activate');
    const admins = mode === 'outsider' ? [] : await deps.service.activationAdminNames(caller.tenantId);
    const shared = turn.conversationKind !== 'personal';
    await turn.context.sendActivity(deps.presenter.activation(turn.locale, { answer, mode, state, admins, shared }));
    if (mode === 'admin' && state !== 'active') {
      // In a group chat or channel the dialog only catches an ID pasted anyway, to warn without repeating it.
      await deps.dialogs.begin(turn, ACTIVATION_DIALOG, { locale: turn.locale, shared });
    }
  };
}

/** The form's submit (Action.Submit or Action.Execute): the role is checked again here. */
export function activationSubmitHandler(deps: ActivationDeps): TurnHandler {
  return async (turn) => {
    const caller = await deps.callers.resolve(turn, { privileged: true });
    if (!caller) return;
    const data = turn.submit?.data ?? {};
    const input = {
      accessId: data.accessId,
      contractId: data.contractId,
      contractStart: data.contractStart,
      contractEnd: data.contractEnd,
      incidentsRemaining: typeof data.incidentsRemaining === 'string' && data.incidentsRemaining.trim() !== ''
        ? Number(data.incidentsRemaining)
        : data.incidentsRemaining,
    };
    await deps.dialogs.cancelAll(turn);
    await recordActivation(deps.service, caller, input, turn.context.activity, activationAudience(turn, caller, deps));
  };
}

/** "Ask an admin to activate": records the request and tells the admins in their personal chats. */
export function askAdminHandler(deps: ActivationDeps): TurnHandler {
  return async (turn) => {
    const caller = await deps.callers.resolve(turn);
    if (!caller) return;
    const result = await deps.service.requestActivation(caller);
    if (result.kind === 'refused') {
      await turn.context.sendActivity(turn.t('act.refusedOutsider'));
      return;
    }
    if (result.record.state === 'active') {
      await turn.context.sendActivity(turn.t('act.alreadyActive'));
      return;
    }
    const admins = await deps.service.activationAdmins(caller.tenantId);
    let reached = 0;
    if (result.request) {
      reached = await deps.notifier.toUsers(
        caller.tenantId,
        admins.map((a) => a.aadObjectId),
        `askAdmin:${result.request.id}`,
        (locale) => deps.presenter.activationAsked(locale ?? turn.locale, caller.name ?? t(locale ?? turn.locale, 'act.someone')),
      );
    }
    const key = !result.applied ? 'act.askedBefore' : reached > 0 ? 'act.asked' : 'act.askedNobodyReached';
    await turn.context.sendActivity(turn.t(key, { count: reached }));
  };
}

export type { AssistantTurn };
