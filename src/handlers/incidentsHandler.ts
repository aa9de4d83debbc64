import { COMMAND_INTENTS, isRequestTopic } from '../domain/types';
import { asksACount, asksHowOrWhere } from '../nlu/rules';
import { TurnHandler, AssistantTurn } from '../bot/turn';
import { BenefitsService } from '../domain/benefitsService';
import type { Callers } from '../bot/callers';
import type { Presenter } from '../bot/presenter';
import {
  afterQuestion,
  afterStatement,
  backToPrevious,
  ContextFrame,
  FrameSlots,
  groupOf,
  profileCouldFill,
  questionSlots,
  resolveSlots,
  SlotBasis,
  withChanges,
} from '../domain/conversationContext';
import { planEntitlementAnswer } from '../domain/entitlements';
import { EntitlementAsk, TIERS } from '../domain/types';
import { ARTICLE, TIER_NAMES, COMPETENCY_NAMES, type Allowance } from '../domain/catalog';
import { asksForSource, claimedAllowance, claimsItExists, DOUBT_MAX_WORDS, doubts, putsUpAClaim } from '../nlu/claims';
import { asksForPerson } from '../nlu/personRequest';
import { isCloudCompetency } from '../domain/entitlements';
import { ConversationFrames } from '../dialogs/conversationFrames';
import { DialogHost } from '../dialogs/dialogHost';
import { ENTITLEMENT_DIALOG, EntitlementDialogOptions } from '../dialogs/entitlementDialog';
import { askOf, basisOf, sendAnswer } from '../dialogs/entitlementAnswer';
import { asksAgain, isQuestionText } from '../nlu';
import { coreWordCount, negatedSupportTypes } from '../nlu/slots';
import { prepareText } from '../nlu/text';
import { ASKINGS, Asking, QuestionCards } from '../dialogs/questionCards';
import { SITUATIONS } from '../domain/unknownFacts';

export interface IncidentsDeps {
  dialogs: DialogHost;
  presenter: Presenter;
  frames: ConversationFrames;
  service?: BenefitsService;
  /** Confirms the sender with Teams before the organization's profile is used (fail closed). */
  callers?: Callers;
  /** Updates an answered question card (shows the choice, removes the buttons). */
  questions: QuestionCards;
}

/** The organization's recorded profile as slots, when the person belongs to it. */
async function profileSlots(turn: AssistantTurn, deps: IncidentsDeps): Promise<FrameSlots> {
  const { service, callers } = deps;
  if (!turn.tenantId || !service || !callers || turn.user.tenantId !== turn.tenantId) return {};
  if (!(await callers.isVerifiedMember(turn))) return {};
  const profile = await service.profile(turn.tenantId);
  if (!profile?.tier) return {};
  const slots: Record<string, unknown> = { tier: profile.tier };
  if (profile.competencies.length > 0) {
    slots.competencyKind = profile.competencies.some((c) => isCloudCompetency(c)) ? 'cloud' : 'other';
  }
  return slots;
}

/** What a statement says about the organization: everything but the support type asked. */
function statedPart(ask: FrameSlots): FrameSlots {
  return Object.fromEntries(Object.entries(ask as Record<string, unknown>).filter(([k]) => groupOf(k) !== 'supportType'));
}

function submitBasis(turn: AssistantTurn): SlotBasis | undefined {
  const data = turn.submit?.data;
  if (!data) return undefined;
  if (data.basis === 'said' || data.basis === 'profile') return data.basis;
  return data.fromProfile === true ? 'profile' : undefined;
}

/**
 * "How many incidents…": answers every cell asked when the question (with the conversation's context)
 * says enough, otherwise starts the clarifying flow for what is truly missing. What the question leaves
 * out comes from what the person said in this conversation, else from the organization's partner profile.
 * A follow-up ("and Silver?") changes one detail of the last question. A clicked choice button (verb
 * entitlement.choose) lands here too, with its slots.
 */
