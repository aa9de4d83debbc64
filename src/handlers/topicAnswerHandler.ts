import { COMPOSERS } from '../answers';
import type { Presenter } from '../bot/presenter';
import { AssistantTurn, TurnHandler } from '../bot/turn';
import type { AnswerModel } from '../answers/answerModel';
import { afterQuestion } from '../domain/conversationContext';
import { TopicIntent } from '../domain/types';
import { ConversationFrames } from '../dialogs/conversationFrames';

/** Answers one of the article's topics with its answer card; the topic becomes the conversation's context. */
export function topicAnswerHandler(
  topic: Exclude<TopicIntent, 'incidents'>,
  presenter: Presenter,
  frames?: ConversationFrames,
  /** What the organization's own records add to the article's answer (the incident ledger). */
  enrich?: (turn: AssistantTurn, model: AnswerModel) => Promise<AnswerModel>,
): TurnHandler {
  const compose = COMPOSERS[topic];
  return async (turn) => {
    const slots = turn.recognition?.slots ?? {};
    const situation = turn.recognition?.situation;
    const composed = compose({ locale: turn.locale, slots, ...(situation ? { situation } : {}) });
    const model = enrich ? await enrich(turn, composed) : composed;
    await turn.context.sendActivity(presenter.answer(turn.locale, model));
    if (frames) {
      const frame = await frames.load(turn);
      // Only a frame already in use is moved on: a one-off question writes no state.
      if (frame) await frames.save(turn, afterQuestion(frame, topic, slots, frames.now()));
    }
  };
}
