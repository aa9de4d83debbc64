import { EntitlementSlots, Intent, Locale, SlotMentions } from '../domain/types';
import { claimedAllowance, putsUpAClaim } from './claims';
import { supportTypeOfProduct } from '../domain/products';
import { Situation, UnknownFact } from '../domain/unknownFacts';
import { Classification, IntentClassifier } from './classifier';
import { DomainEvidence } from './evidence';
import { detectLanguageOf } from './language';
import { COMMAND_INTENTS, isRequestTopic } from '../domain/types';
import { asksEligibility, asksFirstStep, asksForOurIds, asksIdsPerAccount, asksWhereIdsComeFrom, asksWhoActivates, asksHowManyIncidents, isEntitlementCountQuestion, matchBenefitDefinition, matchRuleOn } from './rules';
import { ConversationCue, conversationCueOf, readSlots } from './slots';
import { asksRequestsOnceUsedUp, asksWhatNowOnceUsedUp, situationOf } from './situations';
import { unknownFactOf } from './unknownFacts';
import { comparisonOf } from './comparison';
import { inNormalForm, prepareText, PreparedText } from './text';

export interface Recognition {
  /** 'none' when unclear or out of scope. */
  intent: Intent;
  /** 0..1 */
  score: number;
  /** The message's language; undefined when the text is too short or neutral to tell ("Gold", "ok", "10"). */
  language?: Locale;
  slots: EntitlementSlots;
  /** Every value named per slot ("Silver and Gold", "on-premises and cloud"), for questions about several cells. */
  mentions?: SlotMentions;
  /** A follow-up of the last question ("and Silver?") or a statement about the organization ("we are Gold"). */
  cue?: ConversationCue;
  /** A fact the article does not give (TPD hours, a phone number…): answered as such, whatever the intent. */
  unknownFact?: UnknownFact;
  /** For a pasted error, the case the message describes ("we linked it before", "the pack is used up"). */
  situation?: Situation;
}

export interface Recognizer {
  recognize(text: string, hint?: Locale): Promise<Recognition>;
}

/**
 * Readings a membership plus a count question overrides: the problem or product named around it pulls the
 * classifier toward the requests, coverage or remaining-incidents topics.
 */
const COUNTABLE_READINGS: ReadonlySet<Intent> = new Set<Intent>([
  'none',
  'incidentsRemaining',
  'coverage',
  'onPremisesRequest',
  'cloudRequest',
  // A pasted error is read by a rule before the classifier: the model's guess of an error topic is not one.
  'errorNotAuthorized',
  'errorNoBenefits',
  'errorAccessIdAssociated',
]);

/** The troubleshooters of on-screen errors: the model's guess of one needs more specific evidence. */
const ERROR_TOPICS: ReadonlySet<Intent> = new Set<Intent>(['errorNotAuthorized', 'errorNoBenefits', 'errorAccessIdAssociated']);
/**
 * An error's troubleshooter needs a word few topics use ("blank", "unauthorized", "manager"): "benefits" alone,
 * which half the topics use, does not make "I'm compiling a summary of our benefits" an error.
 */
const ERROR_EVIDENCE_SHARED_BY = 4;
const TROUBLE = inNormalForm(
  / (error|errors|message|says|said|saying|shows?|showing|displays?|fails?|failed|failing|failure|cannot|can ?t|couldn ?t|won ?t|doesn ?t|don ?t|didn ?t|isn ?t|not|no|unable|refus[a-z]*|reject[a-z]*|denied|blocked|broken|blank|problem|issue|warning|associated|already|linked|authori[sz]ed|unauthori[sz]ed|empty|missing|nothing|ошибк[а-я]*|пишет|пишут|выдает|выдаёт|показывает|сообщени[а-я]*|не|нет|никак[а-я]*|отказ[а-я]*|проблем[а-я]*|пуст[а-я]*|уже|связан[а-я]*|привязан[а-я]*|erreur[s]?|message|affiche|indique|dit|impossible|refus[a-z]*|echec|pas|aucun[e]?|rien|probleme|bloque|vide|blanche?|deja|associe[a-z]*) /,
);

