import { BotState, StatePropertyAccessor } from 'botbuilder';
import { ContextFrame, liveFrame } from '../domain/conversationContext';
import { AssistantTurn } from '../bot/turn';

/** The context frame of each person, stored with their dialog state (per conversation and user). */
export class ConversationFrames {
  private readonly accessor: StatePropertyAccessor<ContextFrame | undefined>;

  constructor(
    state: BotState,
    readonly now: () => number = () => Date.now(),
  ) {
    this.accessor = state.createProperty<ContextFrame | undefined>('conversationContext');
  }

  /** The live frame; an expired one reads as none. */
  async load(turn: AssistantTurn): Promise<ContextFrame | undefined> {
    return liveFrame(await this.accessor.get(turn.context), this.now());
  }

  async save(turn: AssistantTurn, frame: ContextFrame): Promise<void> {
    await this.accessor.set(turn.context, frame);
  }

  /** Forgets the frame; true when there was a live one. */
  async clear(turn: AssistantTurn): Promise<boolean> {
    const frame = await this.load(turn);
    // A frame that only remembers the last message holds nothing the person told about a question.
    const had = !!frame && (frame.topic !== undefined || Object.keys(frame.stated ?? {}).length > 0 || Object.keys(frame.slots ?? {}).length > 0);
    if ((await this.accessor.get(turn.context)) !== undefined) await this.accessor.delete(turn.context);
    return had;
  }
}
