import { supportTypeOfProduct } from '../domain/products';
import { CLOUD_COMPETENCIES, CloudCompetency, CompetencyKind, EntitlementSlots, Locale, SlotMentions, SupportType, Tier } from '../domain/types';
import {
  COMPETENCY_KIND_LEXICON,
  COMPETENCY_LEXICON,
  FRENCH_AMBIGUOUS_TIERS,
  FRENCH_TIER_CONTEXT,
  FOLLOW_UP_CUES,
  LEADING_ACKNOWLEDGEMENTS,
  LexiconEntry,
  NEUTRAL_PATTERNS,
  PRODUCT_LEXICON,
  STATEMENT_CUES,
  CORRECTION_CUES,
  SUPPORT_LEXICON,
  TIER_LEXICON,
} from './slotLexicon';
import { PRODUCT_NAME_LEXICON, readProducts } from './products';
import { editDistance, normalizeText, prepareText, tokenize } from './text';

/** Real words one edit away from a slot word: never read as its typo. */
const NOT_TYPOS: ReadonlySet<string> = new Set(['solver', 'clout']);

type WordMatcher = (word: string) => boolean;

interface CompiledPattern<V> {
  value: V;
  words: readonly WordMatcher[];
  /** First letters the pattern's first word can start with: only those positions are tried. */
  firstLetters: readonly string[];
  locales?: readonly Locale[];
}

function firstLettersOf(spec: string): string[] {
  return [...new Set(spec.split('|').map((alternative) => normalizeText(alternative.replace(/^~/, ''))[0]))];
}

function compileAlternative(alternative: string): WordMatcher {
  if (alternative.endsWith('*')) {
    const prefix = normalizeText(alternative.slice(0, -1));
    return (w) => w.startsWith(prefix);
  }
  if (alternative.startsWith('~')) {
    const base = normalizeText(alternative.slice(1));
    if (base.length < 5) return (w) => w === base;
    return (w) =>
      w === base ||
      (w[0] === base[0] && w.length >= 4 && !NOT_TYPOS.has(w) && editDistance(w, base, 1) <= 1);
  }
  const word = normalizeText(alternative);
  return (w) => w === word;
}

function compileWord(spec: string): WordMatcher {
  const alternatives = spec.split('|').map(compileAlternative);
  return alternatives.length === 1 ? alternatives[0] : (w) => alternatives.some((m) => m(w));
}

/** Longest patterns first, so "cloud platform" is read before "cloud". */
function compile<V>(lexicon: readonly LexiconEntry<V>[]): readonly CompiledPattern<V>[] {
  const compiled: CompiledPattern<V>[] = [];
  for (const entry of lexicon) {
    for (const pattern of entry.patterns) {
      const specs = pattern.split(' ');
      compiled.push({
        value: entry.value,
        words: specs.map(compileWord),
        firstLetters: firstLettersOf(specs[0]),
        locales: entry.locales,
      });
    }
  }
  return compiled.sort((a, b) => b.words.length - a.words.length);
}

const COMPETENCIES = compile(COMPETENCY_LEXICON);
const COMPETENCY_KINDS = compile(COMPETENCY_KIND_LEXICON);
/** "not one of the cloud ones", "non-cloud competency": never a support type, whatever competency is named too. */
const NOT_CLOUD_KINDS = compile(COMPETENCY_KIND_LEXICON.filter((e) => e.value === 'other'));
const NEUTRAL = compile(NEUTRAL_PATTERNS.map((p) => ({ value: null, patterns: [p] })));
const PRODUCTS = compile(PRODUCT_LEXICON);
const PRODUCT_NAMES = compile(PRODUCT_NAME_LEXICON);
const TIERS = compile(TIER_LEXICON);
const SUPPORT = compile(SUPPORT_LEXICON);

interface Found<V> {
  value: V;
  start: number;
  end: number;
}

/**
 * Having it denied after the words ("облачной компетенции у нас нет", "a cloud competency we don't have", "compétence cloud,
 * on n'en a pas"): the organization has none of the cloud competencies.
 */