export async function answerIncidents(deps: IncidentsDeps, turn: AssistantTurn, asFollowUp?: boolean): Promise<void> {
  const { frames, dialogs, presenter } = deps;
  if (turn.submit) await showClickedChoice(deps, turn);
  let frame: ContextFrame | undefined = await frames.load(turn);
  const heard = askOf(turn, lastValues(frame));
  // A question that names no tier is not complete: it goes on from the last incidents question.
  const followUp = asFollowUp ?? (!turn.submit && (turn.recognition?.cue === 'followUp' || !(heard.tier || heard.tiers)));
  if (turn.recognition?.cue === 'statement') frame = afterStatement(frame, statedPart(heard), frames.now());
  const questioned = questionSlots(frame, { topic: 'incidents', slots: heard, followUp });
  // A question that names no support type is about what the person said they work on, if they did.
  const asked = namesSupportType(questioned) || !frame?.subject ? questioned : withChanges(frame.subject, questioned);
  const stated = frame?.stated ?? {};
  // The profile (and Teams' word that the sender belongs to the organization) only when it could fill a gap.
  const profile = profileCouldFill(asked, stated) ? await profileSlots(turn, deps) : {};
  const { slots, basis } = resolveSlots(asked, stated, profile);
  await frames.save(turn, afterQuestion(frame, 'incidents', asked, frames.now()));
  const ask = slots as EntitlementAsk;
  const tierBasis = basisOf(basis.tier ?? submitBasis(turn), ask);
  const plan = planEntitlementAnswer(ask);
  if (await sendAnswer(turn, presenter, turn.locale, plan, tierBasis, (answer) => verdictOn(turn, answer.kind === 'single' ? answer.result.allowance : undefined, asFollowUp === true))) {
    await dialogs.cancelAll(turn);
    return;
  }
  const options: EntitlementDialogOptions = { slots: ask, locale: turn.locale, basis: tierBasis?.kind };
  await dialogs.begin(turn, ENTITLEMENT_DIALOG, options);
}

/** A clicked choice button (the open question's or an old one's): its card shows the choice, without buttons. */
async function showClickedChoice(deps: IncidentsDeps, turn: AssistantTurn): Promise<void> {
  const asking = turn.submit?.data.asking;
  if (!ASKINGS.includes(asking as Asking)) return;
  const open = (await deps.dialogs.activeState(turn, ENTITLEMENT_DIALOG)) as { questionId?: unknown } | undefined;
  const ownQuestionId = typeof open?.questionId === 'string' ? open.questionId : undefined;
  await deps.questions.showClicked(turn, turn.locale, asking as Asking, askOf(turn), ownQuestionId);
}

/**
 * The first words of an answer to a claim: "Yes, that's right." or "No, not 20." when the message put an allowance up
 * for confirmation ("so we get 20 cloud incidents, right?", "my manager said 10"), "Yes: this is what Microsoft's
 * article says." to doubt of the answer just given ("are you sure?"), and where it comes from when asked.
 */
function verdictOn(turn: AssistantTurn, allowance: Allowance | undefined, followsAnAnswer: boolean): string | undefined {
  if (turn.submit || !turn.text) return undefined;
  const claimed = allowance && putsUpAClaim(turn.text) ? claimedAllowance(turn.text) : undefined;
  if (claimed && allowance) {
    if (claimed.kind === allowance.kind && (claimed.kind !== 'count' || (allowance.kind === 'count' && allowance.incidents === claimed.n))) return turn.t('claim.yes');
    return claimed.kind === 'count' ? turn.t('claim.no', { claimed: String(claimed.n) }) : turn.t(claimed.kind === 'unlimited' ? 'claim.notUnlimited' : 'claim.noPlain');
  }
  if (allowance && claimsItExists(turn.text)) return turn.t(allowance.kind === 'none' ? 'claim.noPlain' : 'claim.yes');
  if (!followsAnAnswer || !doubts(turn.text)) return undefined;
  return asksForSource(turn.text) ? turn.t('claim.source', { title: ARTICLE.title }) : turn.t('claim.sure');
}

