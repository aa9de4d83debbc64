import type { Activity } from 'botbuilder';
import type { AnsweredTopic } from '../domain/feedback';

/** Where an answer message carries its topic and language until it is sent (never sent to Teams). */
export const ANSWER_TAG = 'assistantAnswer';

/**
 * channelData of every answer: Teams' own feedback buttons (`feedbackLoopEnabled`; never together with
 * `feedbackLoop`) and the answer's topic and language, recorded when it is sent (AnswerFeedback.installOn).
 */
export function answerChannelData(answered: AnsweredTopic): Record<string, unknown> {
  return { feedbackLoopEnabled: true, [ANSWER_TAG]: answered };
}

/** The topic and language an answer message carries, if it is one. */
export function taggedAnswer(activity: Partial<Activity>): AnsweredTopic | undefined {
  const tag = (activity.channelData as Record<string, unknown> | undefined)?.[ANSWER_TAG] as Partial<AnsweredTopic> | undefined;
  return tag && typeof tag.topic === 'string' && typeof tag.locale === 'string' ? { topic: tag.topic, locale: tag.locale } : undefined;
}
