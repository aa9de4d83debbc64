import { Activity, ResourceResponse, TurnContext } from 'botbuilder';

/**
 * Replies are held until the turn's dialog state is saved (AssistantBot.run), so the id the channel gives
 * a reply is known only after the turn. A reply marked here gets its id through the callback once it is
 * sent; the bot then saves the dialog state again. The mark is a symbol: it survives the copies
 * TurnContext makes of an activity and never goes out in the JSON.
 */
const ON_SENT = Symbol('assistant.onSent');

type Marked = Partial<Activity> & { [ON_SENT]?: (id: string) => void };

export function onReplySent<A extends Partial<Activity>>(activity: A, callback: (id: string) => void): A {
  (activity as Marked)[ON_SENT] = callback;
  return activity;
}

/** Hands each marked reply its id; true when a callback ran (the channel gave an id: not with expectReplies). */
export function noteSentIds(sent: readonly Partial<Activity>[], responses: readonly (ResourceResponse | undefined)[]): boolean {
  let noted = false;
  sent.forEach((activity, i) => {
    const callback = (activity as Marked)[ON_SENT];
    const id = responses[i]?.id;
    if (callback && typeof id === 'string' && id !== '') {
      callback(id);
      noted = true;
    }
  });
  return noted;
}

const CLICKED_CARD = Symbol('assistant.clickedCard');

/** For an Action.Execute click: the card that replaces the clicked one (the invoke response). */
export function replaceClickedCard(context: TurnContext, card: Record<string, unknown>): void {
  context.turnState.set(CLICKED_CARD, card);
}

export function clickedCardReplacement(context: TurnContext): Record<string, unknown> | undefined {
  return context.turnState.get(CLICKED_CARD) as Record<string, unknown> | undefined;
}
