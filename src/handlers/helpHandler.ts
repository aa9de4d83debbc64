import type { Presenter } from '../bot/presenter';
import { AssistantTurn, TurnHandler } from '../bot/turn';
import { DialogHost } from '../dialogs/dialogHost';
import { ConversationFrames } from '../dialogs/conversationFrames';
import { asksWhoYouAre } from '../nlu/personRequest';
import { isAside } from '../nlu/asides';

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

/** Readings that carry a question of their own: "are you a bot? how many incidents for Gold?" is the question. */
const ASIDE_INTENTS: ReadonlySet<string> = new Set(['none', 'greeting', 'thanks', 'help']);

/**
 * "are you a real person?", "ты вообще кто такой?": who the bot is, in a sentence, with how to reach a person. A
 * question the bot asked before stays open (nothing is cancelled), so the next message can answer it.
 */
export function whoYouAreOf(turn: AssistantTurn): true | undefined {
  if (turn.submit || !turn.text || !asksWhoYouAre(turn.text)) return undefined;
  return ASIDE_INTENTS.has(turn.recognition?.intent ?? 'none') ? true : undefined;
}

export async function whoYouAreHandler(turn: AssistantTurn): Promise<void> {
  await turn.context.sendActivity(turn.t('smalltalk.whoYouAre'));
}

/**
 * An aside in the middle of a conversation (see isAside) while a question or what the person said about the
 * organization is still open: a short reply that keeps the conversation as it was, so the next message goes on
 * from it; not the "not sure I understood" help card.
 */
export function asideHandler(frames: ConversationFrames): (turn: AssistantTurn) => Promise<boolean> {
  return async (turn) => {
    if (turn.submit || !turn.text || !turn.recognition || !isAside(turn.text, turn.recognition)) return false;
    const frame = await frames.load(turn);
    if (!frame?.topic && !frame?.awaiting && !Object.values(frame?.stated ?? {}).some((v) => v !== undefined)) return false;
    await turn.context.sendActivity(turn.t('smalltalk.aside'));
    return true;
  };
}
