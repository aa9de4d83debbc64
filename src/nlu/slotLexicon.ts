import { CloudCompetency, CompetencyKind, Locale, SupportType, Tier } from '../domain/types';

/**
 * The words behind each slot value, in en / ru / fr, as data.
 *
 * A pattern is a sequence of space-separated word matchers, compared with the words of the
 * normalized message (lower case, no accents, ё → е, hyphens and apostrophes split words):
 *   word     the word itself
 *   word*    any word starting with it (Russian and French inflections: "облачн*", "competence*")
 *   ~word    the word or a typo of it (one edit, same first letter; words of 5+ letters)
 *   a|b      either
 * Longer patterns win over shorter ones, and a word used by one value is not reused by another:
 * the "cloud" of "Cloud Platform" or "cloud competency" does not also mean cloud support.
 */
export interface LexiconEntry<V> {
  value: V;
  patterns: readonly string[];
  /** Only in messages of these languages (for words that are common words elsewhere). */
  locales?: readonly Locale[];
}

const COMPETENCY_WORD = 'competen*|competan*|compentenc*|comptenc*|compet|comp|компетенц*|компетнц*';

export const COMPETENCY_LEXICON: readonly LexiconEntry<CloudCompetency | 'other'>[] = [
  {
    value: 'security',
    patterns: [
      '~security',
      'secruity|securty|securiy|secuirty',
      '~securite',
      'безопасност*|безопастност*|кибербезопасност*',
    ],
  },
  {
    value: 'cloudBusinessApplications',
    patterns: [
      '~cloud business ~applications|apps|app',
      'business ~applications|apps',
      'cba',
      'applications|application|apps metier*|metiers',
      'applications|apps d entreprise|entreprises cloud',
      'applications|apps commerciales cloud',
      'облачн* бизнес приложени*',
      'бизнес приложени*',
      'облачн* business ~applications|apps',
    ],
  },
  {
    value: 'cloudPlatform',
    patterns: [
      '~cloud ~platform|plateform|platfrom|plaform',
      'plateforme*|plateform*|platform* cloud|nuage|infonuagique*',
      'plateforme*|plateform* du|de cloud|nuage',
      'plateforme*|plateform* dans le cloud|nuage',
      'plate forme* cloud|nuage',
      'plate forme* du cloud|nuage',
      'облачн* платформ*',
      'платформ* облак*',
      'облачн* platform*',
    ],
  },
  {
    value: 'cloudProductivity',
    patterns: [
      '~cloud ~productivity|productivty|productivy|producitvity|prodcutivity',
      '~productivity|productivty|producitvity',
      'productivite|productivit du|de cloud|nuage',
      'productivite|productivit dans le cloud|nuage',
      'productivite|productivit cloud|nuage|infonuagique*',
      'productivite',
      'производительност* облак*',
      'облачн* производительност*|продуктивност*',
      'продуктивност* облак*',
      'продуктивност*',
      'облачн* productivity',
    ],
  },
  {
    value: 'enterpriseMobilityManagement',
    patterns: [
      '~enterprise ~mobility ~management',
      '~enterprise ~mobility',
      '~mobility ~management',
      'emm',
      'gestion de la mobilite d entreprise',
      'gestion de la mobilite',
      'gestion mobilite',
      'mobilite d entreprise',
      'mobilite entreprise',
      'управлени* мобильност* предприяти*',
      'управлени* корпоративн* мобильност*',
      'управлени* мобильност*',
      'мобильност* предприяти*',
      'корпоративн* мобильност*',
    ],
  },
  {
    value: 'smallMidmarketCloudSolutions',
    patterns: [
      'small and|et midmarket|mid cloud solution*',
      'small and|et mid market cloud solution*',
      'small midmarket|mid cloud solution*',
      'small mid market cloud solution*',
      'small and|et midmarket|midsize',
      'small and|et mid market|size',
      'small midmarket',
      'midmarket cloud solution*',
      'smb|smmcs|smcs|smbcs',
      'solutions|solution cloud pour les|des petites et moyennes entreprises',
      'solutions|solution cloud petites et moyennes',
      'solutions|solution cloud pour pme',
      'solutions|solution cloud pme',
      'petites et moyennes entreprises',
      'petites et moyennes',
      'pme',
      'облачн* решени* для мал* и средн* бизнес*|предприяти*',
      'облачн* решени* мал* и средн*',
      'небольш* и средн* облачн* решени*',
      'мал* и средн* бизнес*|предприяти*',
      'мал* и средн*',
      'мсб|смб',
    ],
  },
  {
    value: 'other',
    patterns: [
      // Competencies the article does not list as cloud.
      'data ~analytics',
      '~analytics',
      'analyse|analytique des|de donnees',
      'аналитик* данных',
      'анализ* данных',
      '~application|app development|dev',
      'developpement|dev d applications|application',
      'разработк* приложени*|по',
      'datacenter|datacentre',
      'data center|centre',
      'centre de donnees',
      'центр* обработки данных',
      'цод',
      'датацентр*',
      'дата центр*',
      '~collaboration and|et|и content|contenu|контент*',
      'совместн* работ* и контент*',
      'windows and|et|и devices|appareils|peripheriques|устройств*',
      'data platform',
      'plateforme|plateformes de donnees',
      'plate forme de donnees',
      'платформ* данных',
      'devops|девопс',
      '~messaging',
      'messagerie',
      'обмен* сообщени*',
      'intelligent communications',
      'communications unifiees',
      'unified communications',
      'project and portfolio management',
      'gestion de projets et de portefeuilles',
      'управлени* проект*',
      'enterprise resource planning',
      'planification des ressources d entreprise',
      'erp',
      'application integration',
      'integration d applications',
      'интеграци* приложени*',
      'software asset management',
      'midmarket solution provider',
      'isv',
    ],
  },
];