const HAVE_NONE_AFTER =
  /^ (but |though |а |но |mais )?((у нас |у нас ее |у нас их |мы )?(вообще )?(нет|не имеем|отсутству[а-я]*)|(we )?(do not|don t|dont|did not|didn t) have|we have none|(on |nous )?(n en a pas|n en avons pas|n en a aucune|n a pas|n avons pas)) /;

function kindAfterNegation(words: readonly string[], found: Found<CompetencyKind>): CompetencyKind {
  if (found.value !== 'cloud') return found.value;
  return HAVE_NONE_AFTER.test(` ${words.slice(found.end, found.end + 5).join(' ')} `) ? 'other' : 'cloud';
}

interface Message {
  words: readonly string[];
  /** Positions of the words by first letter. */
  positions: ReadonlyMap<string, readonly number[]>;
  used: boolean[];
}

/** Marks the words each match uses, so later passes do not read them again. */
function findAll<V>(message: Message, patterns: readonly CompiledPattern<V>[], locale: Locale | undefined): Found<V>[] {
  const { words, positions, used } = message;
  const found: Found<V>[] = [];
  for (const pattern of patterns) {
    if (pattern.locales && (!locale || !pattern.locales.includes(locale))) continue;
    const n = pattern.words.length;
    const starts =
      pattern.firstLetters.length === 1
        ? (positions.get(pattern.firstLetters[0]) ?? [])
        : pattern.firstLetters.flatMap((letter) => positions.get(letter) ?? []).sort((a, b) => a - b);
    for (const start of starts) {
      if (start + n > words.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k += 1) {
        ok = !used[start + k] && pattern.words[k](words[start + k]);
      }
      if (!ok) continue;
      for (let k = 0; k < n; k += 1) used[start + k] = true;
      found.push({ value: pattern.value, start, end: start + n });
    }
  }
  return found;
}

/** One value when the message names exactly one; undefined when it names none or several. */
function single<V>(values: readonly V[]): V | undefined {
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? distinct[0] : undefined;
}

const CONJUNCTIONS = new Set(['ou', 'et']);
const AMBIGUOUS_TIERS: ReadonlyMap<string, Tier> = new Map(Object.entries(FRENCH_AMBIGUOUS_TIERS));
const FILLER_FOR_BARE_TIER = new Set(['l', 'le', 'en', 'niveau', 'c', 'est']);

/**
 * French "or" (gold) and "argent" (silver) are ordinary words: "Or, je ne vois rien" is not Gold,
 * "combien d'argent" is not Silver. They name a tier after a tier context word ("partenaire Or",
 * "niveau or", "compétence Or"), next to another tier ("Silver ou Or"), or as the whole answer.
 */
function frenchAmbiguousTiers(words: readonly string[], used: boolean[], tierAt: (Tier | undefined)[]): Tier[] {
  const tiers: Tier[] = [];
  const isTierWord = (i: number) =>
    i >= 0 && i < words.length && (tierAt[i] !== undefined || AMBIGUOUS_TIERS.has(words[i]));
  const meaningful = words.filter((w) => !FILLER_FOR_BARE_TIER.has(w));
  for (let i = 0; i < words.length; i += 1) {
    const tier = AMBIGUOUS_TIERS.get(words[i]);
    if (!tier || used[i]) continue;
    const prev = words[i - 1];
    const next = words[i + 1];
    const inContext =
      (prev !== undefined && FRENCH_TIER_CONTEXT.includes(prev)) ||
      (prev !== undefined && CONJUNCTIONS.has(prev) && isTierWord(i - 2)) ||
      (next !== undefined && CONJUNCTIONS.has(next) && isTierWord(i + 2)) ||
      meaningful.length === 1;
    if (inContext) {
      used[i] = true;
      tierAt[i] = tier;
      tiers.push(tier);
    }
  }
  return tiers;
}

function competencySlots(named: readonly (CloudCompetency | 'other')[]): Pick<EntitlementSlots, 'competency' | 'competencyKind'> {
  const distinct = [...new Set(named)];
  if (distinct.length === 0) return {};
  if (distinct.length === 1) return { competency: distinct[0] };
  // Several competencies named: their kind still answers the entitlement question when they agree.
  const cloud = distinct.filter((c) => (CLOUD_COMPETENCIES as readonly string[]).includes(c));
  if (cloud.length === distinct.length) return { competencyKind: 'cloud' };
  if (cloud.length === 0) return { competency: 'other' };
  return {};
}