/** Readings that a question of whether the organization has a kind of support at all overrides (see asksEligibility). */
const ELIGIBILITY_READINGS: ReadonlySet<Intent> = new Set<Intent>(['none', 'incidents', 'cloudRequest', 'onPremisesRequest', 'coverage', 'csp', 'paidPlans']);

/** Words a request to cancel or start over uses, in en / ru / fr (normalized: no accents, ё → е, й → и). */
// Asking to stop, not telling that something stopped: "the train was cancelled", "рейс отменили", "mon téléphone
// n'arrête pas de sonner" are small talk (past forms are left out; a negation before the word undoes it).
const CANCEL_WORDS = / (cancel|cancel it|cancel that|stop|abort|quit|exit|forget|restart|reset|(start|begin|do it|all) (over|again)|over again|scratch|never ?mind|nevermind|leave it|changed my mind|отмена|отменить|отмени|отмените|отменяй|стоп|хватит|забудь|забудьте|забыть|заново|сброс|сбросить|сбрось|прекрати|прекратите|не надо|выход|передумал[а-я]*|отбой|annule|annuler|annulez|annulons|arrete|arreter|arretez|arretons|stoppe|stopper|oublie|oublier|oubliez|recommenc[a-z]*|zero|laisse[sz]? tomber|quitter|sortir|change d avis|abandonn[a-z]*) /;
const NEGATED_CANCEL = / (n|ne|не|not|don t|dont|never) [a-zа-я]+ (pas |plus )?/;
/** A French cancel word after a subject or an auxiliary is told, not asked: "zut, j'ai oublié mon badge", "on a arrêté". */
const TOLD_NOT_ASKED = / (j|j ai|tu as|il a|elle a|on a|nous avons|vous avez|ils ont|elles ont|on|il|elle|ils) (deja |encore |completement |totalement )?$/;

/** A cancel word, not negated ("n'arrête pas", "не забудь"). */
function saysCancel(words: readonly string[]): boolean {
  const text = ` ${words.join(' ')} `;
  const m = CANCEL_WORDS.exec(text);
  if (!m) return false;
  // "стоп, у нас уже не Gold", "stop, wait, we're Silver": an interjection before what follows, not a cancel.
  if (/^ ?(stop|стоп|wait|погоди|подожди|attends|attendez) ?$/.test(m[0].replace(/ +/g, ' ')) && words.length >= 5) return false;
  if (TOLD_NOT_ASKED.test(text.slice(0, m.index + 1))) return false;
  const around = text.slice(Math.max(0, m.index - 8), m.index + m[0].length + 5);
  return !NEGATED_CANCEL.test(around) || / не надо /.test(m[0]);
}

/** Without the program's name, what a CSP question is about: a request, Azure, the Admin agent role, resellers. */
const CSP_CONTEXT = / (admin agent|agent d administration|агент[а-я]* администр[а-я]*|reseller[s]?|revendeurs?|реселлер[а-я]*|indirect|on behalf|azure|ажур[а-я]*|request|requests|ticket|tickets|case|cases|support|demande|demandes|ticket|запрос[а-я]*|заявк[а-я]*|обращени[а-я]*|поддержк[а-я]*|service management|gestion des services|управлени[а-я]* служб[а-я]*|раздел[а-я]* клиент[а-я]*) /;

/** Readings a used-up pack does not turn into "buy a new plan": the error it explains, what is left, commands. */
const NOT_A_REQUEST: ReadonlySet<Intent> = new Set<Intent>(['errorAccessIdAssociated', 'incidentsRemaining', 'paidPlans', 'help', 'greeting', 'thanks', 'cancel']);

