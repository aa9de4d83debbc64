import type { Recognition } from './recognizer';
import { isQuestionText } from './slots';

/**
 * An aside: a short remark that is no question and nothing the bot reads ("hang on, someone is at the door", "секунду, меня
 * зовут на планёрку", "let me check with finance first"). It says nothing about the conversation, which stays as it
 * was; a message about the helpdesk, a ticket or incidents is never one.
 */
const ASIDE_MIN_WORDS = 2;
const ASIDE_MAX_WORDS = 12;
const ABOUT_SUPPORT = /help ?desk|support|ticket|incident|хелпдеск|хэлпдеск|поддержк|заявк|тикет|инцидент|обращени|assistance/i;

export function isAside(text: string, recognition: Pick<Recognition, 'intent' | 'slots' | 'unknownFact' | 'mentions'>): boolean {
  if (recognition.intent !== 'none' || recognition.unknownFact) return false;
  // "nope, not gold" names a tier, if only to rule it out: an answer, not an aside.
  const m = recognition.mentions;
  if (m && (m.tiers.length || m.supportTypes.length || m.competencies.length)) return false;
  if (Object.values(recognition.slots ?? {}).some((v) => v !== undefined)) return false;
  // One word ("эээ", "hmm") is a failed answer, not a remark about something else.
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (words < ASIDE_MIN_WORDS || words > ASIDE_MAX_WORDS || ABOUT_SUPPORT.test(text)) return false;
  return !isQuestionText(text);
}