/**
 * Tier, support type and competency named in a message, in English, Russian or French.
 * `locale` is the message's language when known; it enables the French-only readings.
 */
export function extractSlots(text: string, locale?: Locale): EntitlementSlots {
  return extractSlotsFromWords(prepareText(text).words, locale);
}

/** `extractSlots` on the words of a normalized message (see text.ts). */
export function extractSlotsFromWords(words: readonly string[], locale?: Locale): EntitlementSlots {
  return readSlots(words, locale).slots;
}

/** Every tier, support type and competency the message names, distinct, in order. */
export function extractMentionsFromWords(words: readonly string[], locale?: Locale): SlotMentions {
  return readSlots(words, locale).mentions;
}

function distinct<V>(values: readonly V[]): V[] {
  return [...new Set(values)];
}

/**
 * Words saying a competency was lost (in the past: "expires in March" still has it): "lapsed", "expired", "we
 * lost", "no longer", "потеряли", "истекла", "больше нет", "perdue", "expirée", "n'a plus", "pas renouvelée". Read within the competency's own clause: up to three
 * words before it or five after, never across "but", "and", "а", "mais", another competency.
 */
const LOSS_WORD =
  /^(lapsed|expired|lost|dropped|gone|ended|longer|anymore|revoked|потерял[а-я]*|потеряли|утратил[а-я]*|лишились|лишил[а-я]*|истекл[а-я]*|истек|закончил[а-я]*|кончил[а-я]*|слетел[а-я]*|отобрали|perdu|perdue|perdus|perdues|expiree|expirees|echue|tombee|retiree)$/;
const LOSS_PAIR = / (no more|was last year|were last year|last year|в прошлом году|в том году|l an dernier|l annee derniere|c etait l an|больше нет|уже нет|больше не|не продлил[а-я]*|не продлен[а-я]*|not renewed|n a plus|n avons plus|n ont plus|pas renouvele[a-z]*|plus de|a expire|ont expire|avons expire|est expiree) $/;
const CLAUSE_END = new Set(['but', 'and', 'however', 'still', 'mais', 'et', 'toujours', 'а', 'но', 'и', 'зато', 'ещё', 'еще']);

/**
 * Losing it in a supposition: "assume Cloud Platform lapses", "если Cloud Platform не подтвердим и она слетит",
 * "si on ne renouvelle pas Cloud Productivity": the question is about the time after, without it.
 */
const SUPPOSING = / (if|assume|assuming|suppose|supposing|say|scenario|what if|in case|если|допустим|предположим|вдруг|si|supposons|imaginons|admettons|en cas|au cas) /;
const FUTURE_LOSS_WORD =
  /^(lapses|lapse|expires|expire|drops|goes|слетит|истечет|истечёт|закончится|кончится|отберут|expirerait|expirera|tombe|tombait|saute|sautait)$/;
const FUTURE_LOSS_PAIR =
  / (lose|loses|losing|do not renew|don t renew|dont renew|not renew|won t renew|doesn t get renewed|isn t renewed|not renewed|keep no|потеряем|лишимся|не подтвердим|не подтвердят|не продлим|не продлят|ne renouvelle pas|ne renouvelons pas|ne renouvelait pas|ne renouvelions pas|ne la renouvelle pas|perd|perdons|perdait|perdions|on perd) $/;

function isLost<V>(words: readonly string[], found: Found<V>, all: readonly Found<V>[]): boolean {
  const supposed = SUPPOSING.test(` ${words.join(' ')} `);
  const lostWord = (w: string) => LOSS_WORD.test(w) || (supposed && FUTURE_LOSS_WORD.test(w));
  const lostPair = (pair: string) => LOSS_PAIR.test(pair) || (supposed && FUTURE_LOSS_PAIR.test(pair));
  const other = (i: number) => all.some((f) => f !== found && i >= f.start && i < f.end);
  for (let i = found.end; i < Math.min(words.length, found.end + 5); i += 1) {
    if (CLAUSE_END.has(words[i]) || other(i)) break;
    if (lostWord(words[i]) || lostPair(` ${words.slice(Math.max(found.end, i - 2), i + 1).join(' ')} `)) return true;
  }
  for (let i = found.start - 1; i >= Math.max(0, found.start - 3); i -= 1) {
    if (CLAUSE_END.has(words[i]) || other(i)) break;
    if (lostWord(words[i]) || lostPair(` ${words.slice(Math.max(0, i - 2), i + 1).join(' ')} `)) return true;
  }
  return false;
}

