import { AnswerComposer, COMPOSERS } from '../answers';
import type { AnswerAction } from '../answers/answerModel';
import { HELPDESK_VERB } from '../answers/answerParts';
import type { Presenter } from '../bot/presenter';
import { AssistantTurn, TurnHandler } from '../bot/turn';
import { afterMessage, afterQuestion, afterTroubleshooterQuestion } from '../domain/conversationContext';
import { COMMAND_INTENTS } from '../domain/types';
import { saysNotKnowingTheCase, situationOf } from '../nlu/situations';
import { prepareText } from '../nlu/text';
import { isQuestionText } from '../nlu';
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
    const read = turn.recognition?.situation ?? (await caseSaidBefore(topic, turn, frames));
    const situation = read && isSituationOf(topic, read) ? read : undefined;
    const slots = turn.recognition?.slots ?? {};
    const model = compose({ locale: turn.locale, slots, situation, question: turn.text });
    await turn.context.sendActivity(presenter.answer(turn.locale, model));
    if (frames) {
      const frame = await frames.load(turn);
      if (!situation) {
        // The card asks which case it is: a typed answer ("it expired last month") is read as the case.
        await frames.save(turn, afterTroubleshooterQuestion(frame, topic, frames.now()));
      } else {
        // The error becomes the context, so "and Silver?" no longer reads as a detail of an older question.
        await frames.save(turn, { ...afterQuestion(frame, topic, slots, frames.now()), situation });
      }
    }
  };
}

/** The case told in the person's previous message ("our contract expired", then the pasted error). */
async function caseSaidBefore(topic: TroubleshooterTopic, turn: AssistantTurn, frames?: ConversationFrames) {
  const before = frames ? (await frames.load(turn))?.lastText : undefined;
  return before ? situationOf(topic, prepareText(before), {}) : undefined;
}

/** After every typed message: the frame keeps it, for a case told one message before the error. */
export function rememberMessage(frames: ConversationFrames): (turn: AssistantTurn) => Promise<void> {
  return async (turn) => {
    // "start over" forgets the conversation: it is not kept as the message before the next one.
    if (turn.recognition?.intent === 'cancel') return;
    const slots = turn.recognition?.slots;
    // A support type named outside a question is what the person works on (see ContextFrame.subject).
    const subject =
      slots?.supportType && !isQuestionText(turn.text)
        ? { supportType: slots.supportType, ...(slots.product ? { product: slots.product } : {}) }
        : undefined;
    await frames.save(turn, afterMessage(await frames.load(turn), turn.text, frames.now(), subject));
  };
}

const NOT_AN_ANSWER: ReadonlySet<string> = new Set([...COMMAND_INTENTS, ...TOPICS]);

/**
 * The typed answer to a troubleshooter's question ("we linked it last year", "le contrat a expiré"): when
 * the last reply asked which case the error is and this message tells, the fix for that case. A command,
 * another pasted error or a message that does not tell the case goes on as usual.
 */
export function pendingTroubleshooterHandler(presenter: Presenter, frames: ConversationFrames): (turn: AssistantTurn) => Promise<boolean> {
  return async (turn) => {
    if (turn.submit || !turn.text || !turn.recognition) return false;
    if (NOT_AN_ANSWER.has(turn.recognition.intent)) return false;
    const frame = await frames.load(turn);
    if (!frame) return false;
    // The bot asked which case it is; or it answered one case and the person now tells another ("no, I was
    // wrong: nobody linked it, the contract expired"), which corrects it.
    const corrects = isTroubleshooterTopic(frame.topic) && (turn.recognition.cue === 'correction' || !isQuestionText(turn.text));
    const topic = isTroubleshooterTopic(frame.awaiting) ? frame.awaiting : corrects ? frame.topic : undefined;
    if (!isTroubleshooterTopic(topic)) return false;
    // "the 2nd one", "второе", "la première": the case by its place among the question's buttons, when it asked.
    const byPlace = frame.awaiting === topic ? SITUATIONS[topic][ordinalChoice(turn.text) ?? -1] : undefined;
    const prepared = prepareText(turn.text);
    const situation = situationOf(topic, prepared, turn.recognition.slots) ?? byPlace;
    if (!situation && frame.awaiting === topic && saysNotKnowingTheCase(prepared)) {
      // "no idea which one": what the message means in each case, and the helpdesk first among the buttons.
      // The helpdesk reads the message that asked (the pasted error) with this one.
      const question = frame.lastText && frame.lastText !== turn.text ? `${frame.lastText}\n${turn.text}` : turn.text;
      const model = COMPOSERS[topic]({ locale: turn.locale, slots: {}, question });
      const helpdeskFirst = [...(model.actions ?? [])].sort((a, b) => Number(isHelpdesk(b)) - Number(isHelpdesk(a)));
      await turn.context.sendActivity(
        presenter.answer(turn.locale, { ...model, summary: `${turn.t('answers.troubleshooter.unsure')} ${model.paragraphs[0] ?? ''}`.trim(), paragraphs: model.paragraphs.slice(1), actions: helpdeskFirst }),
      );
      await frames.save(turn, afterQuestion(frame, topic, {}, frames.now()));
      return true;
    }
    if (!situation || !isSituationOf(topic, situation)) return false;
    const model = COMPOSERS[topic]({ locale: turn.locale, slots: {}, situation, question: turn.text });
    await turn.context.sendActivity(presenter.answer(turn.locale, model));
    await frames.save(turn, { ...afterQuestion(frame, topic, {}, frames.now()), situation });
    return true;
  };
}

function isHelpdesk(action: AnswerAction): boolean {
  return action.data.verb === HELPDESK_VERB;
}

/** "the first one", "2nd", "второй вариант", "la deuxième": 0 or 1, the place of a choice among two buttons. */
function ordinalChoice(text: string): number | undefined {
  const t = ` ${text.toLowerCase().replace(/ё/g, 'е')} `;
  if (/(?<![\p{L}\d])(first|1st|#1|option 1|перв[а-яё]*|вариант 1|premier|premi[eè]re|1er|1re|choix 1)(?![\p{L}\d])/u.test(t)) return 0;
  if (/(?<![\p{L}\d])(second|2nd|#2|option 2|втор[а-яё]*|вариант 2|deuxi[eè]me|seconde?|2e|2[eè]me|choix 2)(?![\p{L}\d])/u.test(t)) return 1;
  return undefined;
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
