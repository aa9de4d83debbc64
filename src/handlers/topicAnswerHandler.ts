import { COMPOSERS } from '../answers';
import type { Presenter } from '../bot/presenter';
import { AssistantTurn, TurnHandler } from '../bot/turn';
import type { AnswerModel } from '../answers/answerModel';
import { afterQuestion } from '../domain/conversationContext';
import { COMMAND_INTENTS, isRequestTopic, REQUEST_TOPIC_OF, TopicIntent } from '../domain/types';
import { isQuestionText } from '../nlu';
import { asksForPerson } from '../nlu/personRequest';
import { negatedSupportTypes, negatedTiers } from '../nlu/slots';
import { prepareText } from '../nlu/text';
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
      // Only a frame already in use is moved on (a one-off question writes no state), except after a request's
      // how-to, which the next message may correct ("not cloud, it's on-prem").
      if (frame || isRequestTopic(topic)) await frames.save(turn, afterQuestion(frame, topic, slots, frames.now()));
    }
  };
}


/**
 * After the how-to of opening a request, a message that only says which support type it is ("Not cloud. It's for
 * an on-premises SQL Server cluster at a customer.", "pas le cloud, c'est pour un SQL Server chez nous") is a
 * detail of that question: the other support type's how-to, whatever the words pull toward (a customer, CSP).
 */
export function requestDetailHandler(
  presenter: Presenter,
  frames: ConversationFrames,
  /** The incidents answer, for a tier stated after the cloud how-to (Action Pack: no cloud support). */
  incidents: TurnHandler,
): (turn: AssistantTurn) => Promise<boolean> {
  const answer = {
    cloudRequest: topicAnswerHandler('cloudRequest', presenter, frames),
    onPremisesRequest: topicAnswerHandler('onPremisesRequest', presenter, frames),
  };
  return async (turn) => {
    const rec = turn.recognition;
    if (turn.submit || !turn.text || !rec || isQuestionText(turn.text)) return false;
    if ((COMMAND_INTENTS as readonly string[]).includes(rec.intent) || asksForPerson(turn.text)) return false;
    const named = rec.mentions?.supportTypes ?? [];
    const tiers = rec.mentions?.tiers ?? [];
    if (named.length === 0 && tiers.length === 0) return false;
    const frame = await frames.load(turn);
    if (!isRequestTopic(frame?.topic)) return false;
    // "can we open an Azure case with our benefits?" … "we're Action Pack, not Silver or Gold": the article's
    // answer for Action Pack and the cloud (none), not a note of the tier.
    const words = prepareText(turn.text).words;
    const ruledOutTiers = negatedTiers(words);
    const tiersMeant = tiers.filter((t) => !ruledOutTiers.includes(t));
    if (frame?.topic === 'cloudRequest' && named.length === 0 && tiersMeant.length === 1 && tiersMeant[0] === 'actionPack') {
      await incidents({ ...turn, recognition: { ...rec, intent: 'incidents', slots: { ...rec.slots, tier: 'actionPack', supportType: 'cloud' } } });
      return true;
    }
    if (named.length === 0) return false;
    const ruledOut = negatedSupportTypes(words);
    const meant = named.filter((t) => !ruledOut.includes(t));
    if (meant.length !== 1) return false;
    await answer[REQUEST_TOPIC_OF[meant[0]]]({ ...turn, recognition: { ...rec, slots: { ...rec.slots, supportType: meant[0] } } });
    return true;
  };
}
