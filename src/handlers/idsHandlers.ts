import type { ActivationPresenter, IdsView, Presenter } from '../bot/presenter';
import { AssistantTurn, TurnHandler } from '../bot/turn';
import { Notifier } from '../bot/notifier';
import { BenefitsService } from '../domain/benefitsService';
import { Caller, isAllowed } from '../domain/policy';
import { Callers } from '../bot/callers';
import { invalidDetailsText } from './activationAudience';
import { refusalText } from './refusal';
import { BenefitRecord } from '../domain/records';
import type { Locale } from '../domain/types';
import type { Activity } from '../bot/protocol';
import { asksIdsPerAccount } from '../nlu/rules';
import { prepareText } from '../nlu/text';

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
    return { kind: 'notActivated', state: record.state, admins: await service.activationAdminNames(caller.tenantId) };
  }
  return { kind: isAllowed(caller, 'editIds') ? 'admin' : 'member', record };
}

/**
 * What a handler sends during an Action.Execute becomes the invoke's answer (AssistantBot), so these
 * handlers just send: a card replaces the clicked card, a text shows under it.
 */
async function say(turn: AssistantTurn, text: string): Promise<void> {
  await turn.context.sendActivity(text);
}

/** Only the person sees it: an Action.Execute answer, or a personal chat. */
function isPrivate(turn: AssistantTurn): boolean {
  return turn.conversationKind === 'personal' || turn.submit?.viaInvoke === true;
}

/**
 * Something carrying the IDs, from an Action.Submit in a group chat or channel (a client without Universal
 * Actions): it goes to the person's personal chat with the bot, and the conversation only hears where it went.
 */
async function sendPrivately(turn: AssistantTurn, deps: IdsDeps, caller: Caller, message: (locale: Locale) => Partial<Activity>): Promise<void> {
  const verb = turn.submit?.verb ?? 'ids';
  const reached = caller.aadObjectId
    ? await deps.notifier.toUsers(caller.tenantId, [caller.aadObjectId], `${verb}:${turn.context.activity.id}`, () => message(turn.locale))
    : 0;
  await turn.context.sendActivity(turn.t(reached > 0 ? 'ids.sentPrivately' : 'ids.openPersonal'));
}

/** The admin's view after a change; in a group chat it keeps refreshing for this admin only. */
async function sendAdminCard(turn: AssistantTurn, deps: IdsDeps, caller: Caller, record: BenefitRecord): Promise<void> {
  if (!isPrivate(turn)) return sendPrivately(turn, deps, caller, (locale) => deps.presenter.ids(locale, { kind: 'admin', record }));
  const refreshFor = turn.conversationKind === 'personal' ? undefined : [caller.userId];
  await turn.context.sendActivity(deps.presenter.ids(turn.locale, { kind: 'admin', record }, refreshFor));
}

/**
 * "our IDs": in a personal chat the card shows what this user may see. In a group chat or channel the
 * message everyone sees carries no IDs; Universal Actions refresh it into a per-user view, starting with
 * the asker, and anyone else selects "Show the IDs".
 */
const ASKS_AGAIN = /(?<![\p{L}])(again|once more|a second time|снова|опять|повторно|ещ[её] раз|a nouveau|de nouveau|encore|une deuxieme fois)(?![\p{L}])/u;

/** The account used them already ("I already linked our contract to my account", "я уже привязал"). */
const USED_ALREADY = /(?<![\p{L}])(already|previously|уже|ранее|deja)(?![\p{L}])/u;

export function idsHandler(deps: IdsDeps): TurnHandler {
  return async (turn) => {
    const caller = await deps.callers.resolve(turn);
    if (!caller) return;
    const view = await idsViewFor(caller, deps.service);
    // "do I enter them with my account too?": the article's rule first (once per account), then the card.
    // Asked as "…again?" by someone whose account already used them: "No", then the rule; else the rule alone.
    if (turn.text && asksIdsPerAccount(prepareText(turn.text))) {
      const normalized = prepareText(turn.text).normalized;
      await turn.context.sendActivity(turn.t(ASKS_AGAIN.test(normalized) && USED_ALREADY.test(normalized) ? 'ids.notAgain' : 'ids.perAccount'));
    }
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
    const caller = await deps.callers.resolve(turn);
    if (!caller) return;
    const view = await idsViewFor(caller, deps.service);
    if (turn.submit?.viaInvoke) {
      const refreshFor = turn.conversationKind === 'personal' || view.kind === 'outsider' ? undefined : [caller.userId];
      await turn.context.sendActivity(deps.presenter.ids(turn.locale, view, refreshFor));
      return;
    }
    // Action.Submit fallback (a client without Universal Actions): never post IDs where others can read them.
    if (turn.conversationKind === 'personal' || view.kind === 'outsider' || view.kind === 'notActivated') {
      await turn.context.sendActivity(deps.presenter.ids(turn.locale, view));
      return;
    }
    await sendPrivately(turn, deps, caller, (locale) => deps.presenter.ids(locale, view));
  };
}

export function idsEditHandler(deps: IdsDeps): TurnHandler {
  return async (turn) => {
    const caller = await deps.callers.resolve(turn, { privileged: true });
    if (!caller) return;
    const refused = await deps.service.authorize(caller, 'editIds');
    const record = refused ?? (await deps.service.benefit(caller));
    if ('kind' in record) return say(turn, refusalText(turn, caller));
    if (!isPrivate(turn)) return sendPrivately(turn, deps, caller, (locale) => deps.presenter.idsEditForm(locale, record));
    await turn.context.sendActivity(deps.presenter.idsEditForm(turn.locale, record));
  };
}

export function idsSaveHandler(deps: IdsDeps): TurnHandler {
  return async (turn) => {
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
    switch (outcome.kind) {
      case 'refused':
        return say(turn, refusalText(turn, caller));
      case 'invalid':
        return say(turn, invalidDetailsText(turn.t, outcome.errors));
      case 'notActive':
        return say(turn, turn.t('ids.notActivated'));
      case 'conflict':
        await sendAdminCard(turn, deps, caller, outcome.record);
        return say(turn, turn.t('ids.conflict'));
      case 'updated':
        return sendAdminCard(turn, deps, caller, outcome.record);
    }
  };
}

export function idsMarkExpiredHandler(deps: IdsDeps): TurnHandler {
  return async (turn) => {
    const caller = await deps.callers.resolve(turn, { privileged: true });
    if (!caller) return;
    const outcome = await deps.service.markExpired(caller);
    if (outcome.kind === 'refused') return say(turn, refusalText(turn, caller));
    if (!outcome.applied) return say(turn, turn.t('ids.notActiveToExpire'));
    return sendAdminCard(turn, deps, caller, outcome.record);
  };
}
