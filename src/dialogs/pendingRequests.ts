import { BotState, StatePropertyAccessor } from 'botbuilder';
import type { AssistantTurn } from '../bot/turn';
import type { OwnWordsRequest } from '../domain/ownWords';

/** A request in one's own words waiting for its confirmation. */
export interface PendingRequest {
  id: string;
  request: OwnWordsRequest;
  /** Epoch milliseconds when it was proposed. */
  at: number;
  /** For a question with buttons (which ticket, which support type): the request each button stands for. */
  choices?: OwnWordsRequest[];
  /** Cancelled by its [Cancel]: no button runs it any more, but a typed correction may propose it again. */
  cancelled?: boolean;
}

/** Where the handler keeps it: with the dialog state, per conversation and person. */
export interface PendingRequestStore {
  get(turn: AssistantTurn): Promise<PendingRequest | undefined>;
  set(turn: AssistantTurn, pending: PendingRequest): Promise<void>;
  clear(turn: AssistantTurn): Promise<void>;
}

/**
 * The pending request of each person in each conversation, stored with their dialog state: a confirmation
 * pressed by someone else, in another conversation or another organization finds nothing here.
 */
export class PendingRequests implements PendingRequestStore {
  private readonly accessor: StatePropertyAccessor<PendingRequest | undefined>;

  constructor(state: BotState) {
    this.accessor = state.createProperty<PendingRequest | undefined>('ownWordsPending');
  }

  get(turn: AssistantTurn): Promise<PendingRequest | undefined> {
    return this.accessor.get(turn.context);
  }

  set(turn: AssistantTurn, pending: PendingRequest): Promise<void> {
    return this.accessor.set(turn.context, pending);
  }

  clear(turn: AssistantTurn): Promise<void> {
    return this.accessor.delete(turn.context);
  }
}
