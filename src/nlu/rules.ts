import { CommandIntent, SupportType } from '../domain/types';
import { ERROR_QUOTES, ErrorIntent } from './screenText';
import { inNormalForm, normalizeText, prepareText, PreparedText } from './text';

/**
 * Deterministic readings, tried before the classifier, for the few cases where an exact match is
 * more reliable than a model: a pasted on-screen error message, and a bare command word.
 */

/**
 * Comparable form: normalized, apostrophes dropped ("don't" = "dont"), everything but letters and
 * digits turned into single spaces, padded so " phrase " matches whole words only.
 */
function compact(text: string): string {
  return compactNormalized(normalizeText(text));
}

function compactNormalized(normalized: string): string {
  const words = normalized
    .replace(/'/g, '')
    .replace(/[^a-z0-9\u0430-\u044f]+/g, ' ')
    .trim();
  return ` ${words} `;
}

const COMPILED_QUOTES: readonly { intent: ErrorIntent; fragment: string }[] = (
  Object.entries(ERROR_QUOTES) as [ErrorIntent, readonly string[]][]
)
  .flatMap(([intent, quotes]) => quotes.map((q) => ({ intent, fragment: compact(q) })))
  .sort((a, b) => b.fragment.length - a.fragment.length);

/** Whole-message command words in the three languages (after `compact`, without punctuation). */
const COMMAND_WORDS: Readonly<Record<CommandIntent, readonly string[]>> = {
  help: ['help', 'help me', 'aide', 'aide moi', 'помощь', 'помоги', 'справка', 'menu', 'меню'],
  greeting: ['hi', 'hello', 'hey', 'привет', 'здравствуйте', 'bonjour', 'salut', 'bonsoir'],
  cancel: ['cancel', 'stop', 'start over', 'отмена', 'отменить', 'стоп', 'начать заново', 'начнем заново', 'сначала', 'annuler', 'annule', 'recommencer', 'on recommence'],
  thanks: ['thanks', 'thank you', 'thx', 'спасибо', 'merci', 'merci beaucoup'],
};

const COMMANDS: ReadonlyMap<string, CommandIntent> = new Map(
  (Object.entries(COMMAND_WORDS) as [CommandIntent, readonly string[]][]).flatMap(([intent, words]) =>
    words.map((w) => [compact(w), intent] as [string, CommandIntent]),
  ),
);

export interface RuleMatch {
  intent: ErrorIntent | CommandIntent;
  /** Which rule fired, for logs and tests. */
  rule: 'errorQuote' | 'commandWord' | 'questionMark' | 'startOver';
}

/**
 * A short message asking to start the conversation over, in any wording ("let's begin again from the top",
 * "давайте всё заново", "on reprend à zéro"): a cancel, which forgets what was said. Only short messages: a
 * question that also says "again" is still a question.
 */
const START_OVER = inNormalForm(new RegExp(
  [
    ' (start|begin|starting|go) (all |it )?(over|again|afresh|anew|from (scratch|the (beginning|start|top)))',
    ' (restart|reset)( (the |this )?(conversation|chat|everything|all))? $',
    ' from (scratch|the (beginning|top)) $',
    ' (clean|fresh) (slate|start) ',
    ' forget (it|that|this|everything|all)( (i|we) said)? $',
    // "сначала" is "first" too ("погоди, сначала расскажи…"): a start over only as the message's last word.
    ' (заново|с начала|с нуля|по новой) ',
    ' сначала $',
    ' забудь(те)? (все|это) ',
    ' recommenc[a-z]* ',
    ' (depuis le debut|a zero|du debut|de zero) ',
    ' oublie[sz]? (tout|ca|cela) ',
  ].join('|'),
));
const START_OVER_MAX_WORDS = 7;
/** Words that make a start-over phrase a question about something else ("how many again?"). */
const START_OVER_NOT = inNormalForm(/ (how|what|which|сколько|какие|какой|как|что|combien|quel|quels|quelle|comment|incidents?|инцидент[а-я]*) /);

function isStartOver(form: string): boolean {
  const words = form.trim().split(' ').length;
  return words <= START_OVER_MAX_WORDS && START_OVER.test(form) && !START_OVER_NOT.test(form);
}

export function matchRule(text: string): RuleMatch | undefined {
  return matchRuleOn(prepareText(text));
}

/** `matchRule` on a message already normalized (see text.ts). */
export function matchRuleOn(message: PreparedText): RuleMatch | undefined {
  if (/^\s*[?？¿]+\s*$/.test(message.raw)) return { intent: 'help', rule: 'questionMark' };
  const form = compactNormalized(message.normalized);
  const command = COMMANDS.get(form);
  if (command) return { intent: command, rule: 'commandWord' };
  if (isStartOver(form)) return { intent: 'cancel', rule: 'startOver' };
  for (const { intent, fragment } of COMPILED_QUOTES) {
    if (form.includes(fragment)) return { intent, rule: 'errorQuote' };
  }
  return undefined;
}

/**
 * "What is Partner Cloud Support?" asks what the benefit gives: the entitlement, for that support type.
 * Only a definition question naming a benefit matches, so "how do I use Signature Cloud Support in Azure"
 * still goes to the classifier.
 */
const DEFINITION = inNormalForm(/^\s*(what\s+is|whats|what s|what are|tell me about|что такое|что это|что за|qu est ce que|qu est ce qu|c est quoi|cest quoi|quest ce que|quest ce qu)\s/);
const BENEFIT_NAMES: readonly { phrase: string; supportType: SupportType }[] = [
  { phrase: 'partner cloud support', supportType: 'cloud' },
  { phrase: 'signature cloud support', supportType: 'cloud' },
  { phrase: 'partner on premises support', supportType: 'onPremises' },
  { phrase: 'partner onpremises support', supportType: 'onPremises' },
  { phrase: 'microsoft product support', supportType: 'onPremises' },
  { phrase: 'signature product support', supportType: 'cloud' },
];

/**
 * Asking for the organization's own IDs ("what's our access id and contract id?", "скинь наши ID", "quels sont
 * nos identifiants ?"): the IDs, whatever the message adds about where they are used ("… to link support in
 * the Azure portal"). Asking how to get or where to find them in Partner Center stays a question for the answers.
 */
const OUR_IDS = inNormalForm(/ (our|my|the company s|company|наш[а-я]*|мо[иия]|notre|nos|mes) ([^ ]+ ){0,3}(access id|contract id|ids|id s|айди|идентификатор[а-я]*|id доступа|id контракта|identifiants?|id d ?acces|identifiants? d ?acces|id de contrat|id du contrat|access (thingy|thing|code|number|key)|contract (number|no|code)|номер контракта|код доступа|numero de contrat|code d ?acces) /);
const ASKS_FOR_THEM = inNormalForm(/ (what|whats|what s|give|send|resend|show|need|tell|share|paste|remind|again|подскажи|подскажите|подскажете|напиши|напишите|какой|какие|каков[а-я]*|дай|дайте|покажи|покажите|скинь|скиньте|пришли|пришлите|нужны|нужен|напомни|quel|quels|quelle|donne|donnez|donner|redonne|redonnez|redonner|renvoie|renvoyez|renvoyer|montre|montrez|montrer|envoie|envoyez|envoyer|filer|rappelle|rappeler|c est quoi|cest quoi|il me faut|j ai besoin|jai besoin) /);
const HOW_TO_GET = inNormalForm(/ (how (do|can|to|would) (i|we)? ?(get|find|obtain|activate|see)|where (do|can) (i|we) (get|find)|как (получить|найти|узнать|активировать)|где (найти|взять|получить)|comment (obtenir|trouver|activer)|ou (trouver|obtenir)) /);

/** "do we have those somewhere?", "у нас они есть?", "on les a quelque part ?": the organization's own, asked for. */
const WE_HAVE_THEM = inNormalForm(/ (do we have|have we got|we have|somewhere|anywhere|у нас есть|есть ли у нас|у нас они|где у нас|on a|on les a|avons nous|quelque part) /);
const IDS_LOOSELY = inNormalForm(/ (access id|contract id|ids|access (thingy|thing|code|number|key)|contract (number|no|code)|номер контракта|код доступа|идентификатор[а-я]*|айди|identifiants?|numero de contrat|code d ?acces) /);

/**
 * The IDs described by what they are for, and asked for: "send me what we type in the first time", "пришли, что вводят
 * в первый раз", "envoie-moi ce qu'il faut saisir la première fois".
 */
const TYPED_IN = inNormalForm(/ (enter|type|type in|key in|put in|paste|вбить|вбивать|ввести|вводить|указать|saisir|entrer|taper|renseigner) /);
const FIRST_USE = inNormalForm(/ (first time|the first|at first|перв[а-я]* (раз|обращени[а-я]*|запрос[а-я]*)|в первый раз|premiere fois|la premiere) /);

const ACCESS_WORD = inNormalForm(/ (access|доступ[а-я]*|acces|dacces) /);
const CONTRACT_WORD = inNormalForm(/ (contract|контракт[а-я]*|contrat) /);
const CODE_WORD = inNormalForm(/ (codes?|ids?|numbers?|коды|кода|код|номера|идентификатор[а-я]*|айди|numeros?|identifiants?) /);
const OURS = inNormalForm(/ (ours|our|какие у нас|наши|нашего|vous les avez|les notres|nos) /);

/** Sent or told to the person: "send me", "could you give me", "скиньте", "не подскажете", "envoyez-moi". */
const SEND_ME = inNormalForm(/ (send me|sending me|give me|share|forward me|tell me|remind me|dm me|post me|grab|send (him|her|them|us)|forward (him|her|them|us|it)|pass (him|her|them|us|it|on|along)|get (him|her|them|us|me)|скинь|скиньте|скинуть|пришли|пришлите|прислать|переслать|перешли|передать|передай|отправить|отправь|дай|дайте|напомни|напомните|подскажи|подскажите|подскажете|подскажешь|скажите|скажете|envoie moi|envoyez moi|envoyer|transmettre|transmets|donne moi|donnez moi|rappelle moi|rappelez moi|pourriez vous me (donner|dire|envoyer)|tu peux me (donner|dire|envoyer)) /);
/** A message about the Azure error or a failure is the troubleshooter's, even when it names the IDs. */
const ABOUT_AN_ERROR = inNormalForm(/ (already associated|associated to an account|deja associe|уже связан|error|errors|erreur|ошибк[а-я]*|not authorized|non autorise|нет прав|doesn t work|ne marche pas|не работает|fails?|failed) /);

export function asksForOurIds(message: PreparedText): boolean {
  const form = compactNormalized(message.normalized);
  if (HOW_TO_GET.test(form)) return false;
  return (
    (OUR_IDS.test(form) && ASKS_FOR_THEM.test(form)) ||
    (IDS_LOOSELY.test(form) && WE_HAVE_THEM.test(form) && /[?]/.test(message.raw)) ||
    (ASKS_FOR_THEM.test(form) && TYPED_IN.test(form) && FIRST_USE.test(form)) ||
    // "could you send me our contract ID?", "пришлите ID контракта": an ID named and asked for,
    // whatever it is needed for (linking in Azure, a request in Support for Business).
    (IDS_NAMED.test(form) && SEND_ME.test(form) && !ABOUT_AN_ERROR.test(form)) ||
    // "the two numbers, access and contract: do we have ours?", "коды доступа и контракта у нас есть?"
    (ACCESS_WORD.test(form) && CONTRACT_WORD.test(form) && CODE_WORD.test(form) && (WE_HAVE_THEM.test(form) || ASKS_FOR_THEM.test(form) || OURS.test(form)) && /[?]/.test(message.raw))
  );
}

/**
 * Where an ID named in the message comes from ("Azure keeps asking for the contract id, where would I find it?",
 * "портал требует Access ID, где его взять?", "je le trouve où ?"): the IDs answer (activated or not, and who
 * activates), whatever the portal around it suggests; not a message about an error.
 */
const WHERE_FROM = inNormalForm(/ (where (do|can|would|should|will) (i|we) (get|find|obtain|look for|look up)|where (is|are) (it|they|that|those)|how (do|can|would|should) (i|we) (get|find|obtain)|где (его |их |ее )?(взять|найти|получить|искать|посмотреть|брать)|откуда (его |их |ее )?(взять|брать)|где (он|они) (лежит|лежат|наход[а-я]*)|ou (le |les |la )?(trouver|obtenir|recuperer)|(je |on )?(le |les |la )(trouve|trouver|obtiens|obtient|recupere) ou|ou est ce que (je|on) (le |les |la )?(trouve|obtien[st]?|recupere)|ou (est|sont) (il|ils|elle)|where ([^ ]+ ){0,4}(are|is) (written|written down|kept|stored|saved|noted|recorded)|remember where|где ([^ ]+ ){0,4}(записаны|записан|хранятся|хранится|лежат|лежит)|не помню где|ou ([^ ]+ ){0,4}(sont|est) (notes?|ecrits?|stockes?|ranges?|enregistres?)|sais plus ou) /);

export function asksWhereIdsComeFrom(message: PreparedText): boolean {
  const form = compactNormalized(message.normalized);
  return IDS_NAMED.test(form) && WHERE_FROM.test(form) && !ABOUT_AN_ERROR.test(form);
}

/**
 * Whether each person enters the IDs with their own account ("do I have to enter them as well with mine?",
 * "каждому нужно вводить ID на своей учётке?", "je dois les saisir aussi avec mon compte ?"): the IDs card,
 * which says the article's rule (the first time, for each account).
 */
const IDS_NAMED = inNormalForm(/ (access id|contract id|ids|id s|(наши|our|nos|мои|my|mes) id|айди|идентификатор[а-я]*|id доступа|id контракта|identifiants?|id d ?acces|id de contrat) /);
const ENTER_THEM = inNormalForm(/ (enter|type|key in|input|add|register|need|needs|saisir|ressaisir|resaisir|entrer|renseigner|ajouter|taper|retaper|rentrer|besoin|вводить|ввести|вбивать|вбить|добавлять|добавить|указывать|указать|привязывать|привязать|нужны|нужен|нужно|понадобятся) /);
const PER_ACCOUNT = inNormalForm(/ (my own|with mine|mine|my account|own account|each account|every account|each user|every user|everyone|each of us|as well|too|also|свой|свою|своей|своего|сво[её]м|каждый|каждому|каждого|каждой|тоже|также|мне тоже|mon compte|le mien|mon propre|chaque compte|chaque utilisateur|chacun|aussi|moi aussi|propre compte) /);

/** Asked as an obligation ("do I have to", "нужно ли", "dois-je"): not a story of what someone did. */
const MUST = inNormalForm(/ (have to|has to|need to|needs to|must|should|do i|do we|does everyone|does each|is it necessary|нужно|надо|должен|должна|должны|обязан[а-я]*|необходимо|придется|dois|doit|doivent|faut|faudra|besoin de) /);

export function asksIdsPerAccount(message: PreparedText): boolean {
  const form = compactNormalized(message.normalized);
  return IDS_NAMED.test(form) && ENTER_THEM.test(form) && PER_ACCOUNT.test(form) && MUST.test(form);
}

/**
 * Who has to activate ("I only do billing, so who here can press it?", "кто у нас
 * должен это сделать?", "qui doit le faire chez nous ?"): the activation answer, which names the roles. A
 * sentence starting with "who" that asks who does it, in a message with activation or role words.
 */
const WHO_DOES = inNormalForm(/^ (so |then |ok |okay |and |but |alors |donc |et |mais |так |а |и |тогда |но )*(who|кто|qui) ([^ ]+ ){0,6}(do|does|click[a-z]*|press|activat[a-z]*|handle|сдела[а-я]*|дела[а-я]*|активир[а-я]*|нажа[а-я]*|нажм[а-я]*|кликну[а-я]*|faire|fait|activer|active|cliquer|clique|appuyer|charger) /);
const ACTIVATION_OR_ROLE = inNormalForm(/ (activat[a-z]*|admin[a-z]*|role|roles|activer|activation|rôle|админ[а-я]*|роль|роли|ролью|активир[а-я]*|активаци[а-я]*) /);

/** Which role it takes ("which role does it need?", "какая роль нужна?", "il faut quel rôle ?"), with activation named. */
const WHICH_ROLE = inNormalForm(/ ((which|what) (role|roles|permission|permissions|rights)|(какая|какую|какие) ([^ ]+ )?(роль|роли|права)|(quel|quels) (role|roles|droits)|faut quel role|faut il quel role) /);
const ACTIVATE_NAMED = inNormalForm(/ (activat[a-z]*|activer|activation|active|активир[а-я]*|активаци[а-я]*) /);

export function asksWhoActivates(message: PreparedText): boolean {
  const form = compactNormalized(message.normalized);
  if (!ACTIVATION_OR_ROLE.test(form)) return false;
  if (WHICH_ROLE.test(form) && ACTIVATE_NAMED.test(form)) return true;
  return message.normalized.split(/[.!?;\n]+/).some((sentence) => WHO_DOES.test(compactNormalized(sentence)));
}

/**
 * What has to happen before the benefit can be used ("what's the first step before we can raise a case?", "что
 * нужно сделать, чтобы открывать кейсы?", "que faut-il faire avant de pouvoir ouvrir un incident ?"): the article's
 * first step, activation (which the activation answer says, with who may do it).
 */
const FIRST_STEP = inNormalForm(/ (first (thing|step|things|steps)|before (i|we|you) (can|could|are able)|before (opening|raising|using|filing|logging|creating)|prerequisites?|what (do|must|should) (i|we) (do|have to do|need to do) (first|before)|what (do|must) (i|we) (have|need) to do to (open|raise|use|file|log|create|get)|(что|чего|че|чо|шо) (нам |мне )?(надо|нужно|необходимо|требуется) (с)?делать( сначала| в первую очередь)?( чтоб| чтобы)|прежде чем|перед тем как|с чего (начать|начинать)|перв(ый|ым) (шаг|делом)|avant de pouvoir|avant d ouvrir|avant de (creer|deposer|soumettre|utiliser)|premiere etape|par quoi commencer|prealables?|que (faut il|dois je|devons nous) faire (d abord|en premier|avant|pour (ouvrir|pouvoir|creer|utiliser|deposer))) /);
const SUPPORT_USE = inNormalForm(/ (cases?|incidents?|tickets?|requests?|support|benefits?|кейс[а-я]*|инцидент[а-я]*|обращени[а-я]*|заявк[а-я]*|тикет[а-я]*|поддержк[а-я]*|преимуществ[а-я]*|cas|demandes?|avantages?) /);

/** A CSP partner asking what comes before an Azure request has the CSP answer (the Cloud Solution Provider plan). */
const CSP_NAMED = inNormalForm(/ (csp|cloud solution provider|fournisseur de solutions cloud) /);

export function asksFirstStep(message: PreparedText): boolean {
  const form = compactNormalized(message.normalized);
  return FIRST_STEP.test(form) && SUPPORT_USE.test(form) && !CSP_NAMED.test(form);
}

export function matchBenefitDefinition(message: PreparedText): SupportType | undefined {
  const form = compactNormalized(message.normalized);
  if (!DEFINITION.test(form)) return undefined;
  return BENEFIT_NAMES.find((b) => form.includes(` ${b.phrase} `))?.supportType;
}

/**
 * "Gold, Windows Server is down, how many tickets?": a membership named with a count question (or a bare
 * "incidents?") asks how many incidents the membership gives, whatever else the message says about the
 * problem or a product. Not when it asks what is left, or how to open one.
 */
// Chat shorthand counts too: "скока", "скок инц на облако?", "incidents on prem for gold?".
const COUNT_QUESTION = inNormalForm(/ (how many|how much|сколько|скока|скоко|скок|combien|cb) | (incidents?|tickets?|cases?|инциденты?|инцидентов|инц|обращения|обращений|тикеты?|тикетов|demandes?|tickets?) $|^ (incidents?|cases?|инцидент[а-я]*|инц|кейс[а-я]*|demandes?|tickets?) (for|на|по|pour|en|sur) [a-zа-я ]{1,20} $/);
const NOT_COUNT = inNormalForm(/ (left|remain|remaining|remains|still|used|остал[а-я]*|осталось|израсход[а-я]*|reste|restent|restants?|utilises?|how (do|can|to) (i|we)? ?(open|create|file|raise|submit)|как (открыть|создать|подать|завести)|comment (ouvrir|creer|deposer)) /);

/** "how many … incidents", "сколько … инцидентов", "combien … de tickets": a count word, then an incident noun. */
const HOW_MANY_INCIDENTS = inNormalForm(/ (cases|incidents|tickets|обращени[а-я]*|кейс[а-я]*|инцидент[а-я]*|demandes|tickets|cas) ([^ ]+ ){0,8}(how many|сколько|скока|скок|combien)( (can|could|may|do|will|would) (we|i)( [a-z]+)?| (можем|можно|могу)( [а-я]+)?| (peut on|pouvons nous|peux je|on peut)( [a-z]+)?)? $| (how many|number of|сколько|скока|скок|скольк[а-я]*|количество|число|combien|nombre de|nombre d) ([^ ]+ ){0,6}(d?incidents?|d?tickets?|cases?|credits?|d?credits?|инцидент[а-я]*|обращени[а-я]*|тикет[а-я]*|заявок|кейс[а-я]*|кредит[а-я]*|d?demandes?|cas) | (incidents?|tickets?|cases?) (count|allowance|quota|limit|budget|figure|figures|number|numbers|total) | (figure|figures|цифр[а-я]*|chiffre|chiffres) (for|of|для|по|pour|des|de|du)? ?([^ ]+ ){0,2}(d?incidents?|инцидент[а-я]*|обращени[а-я]*) | (allowance|allotment|allocation|entitlement|quota|положено|лимит[а-я]*|квот[а-я]*|quota|plafond|dotation|droit a combien) /);

/** A count of incidents asked in words, with or without a membership named (the conversation may have stated it). */
export function asksHowManyIncidents(message: PreparedText): boolean {
  const form = compactNormalized(message.normalized);
  return HOW_MANY_INCIDENTS.test(form) && !NOT_COUNT.test(form) && !STILL_OR_USED.test(form);
}

/**
 * Whether the organization has a kind of support at all ("can we get cloud support with what we have?", "облачная
 * поддержка нам вообще доступна?", "a-t-on droit au support cloud ?"): the entitlement, not how to open a request.
 * A possibility or entitlement phrase, and support or incidents named; never a how-to ("how do we get…").
 */
const ELIGIBLE = inNormalForm(/ (can we (get|have|use)|do we (get|have|qualify)|are we (eligible|entitled|covered)|is it (included|available)|are (they|incidents) included|available (to|for) us|with what we have|what do we (get|have)|what about|whats our|what s our|what is our|доступн[а-я]*|положен[а-я]*|полагает[а-я]*|есть ли у нас|у нас есть|имеем ли|можем ли|входит ли|что у нас (по|с)|что нам|распространя[а-я]*|a t on (droit|acces)|avons nous (droit|acces)|on a (droit|acces)|ai je droit|est ce qu on a|sommes nous (eligibles?|couverts?)|eligibles?|beneficier|beneficie t on|qu a t on|quest ce qu on a|qu est ce qu on a|inclus|qua t on|est ce quon a|quest ce quon a) /);
const SUPPORT_NAMED = inNormalForm(/ (support|signature|incidents?|поддержк[а-я]*|инцидент[а-я]*|обращени[а-я]*|сопровождени[а-я]*) /);
/** Which support: whether the organization has support at all for troubleshooting is the coverage topic. */
const KIND_NAMED = inNormalForm(/ (cloud|signature|azure|on prem[a-z]*|onprem[a-z]*|premises|облачн[а-я]*|облак[а-я]*|локальн[а-я]*|ажур[а-я]*|азур[а-я]*|sur site|locaux|local|nuage) /);
/** What is left ("available" is not: "is cloud support available to us?" asks whether we have it). */
const LEFT = inNormalForm(/ (left|remain[a-z]*|still|оставш[а-я]*|остал[а-я]*|еще|reste[a-z]*|restant[a-z]*|encore) /);
const HOW_TO = inNormalForm(/ (how (do|can|to|would|should) (i|we)?|where (do|can|to)|steps|как (получить|открыть|создать|подать|привязать|оформить|активировать)|где|comment|ou (ouvrir|trouver)|procedure) /);

/** A how-to or where-to asked ("where do I file…", "а где подавать…", "où ouvrir…"): a request's steps, not a count. */
export function asksHowOrWhere(message: PreparedText): boolean {
  return HOW_TO.test(compactNormalized(message.normalized)) || / (где|куда|ou) (подава[а-я]*|открыва[а-я]*|созда[а-я]*|ouvrir|creer|deposer|faire) /.test(` ${message.words.join(' ')} `);
}

export function asksEligibility(message: PreparedText): boolean {
  const form = compactNormalized(message.normalized);
  return ELIGIBLE.test(form) && SUPPORT_NAMED.test(form) && KIND_NAMED.test(form) && !HOW_TO.test(form) && !NOT_COUNT.test(form) && !LEFT.test(form);
}

/** What is left or was used ("ещё доступно", "encore disponibles", "мы использовали") is another question. */
// Past forms only: "сколько мы можем использовать" asks the allowance, "сколько мы использовали" what is left.
const STILL_OR_USED = inNormalForm(/ (оставш[а-я]*|еще|encore|использовал[а-я]*|использован[а-я]*|потрачен[а-я]*|spent|consomm[a-z]*|disponibles?|available|доступно) /);

export function isEntitlementCountQuestion(message: PreparedText): boolean {
  const form = compactNormalized(message.normalized);
  return COUNT_QUESTION.test(form) && !NOT_COUNT.test(form);
}

/**
 * A count asked in a message ("how many", "number of", "сколько", "скока", "combien"): a new question, not a detail of
 * the one before (after "the article does not say" about a fact, after a request's how-to).
 */
const COUNT_ASKED = /\b(how many|how much|number of)\b|(?<![а-яё])(сколько|скока|скоко|скок|количеств[а-яё]*)(?![а-яё])|(?<![a-zà-ÿ])(combien|nombre d)(?![a-zà-ÿ])/i;

export function asksACount(text: string): boolean {
  return COUNT_ASKED.test(text);
}