export const COMPETENCY_KIND_LEXICON: readonly LexiconEntry<CompetencyKind>[] = [
  {
    value: 'other',
    patterns: [
      `other|another|different|diffrent|non ${COMPETENCY_WORD}`,
      `non cloud ${COMPETENCY_WORD}`,
      `noncloud|non-cloud ${COMPETENCY_WORD}`,
      `not a cloud ${COMPETENCY_WORD}`,
      `autre|autres ${COMPETENCY_WORD}`,
      `${COMPETENCY_WORD} non cloud|infonuagique*`,
      `${COMPETENCY_WORD} hors cloud`,
      `pas une ${COMPETENCY_WORD} cloud`,
      `друг*|иная|иной|иные|иных|иную|прочи* ${COMPETENCY_WORD}`,
      `не облачн* ${COMPETENCY_WORD}`,
      `необлачн* ${COMPETENCY_WORD}`,
      // Having none of the cloud ones: "without a cloud competency", "sans compétence cloud", "без облачной компетенции".
      `without|no a|any cloud ${COMPETENCY_WORD}`,
      `without cloud ${COMPETENCY_WORD}`,
      `no cloud ${COMPETENCY_WORD}`,
      `sans|pas|aucune ${COMPETENCY_WORD} cloud`,
      // "on n'a plus de compétence cloud", "plus aucune compétence cloud".
      `plus de|aucune ${COMPETENCY_WORD} cloud`,
      `sans|pas|aucune de ${COMPETENCY_WORD} cloud`,
      `без|нет облачн* ${COMPETENCY_WORD}`,
      // "we don't have any of the cloud competencies", "ни одной облачной компетенции", "aucune des compétences cloud".
      `any|none of the cloud ${COMPETENCY_WORD}`,
      // "which is not one of the cloud ones", "не из облачных", "pas une des compétences cloud".
      `not one of the cloud ones|competencies|competences`,
      `не из облачных`,
      `pas une|aucune des ${COMPETENCY_WORD} cloud`,
      `ни одн* облачн* ${COMPETENCY_WORD}`,
      // Said of the competency: "our competency isn't a cloud one", "компетенция не облачная", "la compétence n'est pas cloud".
      `${COMPETENCY_WORD} isn|isnt|aint t|not a|an cloud one|competency|competence`,
      `${COMPETENCY_WORD} is|s not|nt a|an cloud one|competency|competence`,
      `${COMPETENCY_WORD} is|s not|nt a|an cloud`,
      `${COMPETENCY_WORD} isn t a|an cloud`,
      `${COMPETENCY_WORD} isn t cloud`,
      `${COMPETENCY_WORD} isnt a|an cloud`,
      `${COMPETENCY_WORD} isnt cloud`,
      `${COMPETENCY_WORD} is|s not cloud`,
      `${COMPETENCY_WORD} not cloud`,
      `${COMPETENCY_WORD} не облачн*|облако`,
      `${COMPETENCY_WORD} у нас не облачн*`,
      `${COMPETENCY_WORD} n est|etait pas cloud|infonuagique*`,
      `${COMPETENCY_WORD} n est|etait pas une ${COMPETENCY_WORD} cloud`,
      `${COMPETENCY_WORD} n est|etait pas dans le cloud`,
      `${COMPETENCY_WORD} pas cloud`,
      `aucune des ${COMPETENCY_WORD} cloud`,
      // Losing it, as a fact or a hypothesis: "if we lose the cloud competency", "потеряем облачную компетенцию",
      // "si on perd la compétence cloud".
      `lose|lost|losing|drop|dropped|dropping the|our|a cloud ${COMPETENCY_WORD}`,
      `lose|lost|losing|drop|dropped|dropping cloud ${COMPETENCY_WORD}`,
      // "assume our cloud competency lapses", "keep no cloud competency", "none of our competencies are cloud ones".
      `keep|have|hold no cloud ${COMPETENCY_WORD}`,
      `none of our|the ${COMPETENCY_WORD} are|is cloud`,
      `none of our|the ${COMPETENCY_WORD} are|is cloud ones|one`,
      `потеря*|лишим*|лишил*|лишат*|утрат* облачн* ${COMPETENCY_WORD}`,
      `потеря*|утрат* нашу облачн* ${COMPETENCY_WORD}`,
      `perd|perds|perdons|perdre|perdu|perdait|perdions|perdrait la|notre|une ${COMPETENCY_WORD} cloud`,
    ],
  },
  {
    value: 'cloud',
    patterns: [
      `~cloud ${COMPETENCY_WORD}`,
      `~cloud based ${COMPETENCY_WORD}`,
      `${COMPETENCY_WORD} cloud|nuage|infonuagique*`,
      `${COMPETENCY_WORD} du|de cloud|nuage`,
      `${COMPETENCY_WORD} dans le cloud|nuage`,
      `облачн* ${COMPETENCY_WORD}`,
      `${COMPETENCY_WORD} облак*`,
      `${COMPETENCY_WORD} в облак*`,
    ],
  },
];