/** Slots (one value per slot) and mentions (every value) in one pass over the words. */
export function readSlots(words: readonly string[], locale?: Locale): { slots: EntitlementSlots; mentions: SlotMentions } {
  const used = new Array<boolean>(words.length).fill(false);
  const positions = new Map<string, number[]>();
  words.forEach((word, i) => {
    const list = positions.get(word[0]);
    if (list) list.push(i);
    else positions.set(word[0], [i]);
  });
  const message: Message = { words, positions, used };

  const namedCompetencies = findAll(message, COMPETENCIES, locale);
  // A competency the organization lost ("our Security expired in May", "on a perdu Cloud Platform", "мы потеряли
  // Cloud Platform") is not one it has.
  const lost = namedCompetencies.filter((f) => isLost(words, f, namedCompetencies));
  const competencyFound = namedCompetencies.filter((f) => !lost.includes(f));
  const competencies = competencyFound.map((f) => f.value);
  // A named competency decides the kind, so "cloud" next to "competency" is left for the support type
  // ("Gold, incidents cloud, compétence Sécurité").
  // "our cloud competency lapsed", "say our cloud competency lapses": lost like a named one.
  const kinds = competencies.length > 0 ? [] : findAll(message, COMPETENCY_KINDS, locale).map((f) => (f.value === 'cloud' && isLost(words, f, [f]) ? 'other' : kindAfterNegation(words, f)));
  // "DevOps, not a cloud one": those words are read, not left for the support type.
  if (competencies.length > 0) findAll(message, NOT_CLOUD_KINDS, locale);
  // A cloud competency lost and nothing else said: no cloud competency now.
  if (competencies.length === 0 && kinds.length === 0 && lost.some((f) => f.value !== 'other')) kinds.push('other');
  findAll(message, NEUTRAL, locale);
  const productFound = findAll(message, PRODUCTS, locale);
  const productNameFound = findAll(message, PRODUCT_NAMES, locale);

  const tierAt: (Tier | undefined)[] = new Array<Tier | undefined>(words.length).fill(undefined);
  const tierMatches = findAll(message, TIERS, locale);
  for (const m of tierMatches) for (let i = m.start; i < m.end; i += 1) tierAt[i] = m.value;
  const tiers = tierMatches.map((f) => f.value);
  if (locale === 'fr') tiers.push(...frenchAmbiguousTiers(words, used, tierAt));

  const saidFound = [...productFound, ...findAll(message, SUPPORT, locale)];
  // A named product decides the support type ("Office 365" is cloud, "SQL Server" on-premises).
  const named = readProducts(
    productNameFound.map((f) => f.value),
    single(saidFound.map((f) => f.value)),
  );
  const supportFound: Found<SupportType>[] = [
    ...saidFound,
    ...productNameFound.flatMap((f) => {
      const decided = supportTypeOfProduct(f.value);
      return decided ? [{ ...f, value: decided }] : [];
    }),
  ];
  const support = supportFound.map((f) => f.value);

  const slots: EntitlementSlots = { ...competencySlots(competencies) };
  // "nope, not gold", "не голд, а сильвер": a tier ruled out is not the tier.
  const ruledOutTiers = tiers.length > 0 ? negatedTiers(words, DENIAL) : [];
  const tier = single(tiers.filter((t) => !ruledOutTiers.includes(t)));
  if (tier) slots.tier = tier;
  // "облака нет, только онпрем", "not the cloud side, on-prem": of the two support types named, the one not ruled out.
  const ruledOut = distinct(support).length === 2 ? negatedSupportTypes(words) : [];
  const supportType = single(ruledOut.length === 1 ? support.filter((s) => s !== ruledOut[0]) : support);
  if (supportType) slots.supportType = supportType;
  if (named.product) slots.product = named.product;
  const kind = single(kinds);
  if (kind && !slots.competency && !slots.competencyKind) slots.competencyKind = kind;
  const byPosition = <V>(found: readonly Found<V>[]) => distinct([...found].sort((a, b) => a.start - b.start).map((f) => f.value));
  const mentions: SlotMentions = {
    tiers: distinct(tierAt.filter((t): t is Tier => t !== undefined)),
    supportTypes: byPosition<SupportType>(supportFound),
    competencies: byPosition(competencyFound),
    ...(productNameFound.length > 1 ? { products: byPosition(productNameFound) as string[] } : {}),
  };
  return { slots, mentions };
}

