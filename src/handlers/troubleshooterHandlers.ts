import { AnswerComposer, COMPOSERS } from '../answers';
import type { Presenter } from '../bot/presenter';
import { TurnHandler } from '../bot/turn';
import { afterQuestion } from '../domain/conversationContext';
import { ConversationFrames } from '../dialogs/conversationFrames';
import { isSituationOf, SITUATIONS, TroubleshooterTopic } from '../domain/unknownFacts';

const TOPICS = Object.keys(SITUATIONS) as TroubleshooterTopic[];

function isTroubleshooterTopic(value: unknown): value is TroubleshooterTopic {
  return TOPICS.includes(value as TroubleshooterTopic);
}

/**
 * A pasted error: the troubleshooter leads with the fix for the case the message describes, or asks which
 * case it is. The question text rides on the card's helpdesk button.
 */
export function troubleshooterHandler(topic: TroubleshooterTopic, presenter: Presenter, frames?: ConversationFrames): TurnHandler {
  const compose: AnswerComposer = COMPOSERS[topic];
  return async (turn) => {
    const situation = turn.recognition?.situation;
    const slots = turn.recognition?.slots ?? {};
    const model = compose({
      locale: turn.locale,
      slots,
      situation: situation && isSituationOf(topic, situation) ? situation : undefined,
      question: turn.text,
    });
    await turn.context.sendActivity(presenter.answer(turn.locale, model));
    if (frames) {
      const frame = await frames.load(turn);
      // The error becomes the context, so "and Silver?" no longer reads as a detail of an older question.
      if (frame) await frames.save(turn, afterQuestion(frame, topic, slots, frames.now()));
    }
  };
}

/** A troubleshooter's answer button (verb troubleshoot.choose): the one fix for the case chosen. Untrusted data. */
export function troubleshootChooseHandler(presenter: Presenter): TurnHandler {
  return async (turn) => {
    const data = turn.submit?.data ?? {};
    const { topic, situation } = data;
    if (!isTroubleshooterTopic(topic) || !isSituationOf(topic, situation)) {
      await turn.context.sendActivity(turn.t('common.unknownButton'));
      return;
    }
    const question = typeof data.question === 'string' ? data.question : undefined;
    const model = COMPOSERS[topic]({ locale: turn.locale, slots: {}, situation, question });
    await turn.context.sendActivity(presenter.answer(turn.locale, model));
  };
}