/** Words that contain a slot word but name something else: consumed, no value. */
export const NEUTRAL_PATTERNS: readonly string[] = [
  'cloud solution|solutions provider*|provaider',
  'fournisseur* de|des solution|solutions cloud',
  'поставщик* облачн* решени*',
  'advanced support for partners',
  'advanced cloud support',
];

export const PRODUCT_LEXICON: readonly LexiconEntry<SupportType>[] = [
  {
    value: 'cloud',
    patterns: [
      'signature cloud support',
      'partner cloud support',
      'signature cloud',
      'prise en charge du cloud de signature',
      'support cloud signature',
    ],
  },
  {
    value: 'onPremises',
    patterns: ['microsoft product support', 'partner on premises|premise|prem support', 'support for business'],
  },
];

export const TIER_LEXICON: readonly LexiconEntry<Tier>[] = [
  {
    value: 'actionPack',
    patterns: [
      '~microsoft ~action pack|pak|pac|packs',
      '~action pack|pak|pac|packs',
      'actionpack*|actionpak|actonpack',
      'maps',
      'экшн|экшен|акшн|экшнн пак*',
      'экшнпак*|экшенпак*',
      'action пак*',
    ],
  },
  {
    value: 'silver',
    patterns: ['~silver', 'slvr|silv|slver|silvr|sliver|silevr|siver', 'серебр*|сильвер*|силвер*|сильвр*', 'argente*'],
  },
  {
    value: 'gold',
    patterns: ['gold*|glod|gol|gld|goold|gokd|gpld', 'golden', 'голд*|золот*'],
  },
];

