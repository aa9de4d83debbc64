import { ActivityTypes } from 'botbuilder';
import type { ActivationPresenter, IdsView, Presenter } from '../bot/presenter';
import { AssistantTurn, TurnHandler } from '../bot/turn';
import { Notifier } from '../bot/notifier';
import { BenefitsService } from '../domain/benefitsService';
import { Caller, isAllowed } from '../domain/policy';
import { Callers } from '../bot/callers';
import { invalidDetailsText } from './recordActivation';

export const IDS_VERBS = {
  refresh: 'ids.refresh',
  show: 'ids.show',
  edit: 'ids.edit',
  save: 'ids.save',
  markExpired: 'ids.markExpired',
} as const;

export interface IdsDeps {
  service: BenefitsService;
  presenter: Presenter & ActivationPresenter;
  notifier: Notifier;
  callers: Callers;
}

/** The view this caller may see, decided on the server from the caller's tenant and roles. */
export async function idsViewFor(caller: Caller, service: BenefitsService): Promise<IdsView> {
  const record = await service.benefit(caller);
  if ('kind' in record) return { kind: 'outsider' };
  if (record.state === 'notActivated' || record.state === 'activationRequested' || !record.accessId) {
    const admins = await service.activationAdmins(caller.tenantId);
    return { kind: 'notActivated', state: record.state, admins: [...new Set(admins.map((a) => a.name || a.aadObjectId))] };
  }
  return { kind: isAllowed(caller, 'editIds') ? 'admin' : 'member', record };
}

/** Answers an Action.Execute with a card, or an Action.Submit with a new message. */
async function respondWithCard(turn: AssistantTurn, card: object): Promise<void> {
  if (turn.submit?.viaInvoke) {
    turn.invokeResponse = { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card as Record<string, unknown> };
  } else {
    await turn.context.sendActivity({
      type: ActivityTypes.Message,
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    });
  }
}

async function respondWithText(turn: AssistantTurn, text: string): Promise<void> {
  if (turn.submit?.viaInvoke) {
    turn.invokeResponse = { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text as unknown as Record<string, unknown> };
  } else {
    await turn.context.sendActivity(text);
  }
}

/**
 * "our IDs": in a personal chat the card shows what this user may see. In a group chat or channel the
 * message everyone sees carries no IDs; Universal Actions refresh it into a per-user view, starting with
 * the asker, and anyone else selects "Show the IDs".
 */
export function idsHandler(deps: IdsDeps): TurnHandler {
  return async (turn) => {
    const caller = await deps.callers.resolve(turn);
    if (!caller) return;
    const view = await idsViewFor(caller, deps.service);
    if (turn.conversationKind === 'personal') {
      await turn.context.sendActivity(deps.presenter.ids(turn.locale, view));
      return;
    }
    await turn.context.sendActivity(deps.presenter.ids(turn.locale, { kind: 'hidden' }, view.kind === 'outsider' ? [] : [caller.userId]));
  };
}

/** Action.Execute "Show the IDs" and the automatic refresh: the per-user view, role-checked now. */
export function idsRefreshHandler(deps: IdsDeps): TurnHandler {
  return async (turn) => {
    if (!turn.tenantId) return respondWithText(turn, turn.t('tenant.missing'));
    const caller = await deps.callers.resolve(turn);
    if (!caller) return;
    const view = await idsViewFor(caller, deps.service);
    if (turn.submit?.viaInvoke) {
      const refreshFor = turn.conversationKind === 'personal' || view.kind === 'outsider' ? undefined : [caller.userId];
      await respondWithCard(turn, deps.presenter.idsCard(turn.locale, view, refreshFor));
      return;
    }
    // Action.Submit fallback (a client without Universal Actions): never post IDs where others can read them.
    if (turn.conversationKind === 'personal' || view.kind === 'outsider' || view.kind === 'notActivated') {
      await turn.context.sendActivity(deps.presenter.ids(turn.locale, view));
      return;
    }
    const reached = caller.aadObjectId
      ? await deps.notifier.toUsers(caller.tenantId, [caller.aadObjectId], `ids:${turn.context.activity.id}`, () => deps.presenter.ids(turn.locale, view))
      : 0;
    await turn.context.sendActivity(turn.t(reached > 0 ? 'ids.sentPrivately' : 'ids.openPersonal'));
  };
}

export function idsEditHandler(deps: IdsDeps): TurnHandler {
  return async (turn) => {
    if (!turn.tenantId) return respondWithText(turn, turn.t('tenant.missing'));
    const caller = await deps.callers.resolve(turn, { privileged: true });
    if (!caller) return;
    const refused = await deps.service.authorize(caller, 'editIds');
    if (refused) return respondWithText(turn, turn.t(caller.homeTenantId !== caller.tenantId ? 'act.refusedOutsider' : 'act.refused'));
    const record = await deps.service.benefit(caller);
    if ('kind' in record) return respondWithText(turn, turn.t('act.refused'));
    await respondWithCard(turn, deps.presenter.idsEditForm(turn.locale, record));
  };
}

export function idsSaveHandler(deps: IdsDeps): TurnHandler {
  return async (turn) => {
    if (!turn.tenantId) return respondWithText(turn, turn.t('tenant.missing'));
    const caller = await deps.callers.resolve(turn, { privileged: true });
    if (!caller) return;
    const data = turn.submit?.data ?? {};
    const version = Number(data.version);
    const incidents = data.incidentsRemaining;
    const input = {
      accessId: data.accessId,
      contractId: data.contractId,
      contractStart: data.contractStart,
      contractEnd: data.contractEnd,
      incidentsRemaining: typeof incidents === 'string' && incidents.trim() !== '' ? Number(incidents) : incidents === '' ? undefined : incidents,
    };
    const outcome = await deps.service.editIds(caller, input, Number.isInteger(version) ? version : -1);
    const refreshFor = turn.conversationKind === 'personal' ? undefined : [caller.userId];
    switch (outcome.kind) {
      case 'refused':
        return respondWithText(turn, turn.t(caller.homeTenantId !== caller.tenantId ? 'act.refusedOutsider' : 'act.refused'));
      case 'invalid':
        return respondWithText(turn, invalidDetailsText(turn.t, outcome.errors));
      case 'notActive':
        return respondWithText(turn, turn.t('ids.notActivated'));
      case 'conflict':
        await respondWithCard(turn, deps.presenter.idsCard(turn.locale, { kind: 'admin', record: outcome.record }, refreshFor));
        await turn.context.sendActivity(turn.t('ids.conflict'));
        return;
      case 'updated':
        return respondWithCard(turn, deps.presenter.idsCard(turn.locale, { kind: 'admin', record: outcome.record }, refreshFor));
    }
  };
}

export function idsMarkExpiredHandler(deps: IdsDeps): TurnHandler {
  return async (turn) => {
    if (!turn.tenantId) return respondWithText(turn, turn.t('tenant.missing'));
    const caller = await deps.callers.resolve(turn, { privileged: true });
    if (!caller) return;
    const outcome = await deps.service.markExpired(caller);
    if (outcome.kind === 'refused') {
      return respondWithText(turn, turn.t(caller.homeTenantId !== caller.tenantId ? 'act.refusedOutsider' : 'act.refused'));
    }
    if (!outcome.applied) return respondWithText(turn, turn.t('ids.notActiveToExpire'));
    const refreshFor = turn.conversationKind === 'personal' ? undefined : [caller.userId];
    return respondWithCard(turn, deps.presenter.idsCard(turn.locale, { kind: 'admin', record: outcome.record }, refreshFor));
  };
}