/** "cloud competency", "компетенция облачная", "compétence cloud": the cloud word is the competency's kind. */
const CLOUD_KIND = / (cloud|облачн[а-я]*|nuage) (competenc[a-z]*|компетенц[а-я]*)|(competenc[a-z]*|компетенц[а-я]*) (cloud|облачн[а-я]*|nuage|du cloud|в облаке) (?!platform|productivity|business|solutions?|pour|for)/;

/** Cloud support asked for ("and for cloud?", "а для облака?", "et pour le cloud ?") or incidents counted: not "is X cloud?". */
const CLOUD_SUPPORT_ASKED = / (for|для|pour|на|en) (the |le |la )?(cloud|облак[а-я]*|nuage) | (incidents?|инцидент[а-я]*|tickets?|cases?|how many|сколько|скока|скок|скольк[а-я]*|combien) /;

/**
 * "and for cloud? our competency is only Data Analytics": a competency named by name with cloud support is a
 * count for that competency, not the list of cloud competencies (unless the cloud word is the competency's
 * kind: "is Data Analytics a cloud competency?").
 */
function namedCompetencyCount(reading: Recognition, message: PreparedText): Recognition {
  const s = reading.slots;
  if (reading.intent !== 'cloudCompetencies' || s?.supportType !== 'cloud') return reading;
  const text = ` ${message.words.join(' ')} `;
  // "say our cloud competency lapses, how many cloud incidents then?": a count without a cloud competency.
  if (s.competencyKind === 'other' && / (how many|сколько|скока|скольк[а-я]*|combien) /.test(text)) return { ...reading, intent: 'incidents' };
  if (!s.competency) return reading;
  if (CLOUD_KIND.test(text) || !CLOUD_SUPPORT_ASKED.test(text)) return reading;
  return { ...reading, intent: 'incidents' };
}

/** "cloud incidents?", "et en cloud, combien ?": a count however few words it has. */
const BARE_COUNT_WORDS = 5;
/** Where, which portal, how to open one: a how-to, however short ("steps to file an on-prem case"). */
const NOT_BARE_COUNT = inNormalForm(
  / (how (?!many|much)|where|which|portal|steps?|open|opening|create|file|raise|log|submit|want|need|use|left|remaining|comment|ou|quel|quelle|quels|portail|creer|ouvrir|deposer|reste|restants?|как|где|какой|какая|какие|портал|открыть|создать|завести|подать|хочу|осталось|остаток) /,
);

/** The incidents left, named: "incidents left", "remaining incidents", "остаток инцидентов", "incidents restants". */
const REMAINING_COUNT = inNormalForm(
  / (incidents? (left|remaining)|remaining incidents?|how many (are |do we have )?left|(инцидент[а-я]*|обращени[а-я]*) (осталось|остается|оставш[а-я]*)|(остаток|осталось|оставшиеся|оставшихся) (инцидент[а-я]*|обращени[а-я]*)|incidents? restants?|combien (il )?(nous )?reste|il (nous )?reste combien) /,
);

/** Below this classifier score the message is treated as out of scope. */
export const DEFAULT_THRESHOLD = 0.4;

/** Only the start of a very long message is read (a pasted log says nothing more about intent). */
const MAX_CHARS = 1000;

/**
 * Per message: language, slots, then a deterministic rule (pasted error, bare command word) or
 * else the classifier of the message's language. `hint` (the user's or the activity's locale)
 * is used when the text does not show its language.
 */
export class NluRecognizer implements Recognizer {
  constructor(
    private readonly classifier: IntentClassifier,
    private readonly evidence: DomainEvidence,
    private readonly threshold: number = DEFAULT_THRESHOLD,
  ) {}

  /**
   * The classifier's reading, kept only when the message has a word of that intent's own (for an error's
   * troubleshooter, a word few other topics use).
   */
  private async classify(locale: Locale, message: PreparedText): Promise<Classification> {
    const result = await this.classifier.classify(locale, message.normalized);
    if (result.intent === 'none') return result;
    if (!ERROR_TOPICS.has(result.intent) ? this.evidence.supports(locale, message, result.intent) : this.errorEvidence(locale, message, result.intent)) return result;
    return { intent: 'none', score: 1 - result.score };
  }

