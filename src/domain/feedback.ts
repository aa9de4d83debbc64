/** Teams' own feedback buttons on the bot's answers (like / dislike, with an optional comment). */

export type Reaction = 'like' | 'dislike';

/** The longest comment kept; Teams' feedback form is short, anything longer is cut. */
export const MAX_FEEDBACK_COMMENT = 1000;

export interface FeedbackClick {
  reaction: Reaction;
  /** What the person wrote in Teams' feedback form, if anything. */
  comment?: string;
}

/** The answer a feedback is about, recorded when the answer was sent. */
export interface AnsweredTopic {
  topic: string;
  locale: string;
}

/**
 * Reads the `message/submitAction` invoke's value as Teams sends it:
 * `{ actionName: 'feedback', actionValue: { reaction, feedback: '<JSON string>' } }`, the comment inside
 * that JSON string (`{"feedbackText": "..."}`). Anything else gives undefined; a feedback string that is not
 * JSON (or not the expected shape) is a click without a comment.
 */
export function parseFeedbackValue(value: unknown): FeedbackClick | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (v.actionName !== 'feedback') return undefined;
  const action = v.actionValue;
  if (!action || typeof action !== 'object') return undefined;
  const reaction = (action as Record<string, unknown>).reaction;
  if (reaction !== 'like' && reaction !== 'dislike') return undefined;
  const comment = commentOf((action as Record<string, unknown>).feedback);
  return comment ? { reaction, comment } : { reaction };
}

function commentOf(feedback: unknown): string | undefined {
  let parsed: unknown = feedback;
  if (typeof feedback === 'string') {
    try {
      parsed = JSON.parse(feedback);
    } catch {
      return undefined;
    }
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const text = (parsed as Record<string, unknown>).feedbackText;
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim().slice(0, MAX_FEEDBACK_COMMENT);
  return trimmed || undefined;
}
