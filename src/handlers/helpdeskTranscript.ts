import { ActivityTypes, BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { TRANSCRIPT_TURNS, TranscriptTurn } from '../domain/tickets';
import { conversationKindOf } from '../bot/identity';

/** Longest text kept per turn: enough to understand the exchange, small enough for the ticket card. */
const MAX_TURN_TEXT = 400;

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
    const push = (turn: TranscriptTurn) => {
      if (!turn.text.trim()) return;
      turns.push({ from: turn.from, text: turn.text.trim().slice(0, MAX_TURN_TEXT) });
      if (turns.length > TRANSCRIPT_TURNS) turns.splice(0, turns.length - TRANSCRIPT_TURNS);
    };
    if (typeof activity.text === 'string' && !activity.value) push({ from: 'user', text: activity.text });
    context.onSendActivities(async (_ctx, activities, next) => {
      for (const a of activities) {
        if (a.type === ActivityTypes.Message) push({ from: 'bot', text: a.text || a.summary || '' });
      }
      return next();
    });
  }

  /** The turns so far (the current message included). */
  async of(context: TurnContext): Promise<TranscriptTurn[]> {
    return [...(await this.turns.get(context, []))];
  }
}
