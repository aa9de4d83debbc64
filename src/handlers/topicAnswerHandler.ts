import { COMPOSERS } from '../answers';
import type { Presenter } from '../bot/presenter';
import { AssistantTurn, TurnHandler } from '../bot/turn';
import { withLead, type AnswerModel } from '../answers/answerModel';
import { ARTICLE } from '../domain/catalog';
import { asksForSource, DOUBT_MAX_WORDS, doubts } from '../nlu/claims';
import { afterQuestion } from '../domain/conversationContext';
import { COMMAND_INTENTS, isRequestTopic, REQUEST_TOPIC_OF, TopicIntent } from '../domain/types';
import { isQuestionText } from '../nlu';
import { asksForPerson } from '../nlu/personRequest';
import { negatedSupportTypes, negatedTiers } from '../nlu/slots';
import { asksACount } from '../nlu/rules';
import { inNormalForm, prepareText } from '../nlu/text';
import { ConversationFrames } from '../dialogs/conversationFrames';
import { isSituationOf, SITUATIONS, TroubleshooterTopic } from '../domain/unknownFacts';

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
      // The topic becomes the conversation's: the next message may correct it ("not cloud, it's on-prem") or check
      // it ("Partner Center will not show it, right?").
      await frames.save(turn, afterQuestion(frame, topic, slots, frames.now()));
    }
  };
}


/**
 * After the how-to of opening a request, a message that only says which support type it is ("It is on-prem, an
 * Exchange box at a client site", "plutôt sur site, un serveur Exchange") is a
 * detail of that question: the other support type's how-to, whatever the words pull toward (a customer, CSP).
 */
/** "and if…", "what if…", "et si…", "а если…": the same question for another case. */
const FOLLOW_UP_IF = /(^|[\s,.:;!—-])(and if|what if|what about if|and for|et si|et pour|а если|а для|и если)(?![\p{L}])/iu;

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
    // A question only when it follows up ("and what if it is on-prem instead, where do I go?").
    if (turn.submit || !turn.text || !rec || (isQuestionText(turn.text) && rec.cue !== 'followUp' && !FOLLOW_UP_IF.test(turn.text))) return false;
    if ((COMMAND_INTENTS as readonly string[]).includes(rec.intent) || asksForPerson(turn.text)) return false;
    // An error or a case told ("now Azure says the Access ID is already associated") is the troubleshooter's; a
    // count or "back to the first question, what was it?" is the incidents question's.
    if (rec.intent in SITUATIONS || rec.situation || rec.unknownFact || asksACount(turn.text)) return false;
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

/**
 * "so to confirm, Partner Center will not show it, right?", "правильно понимаю, что это видно только там?",
 * "c'est bien ça ?": checking the answer just given, referring back to it. The same topic's answer again (it says
 * what is asked: where it shows, who can), not whatever topic the words lean to.
 */