/** The words of a message without the acknowledgements it starts with ("ok, back to business — what about X"). */
export function coreWordCount(words: readonly string[]): number {
  return afterAcknowledgements(words).length;
}

/** Tiers the message says the organization is not (any more): "Gold no more, Silver since March", "ни Gold, ни Silver". */
const NEGATED_TIER = / (not|neither|nor|ni|ни|scratch|forget|forget about|oublie|oubliez|oublions|забудь|забудьте|no longer|used to be|used to have|previously|isn t|aren t|were|was|formerly|не|уже не|больше не|был[аи]?|раньше|plus|pas|n etions|etions|anciennement|avant) (a |an |un |une |the |le |partenaire |partner |уровн[а-я]* |статус )?(gold|голд|золот[а-я]*|silver|сильвер|серебр[а-я]*|action pack|экшн пак) /;
const TIER_WORD: Readonly<Record<string, Tier>> = { gold: 'gold', голд: 'gold', silver: 'silver', сильвер: 'silver', 'action pack': 'actionPack', 'экшн пак': 'actionPack' };

/**
 * Words that deny a tier outright ("not Gold", "не голд", "pas Gold"), as opposed to the past or "plus" of
 * NEGATED_TIER, which are ambiguous alone ("were gold" is often "we're gold"; "ne marchent plus, gold…").
 */
const DENIAL = /^(not|neither|nor|ni|ни|не|pas|no longer|уже не|больше не|isn t|aren t|scratch|forget|forget about|oublie|oubliez|oublions|забудь|забудьте)$/;

/** A tier said to have been only a supposition or the past: "Gold was only the stretch scenario", "Gold это был план". */
const TIER_THEN_PAST = / (gold|голд|silver|сильвер|action pack|экшн пак) ((was|were) (only|just|a|an|the|our old|our previous|our former|last year)|это (был|была|было)|c etait|n etait qu|etait (juste|seulement|l ancien|notre ancien)) /;

export function negatedTiers(words: readonly string[], only?: RegExp): Tier[] {
  const text = ` ${words.join(' ')} `;
  const out: Tier[] = [];
  const past = only ? null : TIER_THEN_PAST.exec(text);
  if (past) out.push(TIER_WORD[past[1]]);
  const re = new RegExp(NEGATED_TIER.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    re.lastIndex = m.index + 1;
    // "Gold or not?", "голд или нет": a question, not a tier ruled out; "if we were Gold", "допустим, мы стали бы голд", "si on
    // était Gold": a hypothesis, not a tier of the past.
    if (/ (or|или|ou|ли)$/.test(text.slice(0, m.index))) continue;
    if (/^(were|was|был[аи]?|etions|etait|etais)$/.test(m[1]) && /( |^)(if|si|если|бы|suppose|supposing|say)( [a-zа-я]+){0,2}$/.test(text.slice(0, m.index))) continue;
    if (only && !only.test(m[1])) continue;
    const word = m[3];
    const tier = TIER_WORD[word] ?? (word.startsWith('золот') ? 'gold' : word.startsWith('серебр') ? 'silver' : undefined);
    if (tier && !out.includes(tier)) out.push(tier);
  }
  return out;
}

/** Support types the message rules out: "rien dans le cloud", "nothing in the cloud", "не в облаке", "not on-prem". */
// The nearest support word, never across "but": "не облако, а локальный" rules out the cloud only.
const NEGATED_SUPPORT = / (not|no|nothing|none|never|rien|pas|aucun|aucune|jamais|не|ни|ничего|нет) ((?!(?:а|но|but|mais|and|et|и) )[a-zа-я]+ ){0,2}?(cloud|облак[а-я]*|облачн[а-я]*|on prem[a-z]*|onprem[a-z]*|on premises|локальн[а-я]*|sur site|locaux|local) /;

