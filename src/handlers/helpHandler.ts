import type { Presenter } from '../bot/presenter';
import { TurnHandler } from '../bot/turn';
import { DialogHost } from '../dialogs/dialogHost';
import { ConversationFrames } from '../dialogs/conversationFrames';

export function helpHandler(presenter: Presenter, dialogs: DialogHost): TurnHandler {
  return async (turn) => {
    await dialogs.cancelAll(turn);
    await turn.context.sendActivity(presenter.help(turn.locale));
  };
}

export function greetingHandler(presenter: Presenter): TurnHandler {
  return async (turn) => {
    await turn.context.sendActivity(presenter.welcome(turn.locale));
  };
}

/** Out of scope or unclear: say so, show what the bot can do, never state a number nobody asked for. */
export function fallbackHandler(presenter: Presenter): TurnHandler {
  return async (turn) => {
    await turn.context.sendActivity(presenter.help(turn.locale, turn.t('fallback.unsure')));
  };
}

export function thanksHandler(): TurnHandler {
  return async (turn) => {
    await turn.context.sendActivity(turn.t('thanks.reply'));
  };
}

/** "cancel", "start over": ends the flow in progress and forgets the conversation's context. */
export function cancelHandler(dialogs: DialogHost, frames: ConversationFrames): TurnHandler {
  return async (turn) => {
    const cancelled = await dialogs.cancelAll(turn);
    const forgot = await frames.clear(turn);
    await turn.context.sendActivity(turn.t(cancelled ? 'cancel.done' : forgot ? 'context.cleared' : 'cancel.nothing'));
  };
}

export function unknownButtonHandler(): TurnHandler {
  return async (turn) => {
    await turn.context.sendActivity(turn.t('common.unknownButton'));
  };
}
