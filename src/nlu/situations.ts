import { Situation } from '../domain/unknownFacts';
import { EntitlementSlots, Intent } from '../domain/types';
import { PreparedText, spacedWords, tokenize, wordRegExp } from './text';

/**
 * Which case a pasted error is, when the message says so ("…but our Signature pack is used up", "we
 * linked it last month"). Read on the normalized words, en / ru / fr; undefined when the message does not
 * tell, and the troubleshooter asks.
 */

// An invalid contract: expired, or its Signature pack has no incidents left.
const INVALID =
  wordRegExp(/\bconsumed\b|\b(contract|agreement|plan|pack|subscription|it) (lapses|lapsed|expires|will expire|runs out|will run out)\b|\b(контракт|договор|пакет|план)[а-я]* (истеч[её]т|закончится|кончится|истек)|\b(contrat|pack|plan)[a-z]* (expire|expirera|arrive a echeance|prend fin)\b|\b(contract|agreement|plan|pack|subscription|it) (has |had )?(ended|finished|terminated|run out)\b|\bended (on|in|last|at)\b|\b(est|s est|a) (termine|fini)\b|\ba pris fin\b|\barrive a (echeance|expiration|terme)\b|\b(did |have |had |we )?use(d)? (up )?(all|every)\b|\busing up\b|\b(ran|run|running|gone) dry\b|\bdried up\b|\becheance\b|\bn est plus valide\b|\bexhausted\b|\bdepleted\b|\bburn(ed|t)? through\b|\bspent (all|them|every|our)\b|\bused (all|them all|every)\b|\b(0|zero|none|nothing) (incidents? )?(left|remaining)\b|\b(0|zero) incidents\b|\bno longer valid\b|\blapsed\b|\bпотратил|\bпотрач|\bистрат|\bиспользовали все\b|\bвсе ((?!не )[а-я0-9-]+ ){0,3}(использован|израсходован|потрачен|истрачен)|\bинциденты (уже )?(использованы|израсходованы|потрачены|закончились|кончились)\b|\bноль\b|\b0 инцидент|\bconsomme|\bepuis|\bexpire|\butilise (tous|toutes)\b|\bplus (aucun|d) incident|\bexpir|\bran out\b|\brun out\b|\bused up\b|\bno (more )?incidents\b|\bout of incidents\b|\bincidents? (left|remaining) (is|are)? ?(0|zero|none)\b|\ball (the |our )?incidents\b|\bpack (is )?empty\b|\bempty pack\b|\bистек|\bзакончил|\bкончил|\bизрасходова|\bне осталось|\bисчерпа|\bпуст|\bпросроч|\bсрок [а-я ]{0,20}вышел|\bepuise|\bplus d incidents?\b|\bplus aucun incident|\butilise tous\b|\bvide\b/);

// The user linked or added the contract before (themselves, in the past): the message is not about an expiry.
const LINKED_BEFORE =
  wordRegExp(/\b(linked|added|entered|attached)\b.*\b(before|earlier|previously|already|last|ago|yesterday|on prem\w*|on premises|first)\b|\b(already|previously|earlier) (been )?(linked|added|entered|attached)\b|\b(при|до|с|в|под)(вязал|бавил|бавлял|вязывал|ключил|ключал|вел|водил)(и|а)?\b|\b(уже|раньше|ранее) был[аио]? (привязан|добавлен|связан|подключен)|\bбыл[аио]? (уже|раньше|ранее) (привязан|добавлен|связан|подключен)|\b(a|avons|ai|ont|avait|avions|avaient|aviez|avais) (deja )?(lie|ajoute|saisi|entre|associe|rattache)\b|\b(l|les) (a|avons|ai|avait|avions|avaient) (deja )?(lie|ajoute|saisi|associe|rattache)\b|\bdeja (ete )?(lie|ajoute|rattache|relie|saisi)\b|\b(a|avons|ai|ont|avait|avions) (deja )?relie\b|\b(on|nous|j) (l )?(a|avons|ai) deja\b/);

const CSP = wordRegExp(/\bcsp\b|\bcloud solution provider\b|\bfournisseur de solutions cloud\b|\bпоставщик[а-я]* облачн/);
const MPN = wordRegExp(/\bmpn\b/);

const NO_MEMBERSHIP =
  wordRegExp(/\bexpir|\blapsed\b|\bnot renewed\b|\bno (active )?membership\b|\bистек|\bзакончил|\bне продлил|\bнет (активного )?членств|\bpas renouvele|\bplus membres?\b|\bpas d adhesion\b/);
const HAS_MEMBERSHIP =
  wordRegExp(/\bactive (membership|offers?)\b|\bwe (are|re|have) (a |an )?(gold|silver|partner|member|membership)|\bу нас есть\b|\bмы (gold|silver|голд|золот|серебр|партнер)|\bnous sommes\b|\bon est\b|\bnous avons (une )?adhesion\b/);

/** Negation before a word in its clause: "not expired", "hasn't run out", "не истёк", "pas encore épuisé". */
const NEGATION = wordRegExp(/\b(not|never|neither|nor|nobody|noone|no one|rien|personne|aucun|ничего|никогда|никто|isn|hasn|haven|didn|doesn|don|wasn|weren|aren|won|не|ни|pas|jamais|nothing)\b(?!.*\b(but|а|но|mais)\b)/);
/** Incidents still there: the contract is not used up ("we still have incidents", "ещё есть", "il nous reste"). */
const STILL_VALID = wordRegExp(/\bstill (have|got)\b|\b(incidents?|some) (still )?(left|remaining)\b|\bhave (some |a few )?incidents\b|\bеще (есть|остал)|\bостал(ось|ись) (\d+|несколько|еще)|\bинциденты (еще )?есть\b|\bil (nous )?reste\b|\bencore des incidents\b|\bvalid\b|\bдействует\b|\bvalide\b/);
/** Where one clause ends and the next starts: punctuation, and "and", "but" in each language. */
const CLAUSE_BREAK = /[.,;:!?()\u2014\u2013]| - | (and|but|also|though|however|и|но|а|зато|хотя|однако|et|mais|aussi|pourtant) /;

