import { inNormalForm, prepareText } from './text';

/**
 * What people believe and say, so the answer can say whether they are right. People arrive with half-remembered
 * rules from an old wiki page, a colleague or last year's programme, and say them as claims to confirm ("so we get
 * 20 cloud incidents, right?", "у нас же 20 инцидентов, да?", "donc 10 incidents, c'est bien ça ?"), or push back on an
 * answer ("are you sure? my manager said 10", "а где это написано?", "d'où tu tiens ça ?"). This module only reads;
 * the handlers compare with the article's figure and lead the answer with "Yes" or "No, not 10".
 */

/** An allowance someone asserts: a number of incidents, unlimited, or none at all. */
export type ClaimedAllowance = { kind: 'count'; n: number } | { kind: 'unlimited' } | { kind: 'none' };

function spaced(text: string): string {
  return ` ${prepareText(text).words.join(' ')} `;
}

/**
 * A claim put up for confirmation: a tag at the end ("…, right?", "…, да?", "…, c'est bien ça ?", "…, non ?") or a
 * belief reported as such ("I was told…", "у нас же…", "il paraît que…"). Lexicons by meaning, in normal form.
 */
const CONFIRM_TAG = inNormalForm(
  / (right|correct|true|yes|yeah|yep|isn t it|is it|doesn t it|don t we|do we|aren t we|won t we|can t we|am i right|is that (right|correct|so|true)|that s (right|correct)|да|верно|правда|так|так ведь|ведь так|не так ли|правильно|точно|я прав|я права|c est ca|c est bien ca|n est ce pas|hein|vrai|c est vrai|correct|exact|c est juste|je me trompe|j ai bon|oui) $/,
);
const BELIEF = inNormalForm(
  / (i was told|we were told|someone told me|i ve been told|i heard|i ve heard|i read|i ve read|i thought|we thought|i believe|i m pretty sure|i m sure|as far as i know|afaik|my understanding is|supposedly|apparently|у нас же|ведь у нас|мне сказали|нам сказали|мне говорили|нам говорили|я слышал|я слышала|я читал|я читала|я думал|я думала|насколько я знаю|вроде бы|вроде как|говорят что|on m a dit|on nous a dit|j ai lu|j ai entendu|je pensais|je croyais|il parait que|apparemment|si je ne me trompe pas|a ce que je sais) /,
);
/** "…, no?" / "…, non ?" ends a claim only as the message's last word with a question mark. */
const NO_TAG = /(?:^|[\s,])(no|non|нет)\s*\?\s*$/i;

export function putsUpAClaim(text: string): boolean {
  const s = spaced(text);
  return CONFIRM_TAG.test(s) || BELIEF.test(s) || NO_TAG.test(text.trim()) || doubts(text);
}

/**
 * Pushback on what was just said: doubt ("are you sure?", "really?", "вы уверены?", "vraiment ?"), another source
 * that says otherwise ("my manager said…", "our wiki says…", "в вики написано…", "le wiki dit…"), or a request for
 * the source ("where does it say that?", "откуда информация?", "c'est écrit où ?").
 */