export function incidentsHandler(deps: IncidentsDeps): TurnHandler {
  return (turn) => answerIncidents(deps, turn);
}

/** Words that ask for figures even without a question mark. */
// "in case that matters" asks for nothing.
const ASKS_FOR_FIGURES = /incident|ticket|(?<!\bin )\bcases?\b|number|\bcount\b|allowance|инцидент|обращени|заявк|тикет|кейс|количеств|числ|лимит|combien|nombre|demandes?\b|chiffre/i;

/** "back to my question", "my first question", "вернёмся к моему вопросу", "ma première question". */
const BACK_TO_QUESTION = new RegExp(
  [
    // A word of going back, then within a few words what to: "back to my first q", "возвращаясь к первому вопросу".
    String.raw`(?<![\p{L}])(back to|going back|coming back|return(ing)? to|возвращ\p{L}*|верн[её]мся|вернусь|вернуться|revenons|revenir|retour|je reviens)(?![\p{L}])[^.?!]{0,25}?(?<![\p{L}])(questions?|q|вопрос\p{L}*|перв\p{L}*|исходн\p{L}*|изначальн\p{L}*|first|original|earlier|initiale?|premi[eè]re?|d[ée]part)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(my|мой|моему|ma|mon) (first|original|earlier|первый|первому|исходный|исходному|premi[eè]re|question initiale)(?![\p{L}])`,
    String.raw`premi[eè]re question`,
  ].join('|'),
  'iu',
);

/** "does that change the answer?", "это что-то меняет?", "est-ce que ça change quelque chose ?" */
const ASKS_IF_IT_CHANGES = /\b(does|would|will) (that|this|it) change\b|\bchange (the|my|your) answer\b|(?<![а-яё])(это|что-то|что нибудь|что-нибудь) (что-то |что-нибудь )?меняет|меняет ли|\b(ça|ca|cela) change\b|\bchange(-t-il| quelque chose)\b/i;

/** Words of a short follow-up at most ("what about a Silver partner?", "а для облака?"). */
const FOLLOW_UP_MAX_WORDS = 8;
const BARE_SLOT_MAX_WORDS = 3;

/**
 * Before the intents: a follow-up of an incidents question ("and Silver?", "et avec Security ?", a bare
 * "cloud") goes back to the incidents answer with the context; a statement about the organization
 * ("We are a Gold partner") is remembered and acknowledged. False when the turn is neither.
 */