  /** A word few topics use, or a topic's word with a word of trouble ("не показываются", "erreur"). */
  private errorEvidence(locale: Locale, message: PreparedText, intent: Exclude<Intent, 'none'>): boolean {
    if (this.evidence.supports(locale, message, intent, ERROR_EVIDENCE_SHARED_BY)) return true;
    return this.evidence.supports(locale, message, intent) && TROUBLE.test(` ${message.words.join(' ')} `);
  }

  async recognize(input: string, hint?: Locale): Promise<Recognition> {
    const message = prepareText(input.length > MAX_CHARS ? input.slice(0, MAX_CHARS) : input);
    const recognition = await this.recognizeIntent(message, hint);
    const unknownFact = unknownFactOf(message);
    const situation = situationOf(recognition.intent, message, recognition.slots);
    // A request asked about once the pack is used up or the contract expired: a new plan is the answer.
    const usedUp =
      situation === 'invalid'
        ? isRequestTopic(recognition.intent)
        : (!NOT_A_REQUEST.has(recognition.intent) && !asksHowManyIncidents(message) && asksRequestsOnceUsedUp(message)) ||
          (recognition.intent !== 'errorAccessIdAssociated' && !asksHowManyIncidents(message) && asksWhatNowOnceUsedUp(message));
    const intent = usedUp ? 'paidPlans' : recognition.intent;
    const read = usedUp ? 'invalid' : situation;
    return {
      ...recognition,
      intent,
      ...(unknownFact ? { unknownFact } : {}),
      ...(read ? { situation: read } : {}),
    };
  }

  private async recognizeIntent(message: PreparedText, hint?: Locale): Promise<Recognition> {
    const language = detectLanguageOf(message);
    const read = readSlots(message.words, language ?? hint);
    const cue = conversationCueOf(message.words);
    const comparison = comparisonOf(message.words);
    const mentions = comparison && comparison.tiers.length > 1 ? { ...read.mentions, tiers: [...comparison.tiers] } : read.mentions;
    const comparesTiers = !!comparison && mentions.tiers.length > 1;
    const reading = await this.read(message, language, hint, read.slots, comparesTiers);
    return { ...namedCompetencyCount(reading, message), mentions, ...(cue ? { cue } : {}) };
  }