/** Ruled out after the word ("… или нет", "or not" is a question, not this): "облака нет", "облако нас не интересует", "cloud is not relevant", "le cloud, pas besoin". */
const SUPPORT_THEN_NEGATED = / (cloud|облак[а-я]*|облачн[а-я]*|on prem[a-z]*|onprem[a-z]*|онпрем[а-я]*|on premises|локальн[а-я]*|local|locaux) ((?!(?:или|or|ou|ли) )[a-zа-я]+ ){0,2}?(нет|не нужн[а-я]*|не надо|не интересу[а-я]*|не актуальн[а-я]*|не важн[а-я]*|not relevant|not needed|not interested|doesn t matter|does not matter|irrelevant|pas besoin|ne nous interesse pas|ne m interesse pas|sans importance) /;
/** Kept with "only": "только онпрем", "only cloud", "uniquement en local". */
const ONLY_SUPPORT = / (only|just|только|лишь|исключительно|seulement|uniquement|juste) ([a-zа-я]+ )?(cloud|облак[а-я]*|облачн[а-я]*|on prem[a-z]*|onprem[a-z]*|онпрем[а-я]*|on premises|локальн[а-я]*|local|locaux) /;

const supportTypeOfWord = (word: string): SupportType => (/^(cloud|облак|облачн)/.test(word) ? 'cloud' : 'onPremises');

export function negatedSupportTypes(words: readonly string[]): SupportType[] {
  const text = ` ${words.join(' ')} `;
  const out: SupportType[] = [];
  const after = SUPPORT_THEN_NEGATED.exec(text);
  if (after) out.push(supportTypeOfWord(after[1]));
  const only = ONLY_SUPPORT.exec(text);
  if (only) {
    const other: SupportType = supportTypeOfWord(only[3]) === 'cloud' ? 'onPremises' : 'cloud';
    if (!out.includes(other)) out.push(other);
  }
  const re = new RegExp(NEGATED_SUPPORT.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    re.lastIndex = m.index + 1;
    // "cloud or not, …", "облако или нет": a question, not a support type ruled out.
    if (/ (or|или|ou|ли)$/.test(text.slice(0, m.index))) continue;
    const type: SupportType = /^(cloud|облак|облачн)/.test(m[3]) ? 'cloud' : 'onPremises';
    if (!out.includes(type)) out.push(type);
  }
  return out;
}

/** Words that rule out what follows: "EMM, not Windows and Devices", "а не Data Analytics", "pas Sécurité". */
const RULES_OUT = new Set(['not', 'instead', 'rather', 'не', 'ни', 'вместо', 'pas', 'lieu']);

/** Competencies the message rules out: each named within a few words after "not", "а не", "au lieu de"… */
export function negatedCompetencies(words: readonly string[], locale?: Locale): readonly (CloudCompetency | 'other')[] {
  const out: (CloudCompetency | 'other')[] = [];
  words.forEach((w, i) => {
    if (!RULES_OUT.has(w)) return;
    // "instead of X", "rather than X", "au lieu de X", "plutôt que X": skip the small word after.
    const from = /^(of|than|de|que|d)$/.test(words[i + 1] ?? '') ? i + 2 : i + 1;
    const [first] = readSlots(words.slice(from, from + 4), locale).mentions.competencies;
    if (first !== undefined && !out.includes(first)) out.push(first);
  });
  return out;
}

/** Asking for the last answer again: "remind me", "what was it again", "напомни", "повтори", "rappelle-moi". */
const ASKS_AGAIN = new RegExp(
  '(?<![\\p{L}])(remind me|(say|tell me) (it|that) again|repeat (it|that|the answer)|what was (it|that)|how many was it|where were we|what (was|s|is) the (answer|number|figure)|what did you (say|answer)|what (were|was) you saying|напомни|напомните|повтори|повторите|сколько там было|на ч[её]м мы остановились|что ты (ответил|сказал|говорил)|что вы (ответили|сказали|говорили)|како[йи] был ответ|какая была цифра|что там было|rappelle moi|rappelez moi|repete|repetez|redis moi|redites moi|c etait combien|on en etait ou|ou on en etait|c etait quoi la reponse|quelle etait la reponse|tu disais quoi|qu est ce que tu (disais|as dit|as repondu))(?![\\p{L}])',
  'u',
);

