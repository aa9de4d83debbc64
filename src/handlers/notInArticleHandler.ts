import { composeActionPackCloud, composeNotInArticle } from '../answers';
import type { Presenter } from '../bot/presenter';
import { AssistantTurn } from '../bot/turn';
import { UNKNOWN_FACTS, UnknownFact } from '../domain/unknownFacts';
import { Intent } from '../domain/types';
import { DialogHost } from '../dialogs/dialogHost';
import { afterQuestion } from '../domain/conversationContext';
import { ConversationFrames } from '../dialogs/conversationFrames';
import { asksACount } from '../nlu/rules';

/**
 * Readings that win over the topic the classifier picked, because answering that topic would mislead:
 * a fact the article does not give ("how many TPD hours", "the phone number"), and a cloud question from
 * an Action Pack member (Action Pack has no Signature Cloud Support, whatever else is asked).
 */
export type OverridingReading = { kind: 'notInArticle'; fact: UnknownFact } | { kind: 'actionPackCloud' };

/** Topics where an Action Pack member's cloud question needs "no cloud support" first; incidents answers it itself. */
const ACTION_PACK_CLOUD_TOPICS: ReadonlySet<Intent> = new Set<Intent>([
  'none',
  'coverage',
  'cloudRequest',
  'errorAccessIdAssociated',
  'onPremisesRequest',
  'csp',
]);

export function overridingReadingOf(turn: AssistantTurn): OverridingReading | undefined {
  const recognition = turn.recognition;
  if (!recognition) return undefined;
  if (recognition.unknownFact) return { kind: 'notInArticle', fact: recognition.unknownFact };
  const { tier, supportType } = recognition.slots;
  if (tier === 'actionPack' && supportType === 'cloud' && ACTION_PACK_CLOUD_TOPICS.has(recognition.intent)) {
    return { kind: 'actionPackCloud' };
  }
  return undefined;
}

export function overridingReadingHandler(presenter: Presenter, dialogs: DialogHost, frames?: ConversationFrames) {
  return async (turn: AssistantTurn, reading: OverridingReading): Promise<void> => {
    // A question in the middle of a clarifying flow ends it: the flow's next button would answer another question.
    await dialogs.cancelAll(turn);
    const ctx = { locale: turn.locale, slots: turn.recognition?.slots ?? {}, question: turn.text };
    const model =
      reading.kind === 'notInArticle' ? composeNotInArticle({ ...ctx, unknownFact: reading.fact }) : composeActionPackCloud(ctx);
    await turn.context.sendActivity(presenter.answer(turn.locale, model));
    if (frames) {
      const frame = await frames.load(turn);
      // This answer is now the last question: a follow-up ("and Silver?") is not a detail of an older one.
      await frames.save(turn, afterQuestion(frame, topicOf(reading), ctx.slots, frames.now()));
    }
  };
}

/** The conversation topic an overriding answer leaves: the fact the article does not give is part of it. */
function topicOf(reading: OverridingReading): string {
  return reading.kind === 'notInArticle' ? `notInArticle:${reading.fact}` : reading.kind;
}

function factOfTopic(topic: string | undefined): UnknownFact | undefined {
  const fact = topic?.startsWith('notInArticle:') ? topic.slice('notInArticle:'.length) : undefined;
  return (UNKNOWN_FACTS as readonly string[]).includes(fact ?? '') ? (fact as UnknownFact) : undefined;
}

const FOLLOW_UP_MAX_WORDS = 8;

/**
 * After "the article does not say" about a fact, a correction or a short follow-up that only changes a detail ("sorry,
 * I mean for cloud", "то есть облако, Signature", "et pour Silver ?") asks the same fact again: still not in the
 * article, said again for the new detail, instead of a count or a card about the detail alone.
 */
export function unknownFactFollowUpHandler(presenter: Presenter, dialogs: DialogHost, frames: ConversationFrames) {
  const answer = overridingReadingHandler(presenter, dialogs, frames);
  return async (turn: AssistantTurn): Promise<boolean> => {
    const rec = turn.recognition;
    if (turn.submit || !rec || rec.unknownFact || rec.situation) return false;
    const short = rec.cue === 'followUp' && turn.text.split(/\s+/).length <= FOLLOW_UP_MAX_WORDS;
    if (rec.cue !== 'correction' && !short) return false;
    if (asksACount(turn.text)) return false;
    const fact = factOfTopic((await frames.load(turn))?.topic);
    if (!fact) return false;
    await answer(turn, { kind: 'notInArticle', fact });
    return true;
  };
}