/**
 * "It's not expired and we still have incidents, we linked it last year": each clause read on its own, a
 * negated expiry counts against the invalid case, and a contract said to be neither expired nor used up is,
 * by the article's two causes of the error, one linked before.
 */
function accessIdCase(message: PreparedText): Situation | undefined {
  const clauses = message.normalized.split(CLAUSE_BREAK).filter((c): c is string => !!c && c.trim() !== '').map((c) => spacedWords(tokenize(c)));
  let invalid = false;
  let notInvalid = false;
  let linked = false;
  for (const clause of clauses) {
    const m = INVALID.exec(clause);
    if (m && !NEGATION.test(clause.slice(0, m.index + 1))) invalid = true;
    else if (m || STILL_VALID.test(clause)) notInvalid = true;
    // "we never linked it before", "personne ne l'a associé", "никто его раньше не привязывал": not linked.
    const l = LINKED_BEFORE.exec(clause);
    if (l && !NEGATION.test(clause.slice(0, l.index + 1))) linked = true;
  }
  if (invalid) return 'invalid';
  // A link told across clauses ("we linked it, I think, last year") is read on the whole message.
  const linkedAcross = !linked && LINKED_BEFORE.exec(spacedWords(message.words));
  if (linked || notInvalid || (linkedAcross && !NEGATION.test(spacedWords(message.words).slice(0, linkedAcross.index + 1)))) return 'linkedBefore';
  return undefined;
}

/**
 * Requests still to be opened once the pack is used up or the contract expired ("we burned through the
 * 10-pack, can we keep opening cases in Azure?"): the article's answer is a new support plan.
 */
const OPENS_REQUESTS = wordRegExp(/\b(open|opening|create|creating|raise|raising|file|filing|log|logging|submit)\b|\b(открыва|открыть|откроем|созда|завод|завести|подава|подать)|\b(ouvrir|ouvre|ouvrons|creer|cree|deposer|soumettre)\b/);

export function asksRequestsOnceUsedUp(message: PreparedText): boolean {
  return OPENS_REQUESTS.test(spacedWords(message.words)) && accessIdCase(message) === 'invalid';
}

/** "what now?", "что теперь делать?", "on fait comment maintenant ?": what to do next, asked. */
const WHAT_NOW = wordRegExp(
  /\b(what now|now what|what happens|what would happen|what will happen|что будет|что тогда|что происходит|ca se passe comment|que se passe t il|qu est ce qui se passe|il se passe quoi|what (do|should|can|shall) (we|i) do|what are (our|my) options|what next|что (же |теперь |нам |мне |дальше )*делать|что дальше|как (теперь )?быть|какие (у нас )?варианты|on fait comment|on fait quoi|que faire|qu est ce qu on fait|quelles (sont les )?options|comment faire maintenant|et maintenant|que (devons nous|doit on|dois je|faut il|pouvons nous) faire|quoi faire)\b/,
);

/** The pack used up or the contract expired, and what to do now asked: the article's answer is a new support plan. */
export function asksWhatNowOnceUsedUp(message: PreparedText): boolean {
  return WHAT_NOW.test(spacedWords(message.words)) && accessIdCase(message) === 'invalid';
}

export function situationOf(intent: Intent, message: PreparedText, slots: EntitlementSlots): Situation | undefined {
  const text = spacedWords(message.words);
  switch (intent) {
    case 'errorAccessIdAssociated':
      return accessIdCase(message);
    case 'errorNotAuthorized':
      if (CSP.test(text)) return 'cspOnly';
      if (MPN.test(text)) return 'mpnAccount';
      return undefined;
    // "Our Signature pack is used up — can we still open requests in Azure?": what to do once it is (a new plan).
    case 'cloudRequest':
    case 'onPremisesRequest':
    case 'paidPlans':
      return accessIdCase(message) === 'invalid' ? 'invalid' : undefined;
    case 'errorNoBenefits':
      if (NO_MEMBERSHIP.test(text)) return 'noMembership';
      if (slots.tier || HAS_MEMBERSHIP.test(text)) return 'wrongAccount';
      return undefined;
    default:
      return undefined;
  }
}

/**
 * Not knowing the case asked about ("no idea which one", "не знаю какой случай", "je sais pas lequel"): an answer to
 * the bot's question that names no case. Short messages only: a longer one may tell the case after all.
 */
const NOT_KNOWING = wordRegExp(
  /\b(no idea|not sure|unsure|i (do not|dont|don t) know|dunno|idk|no clue|can t tell|cannot tell|could be either|either one|понятия не имею|не знаю|не уверен|не уверена|без понятия|хз|не в курсе|не понятно|непонятно|кто его знает|je (ne )?sais pas|j en sais rien|aucune idee|pas sur|pas sure|aucun idee|sais pas|je ne suis pas sur|je ne suis pas sure|difficile a dire)\b/,
);

export function saysNotKnowingTheCase(message: PreparedText): boolean {
  return message.words.length <= 14 && NOT_KNOWING.test(spacedWords(message.words));
}