export function contextualHandler(deps: IncidentsDeps): (turn: AssistantTurn) => Promise<boolean> {
  return async (turn) => {
    const rec = turn.recognition;
    if (turn.submit || !rec) return false;
    // "anyway, my first question: what was it for on-prem?" after a detour answered with another topic: back on
    // the incidents question before it, then read as its follow-up.
    // "ok and where do we actually file an on-prem one?": a how-to of its own, not back to the count.
    const howToOfItsOwn = isRequestTopic(rec.intent) && asksHowOrWhere(prepareText(turn.text));
    if ((asksAgain(turn.text) || BACK_TO_QUESTION.test(turn.text)) && !howToOfItsOwn) {
      const before = await deps.frames.load(turn);
      if (before?.topic !== 'incidents' && before?.previous?.topic === 'incidents') {
        const back = backToPrevious(before, deps.frames.now());
        if (back) {
          await deps.frames.save(turn, back);
          // The person went back to it: it is answered, with what this message changes ("…for cloud?").
          return answered(deps, turn);
        }
      }
    }
    // "are you sure? my manager said 10", "а где это написано?", "d'où tu tiens ça ?" right after an incidents answer:
    // that answer again, led by "No, not 10." or "Yes: this is what Microsoft's article says." (see verdictOn).
    // A figure put up for confirmation there ("ok so 10 cloud incidents then, like the old wiki said?") too, whatever the
    // words pull toward.
    const claimsAFigure = putsUpAClaim(turn.text) && claimedAllowance(turn.text) !== undefined;
    const pushesBack = doubts(turn.text) || claimsAFigure;
    const readAsIncidents = rec.intent === 'none' || rec.intent === 'incidents' || (claimsAFigure && !(COMMAND_INTENTS as readonly string[]).includes(rec.intent));
    if (readAsIncidents && pushesBack && !asksForPerson(turn.text) && prepareText(turn.text).words.length <= DOUBT_MAX_WORDS) {
      const frame = await deps.frames.load(turn);
      // With a membership told before ("we're Gold" … "so 10 cloud incidents then, like the wiki said?"), a figure put
      // up for confirmation is the incidents question even before one was asked.
      const statedTier = !!(frame?.stated as { tier?: unknown } | undefined)?.tier;
      if (frame?.topic === 'incidents' || (claimsAFigure && statedTier)) {
        await answerIncidents(deps, turn, true);
        return true;
      }
    }
    const heard = askOf(turn);
    // "remind me, how many was it?" after a detour: the last incidents question, answered again.
    if (Object.keys(heard).length === 0) {
      if (!asksAgain(turn.text)) {
        // "how many can we use on it?" after "Teams calls keep failing" and "we're Silver": a count that names no
        // topic, in a conversation about the organization's support, is the incidents question.
        if (!(await bareCountInContext(deps, turn))) return false;
        await answerIncidents(deps, turn, true);
        return true;
      }
      const frame = await deps.frames.load(turn);
      if (frame?.topic !== 'incidents') {
        // A detour answered with another topic in between: the incidents question before it.
        const back = frame?.previous?.topic === 'incidents' ? backToPrevious(frame, deps.frames.now()) : undefined;
        if (!back) return false;
        await deps.frames.save(turn, back);
      }
      await answerIncidents(deps, turn, true);
      return true;
    }
    // A pasted error with "but we're Gold" is the error's case, not a statement to note (the troubleshooter reads
    // it); a correction is read even when its words ("wrong button") sound like an error message.
    if (rec.intent in SITUATIONS && rec.cue !== 'correction') return false;
    // Counted without a leading "ok", "anyway, back to business"…: the follow-up is what comes after.
    const words = coreWordCount(prepareText(turn.text).words);
    const asksSomething = isQuestionText(turn.text);
    const frame = await deps.frames.load(turn);
    // "we have Security now, would that change it?": the open incidents question, with the new detail.
    if (frame?.topic === 'incidents' && ASKS_IF_IT_CHANGES.test(turn.text) && factsText(statedPart(heard), turn.t)) return answered(deps, turn);
    if (rec.cue === 'correction' && !howToOfItsOwn) {
      // A correction of the last incidents question replaces the detail it names ("sorry, I meant Silver").
      if (frame?.topic === 'incidents') return answered(deps, turn);
      if (rec.intent in SITUATIONS || asksSomething) return false;
      // No question yet: it corrects what the person said about the organization ("we have Gold" … "no, Silver").
      return noted(deps, turn, frame, statedPart(askOf(turn, lastValues(frame))));
    }
    if (rec.cue === 'statement' && !asksSomething) {
      // The bot is waiting for details of an incidents question: a statement that gives them answers it.
      if (await deps.dialogs.activeState(turn, ENTITLEMENT_DIALOG)) return answered(deps, turn);
      if (await noted(deps, turn, frame, statedPart(heard))) return true;
      // "It's for on-prem. The customer's System Center deployment…": nothing about the organization, a detail
      // of the incidents question just answered.
      return frame?.topic === 'incidents' && namesSupportType(heard) ? answered(deps, turn) : false;
    }
    // The incidents question is open and this only gives details ("on-prem, that one", "fine, Action
    // Pack here"): they answer it.
    if (frame?.topic === 'incidents' && !asksSomething) return answered(deps, turn);
    // Only details, no question, nothing asked before ("Gold partner", "competency: Security"): a statement.
    // "Hello, Silver here, DevOps competency": a greeting that states facts is a statement too.
    const greetsOnly = (rec.intent === 'greeting' || rec.intent === 'thanks') && !heard.tier && !(heard as { competency?: unknown }).competency;
    // "and none of the cloud competencies here" starts like a follow-up; with no question open it states.
    const states = !rec.cue || (rec.cue === 'followUp' && !frame?.topic);
    if (states && frame?.topic !== 'incidents' && !asksSomething && !greetsOnly) {
      const h = heard as { product?: unknown; supportTypes?: unknown[] };
      // "gold: on-prem and cloud numbers pls" asks for figures without a question mark: not a statement.
      // "competency-wise it's Data Analytics, nothing on the cloud side": a support type ruled out next to a
      // competency describes the competency ("показать Silver и Gold для облака" still asks for figures).
      const c = heard as { competency?: unknown; competencyKind?: unknown; competencies?: unknown[] };
      const aboutCompetency = !!(c.competency || c.competencyKind || c.competencies?.length);
      const named = turn.recognition?.mentions?.supportTypes ?? [];
      const ruledOut = aboutCompetency && named.length > 0 ? negatedSupportTypes(prepareText(turn.text).words) : [];
      const supportDescribesCompetency = named.length > 0 && named.every((t) => ruledOut.includes(t));
      const noSupportAsked = (!heard.supportType && !h.supportTypes?.length) || supportDescribesCompetency;
      const onlyDetails = noSupportAsked && !h.product && !ASKS_FOR_FIGURES.test(turn.text);
      if (onlyDetails && (await noted(deps, turn, frame, statedPart(heard)))) return true;
    }
    // A bare "on prem" or "Silver?" may read as another topic; with an incidents question just before, it is a detail of it.
    const followUp =
      rec.cue === 'followUp'
        ? words <= FOLLOW_UP_MAX_WORDS && !asksHowOrWhere(prepareText(turn.text))
        : words <= BARE_SLOT_MAX_WORDS || (rec.intent === 'none' && !(heard.tier || heard.tiers));
    // "and what if we don't renew Cloud Productivity next year?", "а если Cloud Platform слетит?": a supposition that
    // changes a detail of the incidents question just answered, however long, is that question again.
    if (!followUp && frame?.topic === 'incidents' && SUPPOSES.test(prepareText(turn.text).normalized)) return answered(deps, turn);
    if (!followUp) return false;
    // "we're Gold", then "and cloud support?": with a membership stated and no question yet, a follow-up naming only
    // a support type asks what the organization gets there.
    const statedTier = !!(frame?.stated as { tier?: unknown } | undefined)?.tier;
    const entitlementFollowUp = rec.cue === 'followUp' && statedTier && !frame?.topic && namesSupportType(heard) && !asksHowOrWhere(prepareText(turn.text));
    if (frame?.topic !== 'incidents' && !entitlementFollowUp) return false;
    await answerIncidents(deps, turn, true);
    return true;
  };
}