/**
 * French tier words that are also ordinary words ("or" = "now/yet", "argent" = "money"):
 * a tier only in a tier context (see `slots.ts`).
 */
export const FRENCH_AMBIGUOUS_TIERS: Readonly<Record<string, Tier>> = { or: 'gold', argent: 'silver' };

/** Words after which a French "or" / "argent" names a tier: "partenaire Or", "niveau argent", "compétence Or". */
export const FRENCH_TIER_CONTEXT: readonly string[] = [
  'partenaire',
  'partenaires',
  'partner',
  'niveau',
  'niveaux',
  'competence',
  'competences',
  'membre',
  'membres',
  'membership',
  'statut',
  'palier',
  'abonnement',
  'offre',
  'offres',
  'adhesion',
  'categorie',
  'rang',
  'certification',
  'certifie',
  'certifies',
  'label',
  'sommes',
  'suis',
  'etes',
  'est',
  'sont',
];

export const SUPPORT_LEXICON: readonly LexiconEntry<SupportType>[] = [
  {
    value: 'onPremises',
    patterns: [
      'on ~premises|premise|premisses|premices|premis|prem|prems|premice',
      'onprem*|onpremis*|on-prem*',
      'in house',
      'локальн*|локальк*|лакальн*',
      'он прем*',
      'онпрем*|онпремис*',
      'on прем*',
      'sur site|place',
      'sur les|nos serveurs',
    ],
  },
  {
    value: 'onPremises',
    locales: ['fr'],
    patterns: ['en local', 'local|locaux|locale|locales'],
  },
  {
    value: 'cloud',
    patterns: [
      '~cloud|clod|clowd|cloudd',
      'облак*|облачн*|облоч*|клауд*',
      'nuage*|infonuagique*|infonuage',
    ],
  },
];

/**
 * How a follow-up starts (normalized words): "and Silver?", "what about cloud?", "а у Silver?",
 * "а для облака?", "et pour Silver ?", "et avec Security ?". The message changes one detail of the
 * last question and keeps the rest.
 */
export const FOLLOW_UP_CUES: readonly string[] = [
  'and',
  'what about',
  'how about',
  'same for',
  'same question for',
  'what if',
  'а',
  'ну а',
  'и для',
  'и у',
  'то же для',
  'а если',
  'et',
  'quid de',
  'meme question pour',
  'pareil pour',
  'et si',
];

/**
 * Acknowledgements a follow-up or a statement may start with ("ok and what about Silver", "ладно, а для
 * облака?", "d'accord, et pour Gold ?"): skipped before the cue is looked for.
 */