  private async read(
    message: PreparedText,
    language: Locale | undefined,
    hint: Locale | undefined,
    slots: EntitlementSlots,
    comparesTiers: boolean,
  ): Promise<Recognition> {
    const rule = matchRuleOn(message);
    if (rule) return { intent: rule.intent, score: 1, language, slots };
    if (asksForOurIds(message) || asksIdsPerAccount(message) || asksWhereIdsComeFrom(message)) return { intent: 'ids', score: 1, language, slots };
    if (asksWhoActivates(message) || asksFirstStep(message)) return { intent: 'activation', score: 1, language, slots };
    const definedBenefit = matchBenefitDefinition(message);
    if (definedBenefit) return { intent: 'incidents', score: 1, language, slots: { ...slots, supportType: definedBenefit } };
    // Memberships compared: their figures, whatever topic the other words suggest.
    if (comparesTiers) return { intent: 'incidents', score: 1, language, slots };
    // "problems with Teams at a customer, we're Gold with Cloud Productivity: that comes out of our on-prem incidents,
    // right?": with a membership, the product named decides the support type; the other type named is the claim the
    // answer corrects ("No, not 15.").
    const productType = slots.product ? supportTypeOfProduct(slots.product) : undefined;
    if (productType && slots.tier && putsUpAClaim(message.raw)) return { intent: 'incidents', score: 1, language, slots: { ...slots, supportType: productType } };
    if (message.words.length === 0) return { intent: 'none', score: 1, language, slots };

    // A message that does not show its language ("gold on prem", "CSP") is read by the hinted
    // language's model and by the English one (product names are English everywhere).
    const locales: Locale[] = language ? [language] : hint && hint !== 'en' ? [hint, 'en'] : ['en'];
    let best = await this.classify(locales[0], message);
    for (const locale of locales.slice(1)) {
      const other = await this.classify(locale, message);
      if (best.intent === 'none' || (other.intent !== 'none' && other.score > best.score)) best = other;
    }
    // "pour voir les incidents restants, c'est dans le portail Azure ?": where the remaining count shows is its own topic,
    // whatever portal the message names.
    if ((best.intent === 'cloudRequest' || best.intent === 'onPremisesRequest') && REMAINING_COUNT.test(` ${message.words.join(' ')} `)) {
      best = { intent: 'incidentsRemaining', score: Math.max(best.score, this.threshold) };
    }
    // Starting over forgets what the person said: never on the model's guess alone ("посоветуй сериал" is small
    // talk), and such a guess blocks nothing ("скока можно открыть обращений… логины не проходят" is a count).
    if (best.intent === 'cancel' && !saysCancel(message.words)) best = { intent: 'none', score: 1 - best.score };
    // "a customer's VM…" pulls toward CSP; a count of incidents that names no CSP is still a count.
    const csp = / (csp|cloud solution provider) /.test(` ${message.words.join(' ')} `);
    // "et en cloud, combien ?", "is cloud support available to us?": a count or an entitlement whatever the model
    // hears of the cloud competencies, unless the message is about the competencies themselves.
    const aboutCompetencies = / (competenc[a-z]*|компетенц[а-я]*) /.test(` ${message.words.join(' ')} `);
    const competencyGuess = best.intent === 'cloudCompetencies' && !aboutCompetencies && !!slots.supportType;
    const countable = COUNTABLE_READINGS.has(best.intent) || (best.intent === 'csp' && !csp) || competencyGuess;
    // "how many incidents may we spend on …" is a count whatever else the words pull toward (TPD, coverage…).
    // A greeting or thanks the model hears in "bon, revenons à nos moutons : combien…" does not hide the question.
    const blocking = (COMMAND_INTENTS as readonly string[]).includes(best.intent) && best.intent !== 'greeting' && best.intent !== 'thanks';
    const counted = (asksHowManyIncidents(message) || (asksEligibility(message) && (ELIGIBILITY_READINGS.has(best.intent) || competencyGuess))) && !csp && !blocking;
    // A tier named, or a bare "cloud incidents?" / "combien ?" with a support type: the conversation may hold the tier.
    const named = !!(slots.tier || slots.supportType);
    const bareCount = message.words.length <= BARE_COUNT_WORDS && !blocking && !csp && !NOT_BARE_COUNT.test(` ${message.words.join(' ')} `);
    // "Action Pack comes with cloud support too, doesn't it?": a membership and a support type put up for confirmation
    // ask what the membership gets there.
    const claimsAFigure = best.intent === 'cloudCompetencies' && claimedAllowance(message.raw) !== undefined;
    const claimed = (countable || claimsAFigure) && !!slots.tier && !!slots.supportType && !blocking && !csp && putsUpAClaim(message.raw);
    if ((((countable && slots.tier) || (bareCount && named)) && isEntitlementCountQuestion(message)) || counted || claimed) {
      return { intent: 'incidents', score: Math.max(best.score, this.threshold), language, slots };
    }
    // CSP requests are a reseller's requests for a customer in Azure: "a demo tenant for a customer workshop" is not.
    if (best.intent === 'csp' && !csp && !CSP_CONTEXT.test(` ${message.words.join(' ')} `)) return { intent: 'none', score: 1, language, slots };
    if (best.intent !== 'none' && best.score < this.threshold) {
      return { intent: 'none', score: 1 - best.score, language, slots };
    }
    return { intent: best.intent, score: best.score, language, slots };
  }
}