const SUPPOSES = /^(\p{L}+[ ,]+){0,3}?(what if|and if|but if|if|say|suppose|supposing|assume|assuming|а если|и если|если|допустим|предположим|et si|mais si|si|imaginons|supposons|admettons)(?![\p{L}])/u;

/** The incidents question answered again with this turn's details (a follow-up). */
async function answered(deps: IncidentsDeps, turn: AssistantTurn): Promise<true> {
  await answerIncidents(deps, turn, true);
  return true;
}

/** Remembers what the person stated about the organization and says so; false when it names nothing to note. */
/** Words of a count that names nothing else ("how many can we use for this one?", "сколько можно на это?"). */
const BARE_COUNT_MAX_WORDS = 9;

const COUNT_WORDS: ReadonlySet<string> = new Set(['many', 'much', 'сколько', 'скока', 'скоко', 'скок', 'combien']);
/** What may follow the count word when it counts nothing named: a verb's helper, a pronoun, a preposition. */
const AFTER_BARE_COUNT: ReadonlySet<string> = new Set([
  'can', 'could', 'do', 'does', 'did', 'may', 'might', 'will', 'would', 'should', 'we', 'i', 'you', 'is', 'are', 'for', 'on', 'of', 'left', 'then', 'again', 'exactly',
  'можно', 'могу', 'можем', 'мы', 'я', 'у', 'на', 'для', 'по', 'еще', 'ещё', 'нам', 'мне', 'вообще', 'тогда', 'там', 'это', 'их',
  'on', 'je', 'nous', 'peut', 'peux', 'pouvons', 'pour', 'sur', 'en', 'avons', 'a', 'ai', 'alors', 'donc', 'ca', 'ça', 'cela', 'exactement',
]);