const CHECKS_BACK = /\b(just to (be sure|confirm|check|double.check)|to confirm|(that|this|it)( is|'s)? (right|correct)|right\?|correct\?|is that so|(that|it) again)\b|(напомни|напомните|ещ[её] раз)[^.?!]*(где|как)|(где|как)[^.?!]*(напомни|напомните|ещ[её] раз)|(o[uù]|comment)[^.?!]*d[ée]j[àa]\s*\?|rappel(le|ez)[- ]moi[^.?!]*(o[uù]|comment)|(правильно|верно) (ли )?(я )?(понимаю|понял|поняла)|(^|[\s,])(правильно|верно)\s*\?|так ведь|(c'est|c’est) bien (ça|ca|cela)|n'est-ce pas|n’est-ce pas|si je comprends bien|pour (être|etre) s[uû]r/iu;
const REFERS_BACK = /\b(that|it|this|there)\b|(?<![а-яё])(это|этого|там|так)(?![а-яё])|(?<![a-zà-ÿ])(ça|ca|cela|le|la|là)(?![a-zà-ÿ])/iu;

/**
 * "ok where was that again", "ну и где это смотреть", "et je vois ça où": a short where/how question about the
 * answer just given, with nothing of its own to ask (no topic read): that topic's answer, which says where and how.
 */
// "how many" / "сколько" / "combien" is a count (asksACount): the incidents question of the conversation, not this.
const WHERE_OR_HOW = /\bwhere\b|\bhow\b(?! (many|much|long))|(?<![а-яё])(где|как|куда)(?![а-яё])|(?<![a-zà-ÿ])(o[uù]|comment)(?![a-zà-ÿ])/iu;
const SHORT_FOLLOW_UP_WORDS = 9;

/** "still need this", "вопрос всё ещё актуален", "c'est toujours d'actualité", "back to my question": the answer again. */
const STILL_NEEDED = inNormalForm(
  / (still (need|want|waiting for|looking for) (this|it|that|an answer|the answer|help)|(this|it|that|question) is still (relevant|open|valid)|still relevant|back to my question|where were we|(вопрос )?(все еще|всё ещё|еще|ещё|по-прежнему|по прежнему) актуал[а-я]*|вернемся к (моему |нашему )?вопросу|на чем (мы )?остановились|toujours d actualite|j en ai toujours besoin|(je |j )?(ai|avons) toujours besoin|revenons a (ma|notre) question|ou en etions nous|c est toujours valable) /,
);

/** "so what do I do?", "так что делать?", "je fais quoi alors ?": the fix just given, asked for again. */
const WHAT_TO_DO = inNormalForm(
  / (what do i do|what should i do|what do we do|what should we do|so what now|now what|what s the fix|что (же |мне |нам |теперь )?делать|как быть|что дальше|que faire|je fais quoi|on fait quoi|que dois je faire|qu est ce que je fais|qu est ce qu on fait) /,
);

function asksWhatToDo(text: string): boolean {
  const words = prepareText(text).words;
  return words.length <= 10 && WHAT_TO_DO.test(` ${words.join(' ')} `);
}

function saysStillNeeded(text: string): boolean {
  const words = prepareText(text).words;
  return words.length <= 14 && STILL_NEEDED.test(` ${words.join(' ')} `);
}

function asksWhereOrHowOfIt(text: string, intent: string): boolean {
  return intent === 'none' && prepareText(text).words.length <= SHORT_FOLLOW_UP_WORDS && WHERE_OR_HOW.test(text) && !asksACount(text) && REFERS_BACK.test(text);
}

export function checksBackHandler(presenter: Presenter, frames: ConversationFrames): (turn: AssistantTurn) => Promise<boolean> {
  // One answer handler per topic, made once (not on every turn that checks back).
  const answers = new Map<string, TurnHandler>();
  const answerOf = (topic: Exclude<TopicIntent, 'incidents'>) => {
    let handler = answers.get(topic);
    if (!handler) answers.set(topic, (handler = topicAnswerHandler(topic, presenter, frames)));
    return handler;
  };
  // Doubt of the answer just given ("are you sure?", "а где это написано?"): the answer again, led by where it comes from.
  const doubted = new Map<string, TurnHandler>();
  const doubtedAnswerOf = (topic: Exclude<TopicIntent, 'incidents'>) => {
    let handler = doubted.get(topic);
    if (!handler) {
      const lead = async (turn: AssistantTurn, model: AnswerModel) =>
        withLead(model, asksForSource(turn.text) ? turn.t('claim.source', { title: ARTICLE.title }) : turn.t('claim.sure'));
      doubted.set(topic, (handler = topicAnswerHandler(topic, presenter, frames, lead)));
    }
    return handler;
  };
  return async (turn) => {
    const rec = turn.recognition;
    if (turn.submit || !turn.text || !rec) return false;
    const stillNeeded = rec.intent === 'none' && (saysStillNeeded(turn.text) || asksWhatToDo(turn.text));
    // "my manager says we're Gold" tells the profile; a doubt names nothing of it (unless it asks for the source).
    const namesDetails = !!rec.mentions && rec.mentions.tiers.length + rec.mentions.competencies.length + rec.mentions.supportTypes.length > 0;
    const doubt = (rec.intent === 'none' || (rec.intent === 'help' && asksForSource(turn.text))) && !rec.situation && doubts(turn.text) && (!namesDetails || asksForSource(turn.text)) && prepareText(turn.text).words.length <= DOUBT_MAX_WORDS;
    if (!(CHECKS_BACK.test(turn.text) && REFERS_BACK.test(turn.text)) && !asksWhereOrHowOfIt(turn.text, rec.intent) && !stillNeeded && !doubt) return false;
    if (((COMMAND_INTENTS as readonly string[]).includes(rec.intent) && !doubt) || asksForPerson(turn.text) || rec.unknownFact) return false;
    const frame = await frames.load(turn);
    const topic = frame?.topic;
    // "what's your source?", "are you sure?" with no answer of mine to refer to (or one given by a rule): where my
    // answers come from, and the way to a person.
    if (doubt && (!topic || !(topic in COMPOSERS)) && topic !== 'incidents') {
      await turn.context.sendActivity(turn.t('claim.sourceOnly', { title: ARTICLE.title, url: ARTICLE.url, date: ARTICLE.date }));
      return true;
    }
    if (!topic || topic === 'incidents' || !(topic in COMPOSERS)) return false;
    // A troubleshooter's case told before: its fix again, not the question of which case it is.
    const situation = frame?.situation;
    if (situation && topic in SITUATIONS && isSituationOf(topic as TroubleshooterTopic, situation)) {
      const model = COMPOSERS[topic as TroubleshooterTopic]({ locale: turn.locale, slots: {}, situation, question: turn.text });
      await turn.context.sendActivity(presenter.answer(turn.locale, model));
      return true;
    }
    await (doubt ? doubtedAnswerOf : answerOf)(topic as Exclude<TopicIntent, 'incidents'>)(turn);
    return true;
  };
}
