import { TurnContext } from 'botbuilder';
import { UserIdentity } from '../domain/roles';
import { Locale } from '../domain/types';
import { Translate } from '../i18n/strings';
import type { Recognition } from '../nlu';
import { ConversationKind } from './identity';
import { localDay } from '../domain/localDay';

/** A card button's payload, from Action.Submit (message value) or Action.Execute (invoke). Untrusted input. */
export interface CardSubmit {
  verb: string;
  data: Record<string, unknown>;
  /** True for Action.Execute (adaptiveCard/action invoke): the reply is an invoke response. */
  viaInvoke: boolean;
}

/** Everything a handler needs about the current turn, resolved once by the bot. */
export interface AssistantTurn {
  context: TurnContext;
  locale: Locale;
  t: Translate;
  /** The message text, trimmed and cut to the recognizer's limit. Empty for card submits. */
  text: string;
  recognition?: Recognition;
  submit?: CardSubmit;
  user: UserIdentity;
  /** The conversation's tenant; undefined outside Teams (then nothing tenant-scoped is available). */
  tenantId?: string;
  conversationKind: ConversationKind;
}

export type TurnHandler = (turn: AssistantTurn) => Promise<void>;

/**
 * The date where the person is (their "today"): from the message's local timestamp as Teams sent it (botbuilder keeps
 * the original text in rawLocalTimestamp), checked by localDay; else the server's UTC date.
 */
export function dayOf(turn: AssistantTurn, now: Date): string {
  const activity = turn.context.activity as { rawLocalTimestamp?: unknown; localTimestamp?: unknown };
  return localDay(activity.rawLocalTimestamp ?? activity.localTimestamp, now);
}