export function asksAgain(raw: string): boolean {
  return ASKS_AGAIN.test(raw.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, ' '));
}

/** "no", "нет", "non": a correction only near the start ("no cloud competency" is not one). */
const SHORT_NEGATIONS = new Set(['no', 'нет', 'non', 'wait']);

/** Membership names as normalized words: a "no" between two of them corrects the first ("Silver… no, Gold"). */
const TIER_WORDS = /^(gold|silver|action|голд|сильвер|силвер|золот|серебр|экшн)/;

/** Words of a support type ("облачных инцидентов… нет, простите, по локальному"). */
const SUPPORT_WORDS = /^(cloud|облак|облачн|prem|premises|onprem|локальн|nuage|locaux|locale?s?$)/;

/** A membership (or a support type) is named before word `i` and another after it. */
function betweenTiers(words: readonly string[], i: number): boolean {
  const around = (re: RegExp) => words.slice(0, i).some((w) => re.test(w)) && words.slice(i + 1).some((w) => re.test(w));
  return around(TIER_WORDS) || around(SUPPORT_WORDS);
}

/** What a short message does in a conversation, beyond its slots. */
export type ConversationCue = 'followUp' | 'statement' | 'correction';

/** Cues split into words once, indexed by their first word (a message is read against them on every turn). */
type CueIndex = ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
const CUE_INDEXES = new WeakMap<readonly string[], CueIndex>();

function cueIndex(cues: readonly string[]): CueIndex {
  let index = CUE_INDEXES.get(cues);
  if (!index) {
    const built = new Map<string, string[][]>();
    for (const cue of cues) {
      // Cues are compared with normalized words: "ой" is "ои" there, "ещё" is "еще".
      const parts = tokenize(normalizeText(cue));
      if (parts.length === 0) continue;
      built.set(parts[0], [...(built.get(parts[0]) ?? []), parts]);
    }
    index = built;
    CUE_INDEXES.set(cues, index);
  }
  return index;
}

/** The number of words of the cue `words` starts at `from`, 0 for none (the first listed cue that fits). */
function cueLength(words: readonly string[], cues: readonly string[], from = 0): number {
  const candidates = cueIndex(cues).get(words[from]);
  if (!candidates) return 0;
  for (const parts of candidates) if (parts.every((p, i) => words[from + i] === p)) return parts.length;
  return 0;
}

function startsWith(words: readonly string[], cues: readonly string[]): boolean {
  return cueLength(words, cues) > 0;
}

/** The words after any leading "ok", "ладно", "d'accord"… */
function afterAcknowledgements(words: readonly string[]): readonly string[] {
  let rest = words;
  for (let n = cueLength(rest, LEADING_ACKNOWLEDGEMENTS); n > 0 && rest.length > n; n = cueLength(rest, LEADING_ACKNOWLEDGEMENTS)) {
    rest = rest.slice(n);
  }
  return rest;
}

/**
 * "and Silver?", "а для облака?", "et avec Security ?" (a follow-up that changes one detail of the last
 * question) or "We are a Gold partner", "у нас экшн пак", "nous sommes Silver" (a fact about the
 * organization). Undefined for anything else.
 */
export function conversationCueOf(message: readonly string[]): ConversationCue | undefined {
  const words = afterAcknowledgements(message);
  // "ugh, sorry, I meant Silver", "а, нет, ...": a correction cue among the first words; an unambiguous one
  // ("sorry", "I meant", "то есть", "plutôt"…) anywhere ("we're silver — sorry, gold since May").
  for (let i = 0; i < words.length; i++) {
    const n = cueLength(words, CORRECTION_CUES, i);
    if (n > 0 && (i < 4 || !SHORT_NEGATIONS.has(words[i]) || betweenTiers(words, i))) return 'correction';
  }
  if (startsWith(words, STATEMENT_CUES)) return 'statement';
  if (startsWith(words, FOLLOW_UP_CUES)) return 'followUp';
  return undefined;
}