const DOUBT = inNormalForm(
  / (are you sure|you sure|r u sure|sure about (that|this)|is that right|is that correct|is that so|that can t be right|that doesn t sound right|sounds wrong|i doubt|i don t think so|double check|that s not what|that isn t what|doesn t match|contradicts|(my|our) (manager|boss|colleague|colleagues|team lead|lead|account manager|partner manager|pdm|wiki|docs|documentation|intranet|guide|onboarding guide|old guide|cio|cto|finance|procurement) (said|says|told|claims|mentions|states|wrote|has)|the (wiki|docs|documentation|forum|blog|guide|intranet|old page) (said|says|claims|mentions)|(it|they) said|says who|вы уверены|ты уверен|ты уверена|разве|неужели|не может быть|сомневаюсь|мне сказали|нам сказали|мне говорили|говорили|(руководитель|начальник|менеджер|коллега|коллеги|шеф|тимлид|финансисты|бухгалтерия) (сказал|сказала|сказали|говорит|говорил|говорила|утверждает|пишет)|в (вики|wiki|документации|инструкции|регламенте) (написано|сказано|указано|пишут)|на форуме (написано|пишут)|это не то что|не совпадает|противоречит|tu es sur|tu es sure|vous etes sur|vous etes sure|t es sur|sur de toi|c est pas ce que|ce n est pas ce que|ca ne correspond pas|ca contredit|j en doute|(mon|ma|notre) (manager|chef|responsable|collegue|wiki|doc|documentation|intranet|guide|dsi|direction|compta) (a dit|dit|m a dit|affirme|indique|parle de)|le (wiki|forum|guide|blog|intranet) (dit|disait|indique|parle de)) /,
);
const SOURCE = inNormalForm(
  / (where does it say|where is (that|this|it) (written|from|stated)|where did you get (that|this)|what s your source|what is your source|your source|source|sources|says who|according to (what|whom|who)|how do you know|is that official|official source|where (do|did) you get (that|this|these|those|the|your)|where (are|is) (these|those|the) (numbers|figures|number|figure) from|где (это )?(написано|сказано|указано)|откуда (у (тебя|вас) )?(вообще |же |такие )?(это|информация|данные|такие|эти|цифры|вы это взяли|ты это взял|вы знаете|знаешь)|источник|по какому документу|ссылка на источник|c est ecrit ou|(tu tiens|vous tenez) (ca|cela|ces chiffres|ces infos|cette info|cette information) d ou|(ca|cela) vient d ou|c est tire d ou|ou est ce (que c est )?ecrit|d ou tu tiens|d ou vous tenez|d ou vient|d ou ca vient|quelle source|la source|ta source|votre source|selon quoi|selon qui|c est officiel) /,
);

/** One or two words of doubt alone ("really?", "точно?", "vraiment ?", "seriously"). */
const SHORT_DOUBT = inNormalForm(/^ (really|seriously|sure|for real|truly|точно|правда|уверен[а-я]*|серьезно|вправду|vraiment|serieux|serieusement|sur|sure|c est sur) (.{0,12})$/);

/**
 * Another source said otherwise: "last year's programme guide said 25", "like the old wiki said", "в старой табличке
 * было 20", "d'après le programme de l'an dernier c'était 5", "according to our partner manager".
 */
const SOURCE_SAID = inNormalForm(
  / ((wiki|guide|doc|docs|documentation|page|programme|program|table|spreadsheet|sheet|slide|slides|deck|forum|blog|post|colleague|colleagues|coworker|manager|boss|pdm|consultant|someone|somebody|guy|people|вики|табличк[а-я]*|таблиц[а-я]*|документ[а-я]*|презентаци[а-я]*|форум[а-я]*|инструкци[а-я]*|гайд[а-я]*|стать[а-я]*|регламент[а-я]*|коллег[а-я]*|руководител[а-я]*|начальник[а-я]*|менеджер[а-я]*|кто то|tableau|document|fichier|forum|programme|collegue|collegues|chef|responsable|quelqu un) ([a-zа-я]+ ){0,3}(said|says|say|stated|states|claimed|claims|mentions|mentioned|listed|lists|shows|showed|had|told|has it|написано|пишут|пишет|сказал[а-я]*|говорит|говорил[а-я]*|было|стоит|указано|утверждает|насчитал[а-я]*|dit|disait|indique|indiquait|affiche|parle|mentionne|montre|montrait|c etait|etait)|according to (the|our|my|last|an|a)|per (the|our|my|last|an|a)|as per (the|our|my)|по словам|по данным|согласно|судя по|(d apres|selon) (le|la|les|notre|mon|ma|un|une|l)) /,
);

/** Pushback longer than this is a message of its own, not doubt of the answer just given. */
export const DOUBT_MAX_WORDS = 25;

export function doubts(text: string): boolean {
  const s = spaced(text);
  return DOUBT.test(s) || SOURCE.test(s) || SHORT_DOUBT.test(s) || SOURCE_SAID.test(s);
}