/** "how many can we use?", "сколько можно на это?", "combien pour ça ?": the count word followed by no noun. */
function countsNothingNamed(words: readonly string[]): boolean {
  const at = words.findIndex((w) => COUNT_WORDS.has(w));
  if (at < 0) return false;
  const next = words[at + 1];
  return next === undefined || AFTER_BARE_COUNT.has(next);
}

async function bareCountInContext(deps: IncidentsDeps, turn: AssistantTurn): Promise<boolean> {
  const rec = turn.recognition;
  if (!rec || (rec.intent !== 'help' && rec.intent !== 'none') || rec.situation || rec.unknownFact) return false;
  const words = prepareText(turn.text).words;
  if (!asksACount(turn.text) || coreWordCount(words) > BARE_COUNT_MAX_WORDS || !countsNothingNamed(words)) return false;
  const frame = await deps.frames.load(turn);
  const stated = (frame?.stated ?? {}) as Record<string, unknown>;
  return frame?.topic === 'incidents' || stated.tier !== undefined || frame?.subject !== undefined;
}

async function noted(deps: IncidentsDeps, turn: AssistantTurn, frame: ContextFrame | undefined, stated: FrameSlots): Promise<boolean> {
  const facts = factsText(stated, turn.t);
  if (!facts) return false;
  await deps.frames.save(turn, afterStatement(frame, stated, deps.frames.now()));
  await turn.context.sendActivity(deps.presenter.text(turn.locale, turn.t('context.noted', { facts })));
  return true;
}

function namesSupportType(slots: FrameSlots): boolean {
  const s = slots as Record<string, unknown>;
  return s.supportType !== undefined || (Array.isArray(s.supportTypes) && s.supportTypes.length > 0) || s.product !== undefined;
}

/** The conversation's current tier, support type and competency: what a correction replaces. */
function lastValues(frame: ContextFrame | undefined): { tier?: unknown; supportType?: unknown; competency?: unknown } {
  const stated = (frame?.stated ?? {}) as Record<string, unknown>;
  const slots = (frame?.slots ?? {}) as Record<string, unknown>;
  return { tier: slots.tier ?? stated.tier, supportType: slots.supportType, competency: slots.competency ?? stated.competency };
}

/** "Gold, Security" as the person stated it (names stay English, as the article writes them). */
function factsText(slots: FrameSlots, t: AssistantTurn['t']): string {
  const stated = slots as Record<string, unknown>;
  const out: string[] = [];
  const tier = stated.tier as string | undefined;
  if (tier && (TIERS as readonly string[]).includes(tier)) out.push(TIER_NAMES[tier as keyof typeof TIER_NAMES]);
  const named = [stated.competency, ...((stated.competencies as unknown[] | undefined) ?? [])];
  for (const c of named) if (typeof c === 'string' && isCloudCompetency(c)) out.push(COMPETENCY_NAMES[c]);
  const cloudNamed = named.some((c) => typeof c === 'string' && isCloudCompetency(c));
  if (!cloudNamed && (stated.competencyKind === 'other' || named.includes('other'))) out.push(t('context.otherCompetency'));
  return out.join(', ');
}