export const LEADING_ACKNOWLEDGEMENTS: readonly string[] = [
  'ok', 'okay', 'k', 'fine', 'alright', 'all right', 'right', 'great', 'good', 'cool', 'got it', 'i see', 'thanks',
  'thank you', 'so', 'well', 'for context', 'some context', 'context', 'fyi', 'for your information', 'btw', 'by the way',
  'just so you know', 'for the record', 'quick context', 'background',
  'ок', 'окей', 'хорошо', 'ладно', 'понятно', 'ясно', 'отлично', 'спасибо', 'так', 'для контекста', 'к слову', 'кстати',
  'для справки', 'на всякий случай',
  'd accord', 'bien', 'tres bien', 'bon', 'super', 'parfait', 'entendu', 'merci', 'alors', 'pour le contexte', 'pour info',
  'pour information', 'pour votre information', 'au fait', 'pour contexte',
  'ha', 'haha', 'lol', 'ah', 'oh', 'hm', 'hmm', 'um', 'uh', 'euh', 'ben', 'bah', 'хм', 'ах', 'ох', 'погоди', 'слушай',
  // Back from a detour: "anyway, back to business — what about…", "короче, вернёмся к делу", "bref, revenons-en".
  'anyway', 'anyways', 'back to business', 'back to work', 'back to it', 'back to my question', 'back to the question',
  'where were we', 'so anyway', 'fair enough', 'sure', 'nice', 'interesting', 'makes sense', 'noted', 'i see now',
  'понял', 'поняла', 'ясненько', 'интересно', 'je vois', 'compris', 'interessant', 'ok merci', 'enfin bref', 'bref',
  'короче', 'вернемся к делу', 'вернемся к вопросу', 'вернемся', 'итак', 'в общем', 'так вот', 'ну',
  'bref', 'revenons en a nos moutons', 'revenons a nos moutons', 'revenons en', 'revenons a la question', 'pour revenir a ma question',
  'sinon', 'donc',
  // Back from an interruption: "ok I'm back — and on the cloud side?", "всё, я тут", "bon, j'y suis, et côté cloud ?".
  'i m back', 'i am back', 'back', 'back now', 'im back', 'here again', 'all set',
  'я тут', 'я здесь', 'я вернулся', 'я вернулась', 'вернулся', 'вернулась', 'тут',
  'j y suis', 'je suis la', 'je suis de retour', 'me revoila', 'rebonjour', 'de retour',
];

/**
 * How a statement about the person's organization starts: "We are a Gold partner", "we're Silver with
 * Security", "мы Silver с Security", "у нас экшн пак", "nous sommes Gold", "on est Silver".
 */
export const STATEMENT_CUES: readonly string[] = [
  'we are',
  'we re',
  'we have',
  'we ve',
  'our company is',
  'our membership is',
  'i am',
  'i m',
  'мы',
  'у нас',
  'наша компания',
  'у меня',
  'nous sommes',
  'nous avons',
  'on est',
  'on a',
  'notre entreprise est',
  'je suis',
  'j ai',
];

/**
 * Words that correct what was said before ("sorry, I meant Silver", "а, нет, у нас Silver", "pardon, plutôt
 * Gold"): looked for among the first words of a message. In a correction the value named last is the one meant.
 */
export const CORRECTION_CUES: readonly string[] = [
  'i meant', 'i mean', 'meant', 'sorry', 'actually', 'correction', 'oops', 'my bad', 'my mistake', 'wait', 'no', 'err', 'erm',
  'scratch that', 'my apologies', 'apologies', 'turns out', 'it turns out', 'i was wrong',
  'нет', 'то есть', 'точнее', 'вернее', 'ой', 'извини', 'извините', 'прошу прощения', 'имел в виду', 'имела в виду',
  'перепутал', 'перепутала', 'ошибся', 'ошиблась', 'извиняюсь', 'сорри', 'оказывается', 'поправка',
  'pardon', 'plutot', 'je veux dire', 'je voulais dire', 'en fait', 'non', 'desole', 'desolee', 'je me suis trompe',
  'je me suis trompee', 'erreur', 'correction', 'oups', 'toutes mes excuses', 'excusez moi', 'excuse moi', 'au temps pour moi',
  'autant pour moi', 'en realite',
  // Second thoughts, anywhere in a message ("we're Silver... on second thought, Gold since spring").
  'on second thought', 'on second thoughts', 'second thought', 'come to think of it', 'now that i think of it',
  'хотя нет', 'а нет', 'если подумать', 'подумав', 'стоп нет',
  'a la reflexion', 'reflexion faite', 'en y repensant', 'tout bien reflechi', 'a bien y reflechir',
];
