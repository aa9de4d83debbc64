import { Dialog, DialogContext, DialogTurnResult } from './dialogsSdk';
import { Locale } from '../domain/types';
import { BenefitsService } from '../domain/benefitsService';
import { ACTIVATION_ID_MAX_LENGTH } from '../domain/activationDetails';
import { recordActivation, type ActivationAudience } from '../domain/activationRecording';
import type { Caller } from '../domain/policy';
import { translator } from '../i18n/strings';
import { Callers } from '../bot/callers';
import type { AssistantTurn } from '../bot/turn';
import { assistantTurnOf, releaseTurn } from './dialogHost';

export const ACTIVATION_DIALOG = 'activation';

interface ActivationState {
  locale: Locale;
  step: 'accessId' | 'contractId';
  accessId?: string;
  /** Started in a group chat or channel: IDs are never taken there. */
  shared?: boolean;
}

export interface ActivationDialogOptions {
  locale: Locale;
  shared?: boolean;
}

/** An ID as a person pastes it: one token with a digit, no spaces inside, within the length limit. */
function looksLikeId(text: string): boolean {
  return text.length > 0 && text.length <= ACTIVATION_ID_MAX_LENGTH && !/\s/.test(text) && /\d/.test(text);
}

/**
 * The typed path of activation, next to the form: the admin pastes the Access ID, then the Contract ID, in
 * a personal chat only. Its state lives in the store, so a restarted bot picks up at the step it was at.
 */
export class ActivationDialog extends Dialog<ActivationDialogOptions> {
  constructor(
    private readonly deps: {
      service: BenefitsService;
      callers: Callers;
      /** Who is told about the activation, and how (the same as for the form's submit). */
      audience: (turn: AssistantTurn, caller: Caller) => ActivationAudience;
    },
  ) {
    super(ACTIVATION_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: ActivationDialogOptions): Promise<DialogTurnResult> {
    const state: ActivationState = { locale: options?.locale ?? 'en', step: 'accessId', shared: options?.shared === true };
    dc.activeDialog!.state = state;
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as ActivationState;
    const turn = assistantTurnOf(dc.context);
    // "Access ID: 2005…" as copied from Partner Center: keep the value.
    const text = turn.text.trim().replace(/^(access|contract)\s*id\s*[:=\-–]?\s*/i, '').trim();
    if (!looksLikeId(text)) return releaseTurn(dc);
    const t = translator(state.locale);
    if (state.shared || turn.conversationKind !== 'personal') {
      // Everyone here can read it: not recorded, not repeated; the person is told to delete it.
      await dc.context.sendActivity(t('act.typed.pastedShared'));
      return dc.endDialog();
    }
    if (state.step === 'accessId') {
      state.accessId = text;
      state.step = 'contractId';
      await dc.context.sendActivity(t('act.typed.askContractId'));
      return Dialog.EndOfTurn;
    }
    const caller = await this.deps.callers.resolve(turn, { privileged: true });
    if (!caller) return dc.endDialog();
    const input = { accessId: state.accessId, contractId: text };
    const audience = this.deps.audience({ ...turn, locale: state.locale, t }, caller);
    const done = await recordActivation(this.deps.service, caller, input, turn.context.activity, audience);
    if (!done) {
      // Wrong input: start over at the Access ID, the form stays available.
      state.step = 'accessId';
      state.accessId = undefined;
      await dc.context.sendActivity(t('act.typed.again'));
      return Dialog.EndOfTurn;
    }
    return dc.endDialog();
  }
}
