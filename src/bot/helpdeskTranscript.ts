import { Activity, ActivityTypes, BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { TRANSCRIPT_TURNS, TranscriptTurn } from '../domain/tickets';
import { conversationKindOf } from './identity';

/** Longest text kept per turn: enough to understand the exchange, small enough for the ticket card. */
const MAX_TURN_TEXT = 400;
/** The turns of this chat, read at the start of the turn, where the bot's answers are added. */
const WATCHED = Symbol('helpdesk.transcript');

function push(turns: TranscriptTurn[], turn: TranscriptTurn): void {
  if (!turn.text.trim()) return;
  turns.push({ from: turn.from, text: turn.text.trim().slice(0, MAX_TURN_TEXT) });
  if (turns.length > TRANSCRIPT_TURNS) turns.splice(0, turns.length - TRANSCRIPT_TURNS);
}

/**
 * Keeps the last turns of each personal chat (the user's messages and the bot's answers as text) in the
 * dialog state, saved with it at the end of the turn, so a ticket can carry them on any instance.
 */
export class TranscriptRecorder {
  private readonly turns: StatePropertyAccessor<TranscriptTurn[]>;

  constructor(state: BotState) {
    this.turns = state.createProperty<TranscriptTurn[]>('helpdeskTranscript');
  }

  async watch(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (activity.type !== ActivityTypes.Message || conversationKindOf(activity) !== 'personal') return;
    const turns = await this.turns.get(context, []);
    context.turnState.set(WATCHED, turns);
    if (typeof activity.text === 'string' && !activity.value) push(turns, { from: 'user', text: activity.text });
  }

  /** The bot's answers, as the turn says them (before its state is saved; see AssistantBot's onSaying). */
  said(context: TurnContext, activities: Partial<Activity>[]): void {
    const turns = context.turnState.get(WATCHED) as TranscriptTurn[] | undefined;
    if (!turns) return;
    for (const a of activities) {
      if (a.type === ActivityTypes.Message) push(turns, { from: 'bot', text: a.text || a.summary || '' });
    }
  }

  /** The turns so far (the current message included). */
  async of(context: TurnContext): Promise<TranscriptTurn[]> {
    return [...(await this.turns.get(context, []))];
  }
}
