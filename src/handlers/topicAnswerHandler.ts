import { COMPOSERS } from '../answers';
import type { Presenter } from '../bot/presenter';
import { TurnHandler } from '../bot/turn';
import { TopicIntent } from '../domain/types';

/** Answers one of the article's topics with its answer card. */
export function topicAnswerHandler(topic: Exclude<TopicIntent, 'incidents'>, presenter: Presenter): TurnHandler {
  const compose = COMPOSERS[topic];
  return async (turn) => {
    const model = compose({ locale: turn.locale, slots: turn.recognition?.slots ?? {} });
    await turn.context.sendActivity(presenter.answer(turn.locale, model));
  };
}