const QUESTION_WORDS = new Set([
  'how', 'what', 'which', 'where', 'when', 'why', 'can', 'do', 'does',
  'сколько', 'как', 'какой', 'какая', 'какие', 'где', 'когда', 'почему', 'можно', 'ли', 'что', 'кто', 'зачем',
  'combien', 'comment', 'quel', 'quelle', 'quels', 'quelles', 'quand', 'pourquoi', 'que', 'quoi', 'qui',
]);

const NORMAL_QUESTION_WORDS: ReadonlySet<string> = new Set([...QUESTION_WORDS].map((w) => normalizeText(w)));

/** Indefinite pronouns ("какой-то бред", "что-нибудь") are no question words. */
const INDEFINITE = /(?<![\p{L}])(какой|какая|какое|какие|что|кто|где|когда|как|почему)[-\s](то|нибудь|либо)(?![\p{L}])/giu;
/** Where a sentence starts: a question word asks only near there ("…, which we can't get working" does not). */
const CLAUSE_START = /[.!;:\n\u2014\u2013]+/;
const QUESTION_WORD_REACH = 3;
/** A count asked anywhere ("a customer wants to know how many incidents…"): never a relative clause. */
const ASKS_A_COUNT = / (how many|how much|сколько|скока|combien) /;
/** "…, can you check", "…, est-ce que", "…, можешь проверить": a question after a comma by its form. */
const ASKING_INVERSION = / ((can|could|would|will|do|does|did|is|are) (you|we|i|it|they|there)|est ce|peux tu|pouvez vous|peut on|можешь|можете|можно ли|подскажи|подскажите) /;
/** After a comma only words that cannot start a relative clause ask ("…, which we can't get working" does not). */
const ASKING_AFTER_COMMA: ReadonlySet<string> = new Set(
  ['how', 'what', 'where', 'when', 'why', 'сколько', 'скока', 'как', 'какой', 'какие', 'какая', 'где', 'когда', 'почему', 'зачем', 'combien', 'comment', 'quel', 'quelle', 'quels', 'quelles', 'quand', 'pourquoi'].map((w) => normalizeText(w)),
);

/** Words that also start a relative clause after a noun ("Teams meetings that drop", "réunions qui coupent"). */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['which', 'что', 'кто', 'где', 'когда', 'que', 'qui', 'quand'].map((w) => normalizeText(w)));
/** What may come before a question word that still asks ("and who…", "alors qui…", "c'est qui…", "а кто…"). */
const BEFORE_QUESTION_WORD: ReadonlySet<string> = new Set(
  ['and', 'so', 'but', 'then', 'ok', 'okay', 'et', 'alors', 'mais', 'donc', 'bon', 'c', 'est', 'ce', 'а', 'и', 'но', 'так', 'ну', 'ок', 'это', 'тогда', 'ладно'].map((w) => normalizeText(w)),
);

/** A relative pronoun after a noun, not a question word: "réunions Teams qui coupent", "сервер, что упал". */
function startsRelativeClause(words: readonly string[], i: number): boolean {
  return i > 0 && RELATIVE_WORDS.has(words[i]) && !BEFORE_QUESTION_WORD.has(words[i - 1]);
}

/**
 * A question rather than a plain statement: a question mark, or a question word among the first words of a
 * clause ("so how many for cloud", "ok, what about Silver"); not "we can't get it working", "в логах какой-то бред".
 */
export function isQuestionText(raw: string): boolean {
  if (/[?？¿]/.test(raw)) return true;
  if (ASKS_A_COUNT.test(` ${tokenize(normalizeText(raw)).join(' ')} `)) return true;
  for (const clause of raw.toLowerCase().replace(INDEFINITE, ' ').split(CLAUSE_START)) {
    const [head, ...rest] = clause.split(',');
    const words = afterAcknowledgements(tokenize(normalizeText(head)));
    if (words.slice(0, QUESTION_WORD_REACH).some((w, i) => NORMAL_QUESTION_WORDS.has(w) && !startsRelativeClause(words, i))) return true;
    for (const part of rest) {
      const after = afterAcknowledgements(tokenize(normalizeText(part)));
      if (after.slice(0, 2).some((w) => ASKING_AFTER_COMMA.has(w)) || ASKING_INVERSION.test(` ${after.slice(0, 3).join(' ')} `)) return true;
    }
  }
  return false;
}
