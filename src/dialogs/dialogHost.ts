import { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { Dialog, DialogContext, DialogSet, DialogState, DialogTurnStatus } from './dialogsSdk';
import type { DialogRunner } from '../bot/router';
import { AssistantTurn } from '../bot/turn';

const TURN_KEY = Symbol('assistant.turn');
const RELEASED_KEY = Symbol('assistant.released');

/** The AssistantTurn of the current turn, for dialogs (set by the host before running one). */
export function assistantTurnOf(context: TurnContext): AssistantTurn {
  const turn = context.turnState.get(TURN_KEY) as AssistantTurn | undefined;
  if (!turn) throw new Error('The dialog host did not attach the turn');
  return turn;
}

/**
 * A dialog that cannot use the message (the user moved on to another question) cancels itself and
 * releases the turn: the router then routes the message as if no dialog was active.
 */
export async function releaseTurn(dc: DialogContext) {
  dc.context.turnState.set(RELEASED_KEY, true);
  return dc.cancelAllDialogs();
}

/** Runs the multi-turn flows; their state lives in the store, per conversation and user. */
export class DialogHost implements DialogRunner {
  private readonly accessor: StatePropertyAccessor<DialogState>;
  private readonly dialogs: DialogSet;

  constructor(state: BotState, dialogs: Dialog[]) {
    this.accessor = state.createProperty<DialogState>('dialogState');
    this.dialogs = new DialogSet(this.accessor);
    for (const d of dialogs) this.dialogs.add(d);
  }

  add(dialog: Dialog): this {
    this.dialogs.add(dialog);
    return this;
  }

  /** Reads the stack without creating state, so turns outside a dialog write nothing. */
  async hasActive(context: TurnContext): Promise<boolean> {
    const state = await this.accessor.get(context);
    return !!state && state.dialogStack.length > 0;
  }

  /** The state of the active dialog when it is `dialogId`; reads without creating state. */
  async activeState(turn: AssistantTurn, dialogId: string): Promise<object | undefined> {
    const state = await this.accessor.get(turn.context);
    const top = state?.dialogStack[state.dialogStack.length - 1];
    return top?.id === dialogId ? (top.state as object | undefined) : undefined;
  }

  async continueActive(turn: AssistantTurn): Promise<boolean> {
    if (!(await this.hasActive(turn.context))) return false;
    // "cancel" and "help" always win over the question a dialog is waiting for.
    const intent = turn.recognition?.intent;
    if (intent === 'cancel' || intent === 'help') return false;
    const dc = await this.context(turn);
    const result = await dc.continueDialog();
    if (turn.context.turnState.get(RELEASED_KEY)) return false;
    return result.status !== DialogTurnStatus.empty;
  }

  async begin(turn: AssistantTurn, dialogId: string, options?: object): Promise<void> {
    const dc = await this.context(turn);
    await dc.cancelAllDialogs();
    await dc.beginDialog(dialogId, options);
  }

  async cancelAll(turn: AssistantTurn): Promise<boolean> {
    if (!(await this.hasActive(turn.context))) return false;
    const dc = await this.context(turn);
    await dc.cancelAllDialogs();
    return true;
  }

  private async context(turn: AssistantTurn): Promise<DialogContext> {
    turn.context.turnState.set(TURN_KEY, turn);
    return this.dialogs.createContext(turn.context);
  }
}