export function asksForSource(text: string): boolean {
  return SOURCE.test(spaced(text));
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
  пять: 5, пяти: 5, десять: 10, десяти: 10, пятнадцать: 15, пятнадцати: 15, двадцать: 20, двадцати: 20, тридцать: 30, пятьдесят: 50, сто: 100,
  cinq: 5, dix: 10, quinze: 15, vingt: 20, trente: 30, cinquante: 50, cent: 100,
};
/** Words after which a number is a product's or a plan's name, not a count: "Windows 11", "Office 365", "5-pack". */
const NAME_BEFORE = new Set(['windows', 'office', 'microsoft', 'dynamics', 'server', 'sql', 'exchange', 'sharepoint', 'skype', 'lync', 'visual', 'studio', 'version', 'v', 'build', 'sp', 'cu', 'release', 'm', 'm365', 'o365', 'ticket', 'tickets', 'case', 'номер', 'заявка', 'заявку', 'n', 'no']);
const NAME_AFTER = new Set(['pack', 'packs', 'year', 'years', 'day', 'days', 'hours', 'hour', 'h', 'percent', 'minutes', 'months', 'month', 'лет', 'год', 'года', 'дней', 'дня', 'часов', 'часа', 'ans', 'an', 'jours', 'heures', 'mois', 'people', 'users', 'engineers', 'человек', 'сотрудников', 'personnes']);
const UNLIMITED = inNormalForm(/ (unlimited|no limit|limitless|as many as we (want|like|need)|without (a |any )?limits?|no limits|неограничен[а-я]*|безлимит[а-я]*|без ограничени[а-я]*|без лимита|сколько угодно|illimite[a-z]*|sans limites?|autant qu on veut) /);
const NONE = inNormalForm(/ (no cloud support|none|zero|nothing for cloud|no incidents|нет облачной поддержки|ни одного|ноль|нисколько|aucun|aucune|zero incident|pas de support cloud) /);

/**
 * The allowance the message asserts, when exactly one is named; undefined when none is, or several are (a count
 * that is a product's version, a plan's "5-pack", a year or a ticket number is no claim).
 */
export function claimedAllowance(text: string): ClaimedAllowance | undefined {
  const words = prepareText(text).words;
  const counts = new Set<number>();
  words.forEach((w, i) => {
    const n = /^\d{1,3}$/.test(w) ? Number(w) : NUMBER_WORDS[w];
    if (n === undefined || n === 0 || n > 500) return;
    if (NAME_BEFORE.has(words[i - 1] ?? '') || NAME_AFTER.has(words[i + 1] ?? '')) return;
    counts.add(n);
  });
  const s = ` ${words.join(' ')} `;
  const claims: ClaimedAllowance[] = [...counts].map((n) => ({ kind: 'count' as const, n }));
  if (UNLIMITED.test(s)) claims.push({ kind: 'unlimited' });
  if (NONE.test(s)) claims.push({ kind: 'none' });
  return claims.length === 1 ? claims[0] : undefined;
}

/** Everyone, anyone: "any user can activate it, right?", "любой может активировать?", "n'importe qui peut activer ?". */
const ANYONE = inNormalForm(
  / (any user|any users|anyone|anybody|everyone|everybody|all users|all of us|any employee|every employee|all employees|all staff|any staff|every member|all members|any of us|any member|every user|whoever|regular users|normal users|любой|любого|каждый|кто угодно|все пользователи|всем пользователям|все сотрудники|каждый сотрудник|любой сотрудник|любой пользователь|обычный пользователь|обычные пользователи|n importe qui|tout le monde|tous les utilisateurs|tous les employes|tous les salaries|n importe quel utilisateur|chaque utilisateur|un simple utilisateur|les utilisateurs normaux) /,
);

/** A claim that anyone may do something (activating, in the activation answer): the article names two roles. */
export function claimsAnyoneCan(text: string): boolean {
  return putsUpAClaim(text) && ANYONE.test(spaced(text));
}

const NEGATION = inNormalForm(/ (no|not|n t|don t|doesn t|isn t|aren t|won t|without|never|none|нет|не|ни|без|никак|pas|aucun|aucune|sans|jamais|ne|n) /);
const ASKS = inNormalForm(/ (how many|how much|what|which|сколько|скока|какой|какие|каких|combien|quel|quels|quelle|quelles) /);

/**
 * "Action Pack includes cloud support, right?": a plain yes-or-no claim that the support exists, no figure named,
 * nothing negated (a negation may be about the competency, not the support), no question word.
 */
export function claimsItExists(text: string): boolean {
  const s = spaced(text);
  // The tag's own negation ("doesn't it?", "n'est-ce pas ?", "не так ли?") negates nothing.
  const claim = s.replace(CONFIRM_TAG, ' ');
  return (claim !== s || BELIEF.test(s)) && !NEGATION.test(claim) && !ASKS.test(claim);
}
