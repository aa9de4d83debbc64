import { PRODUCT_NAMES, UI_TEXT } from '../domain/catalog';
import { Locale } from '../domain/types';
import { SCREEN_FRAGMENTS } from './screenText';
import { hasCyrillic, normalizeText, prepareText, PreparedText, tokenize } from './text';

/**
 * Which language a message is written in: Cyrillic → ru; otherwise English and French words that
 * only one of the two languages uses, accents and French elisions ("l'ID", "d'incidents") are
 * counted. Product names, on-screen labels and quoted text are set aside first: a French user
 * pasting "You are not authorized for this action" is still writing French.
 * Undefined when nothing tells ("Gold", "ok", "10", "CSP").
 *
 * NLP.js's own guesser is not used: the language-min data it ships scores English and French
 * alike on short messages.
 */

const EN_WORDS: ReadonlySet<string> = new Set(
  (
    'the is are was were be been being do does did don doesn didn can cant could should would will ' +
    'won wont how what whats where who whom which why when we our ours us my i im ive you your they ' +
    'their it its this that these those there here of to for with from in at by about any some many ' +
    'much not no yes have has had get got need needs want please pls plz thanks thank thx hi hello hey ' +
    'help and but if after before only every each all still left remaining account accounts benefit ' +
    'benefits partner partners competency competencies level tier request requests open opening create ' +
    'activate activated activating see show find error says said paid plans buy included include ' +
    'covered cover covers contract contracts access link linked lost used using use tell give send ' +
    'someone anyone our whole just also already new other another does per year much more many ' +
    'should shall must may might right wrong portal shows showing displayed nothing empty ' +
    'yet member membership sign signed logged login purchase price cost costs available enough ' +
    'count counts counted counting considered list kind between which issue ' +
    'issues problem problems customer customers behalf workload ' +
    'button click clicked nothing happened thank cheers bye morning afternoon ' +
    'evening good great awesome cool sure'
  ).split(' '),
);

const FR_WORDS: ReadonlySet<string> = new Set(
  (
    'le la les des du de un une et est sont nous vous je tu il elle ils elles ne pas pour avec dans sur ' +
    'que qui quoi quel quelle quels quelles comment combien ou au aux mon ma mes notre nos votre vos ' +
    'ce cet cette ces y faut peut peuvent puis avons avez ont suis sommes etes etre avoir fait faire ' +
    'ca oui merci bonjour bonsoir salut coucou aide svp stp encore deja aussi mais donc car tres ' +
    'pourquoi quand depuis chez comme tout tous toute toutes rien aucun aucune besoin erreur compte ' +
    'comptes avantage avantages demande demandes partenaire partenaires niveau ' +
    'contrat contrats activer activez ouvrir ouvre creer cree voir vois trouver ' +
    'trouve montre montrer affiche afficher donne donner dit disent reste restent restants restant ' +
    'identifiant identifiants lien portail abonnement entreprise gratuits gratuit payant payants ' +
    'payante acheter achete prend prendre quelqu veux voudrais pouvez pouvons dois doit devons ' +
    'savoir sais connais marche fonctionne probleme produit produits locaux serveur serveurs ' +
    'utilisateur utilisateurs autorise autorisee apres avant seulement chaque fois premiere ' +
    'nouveau nouvel nouvelle autre autres liste parle parler explique annuler annule arrete laisse ' +
    'tomber oublie quitter perdu sujets connais reponds infos bonne journee ' +
    // Price words around an English product name ("tarif … par mois").
    'par tarif tarifs prix cout couts mois annuel annuelle mensuel combien'
  ).split(' '),
);

const ACCENTED = /[àâäçéèêëîïôöùûüÿœæ]/i;
/** "l'ID", "d'incidents", "qu'est", "j'ai", "c'est", "n'est", "s'il", "m'aider", "t'utiliser". */
const FRENCH_ELISION = /(^|[^a-z])(l|d|j|qu|c|n|s|m|t)'[a-z]/g;

/** Text a user pastes or names rather than writes (three words or more): not evidence of their language. */
const SCREEN_TEXT: readonly { fragment: string; whole: RegExp }[] = [...new Set(SCREEN_FRAGMENTS.map(normalizeText))]
  .filter((fragment) => fragment.split(' ').length >= 3)
  .sort((a, b) => b.length - a.length)
  .map((fragment) => {
    const escaped = fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return { fragment, whole: new RegExp(`(^|[^a-z0-9\u0430-\u044f])${escaped}(?=$|[^a-z0-9\u0430-\u044f])`, 'g') };
  });

/**
 * Names the article keeps in English whatever the language ("Access ID : AID-…", "mon Contract ID"): not evidence
 * either. The catalog's own labels and product names, shorter than the pasted texts above (plural allowed).
 */
const ENGLISH_LABELS = new RegExp(
  `(^|[^a-z])(${[
    UI_TEXT.accessId,
    UI_TEXT.contractId,
    UI_TEXT.helpAndSupport,
    UI_TEXT.supportPlans,
    UI_TEXT.linkSupportBenefits,
    PRODUCT_NAMES.supportForBusiness,
    PRODUCT_NAMES.cloud,
    PRODUCT_NAMES.onPremises,
    'Partner Center',
  ]
    .map((label) => `${tokenize(normalizeText(label)).join(' ')}s?`)
    .join('|')})(?=$|[^a-z])`,
  'g',
);

function withoutQuotedText(normalized: string): string {
  let rest = normalized.includes('"') ? normalized.replace(/"[^"]*"/g, ' ') : normalized;
  for (const { fragment, whole } of SCREEN_TEXT) {
    if (rest.includes(fragment)) rest = rest.replace(whole, '$1 ');
  }
  // After the pasted texts, which may contain them ("This Access ID is already associated…").
  return rest.replace(ENGLISH_LABELS, '$1 ');
}

function score(normalized: string, words: readonly string[], accentedWords: number): { en: number; fr: number } {
  let en = 0;
  let fr = accentedWords;
  for (const word of words) {
    if (EN_WORDS.has(word)) en += 1;
    if (FR_WORDS.has(word)) fr += 1;
  }
  fr += (normalized.match(FRENCH_ELISION) ?? []).length;
  return { en, fr };
}

/** The score of a message that is nothing but a paste; the labels kept in English everywhere ("Contract ID : …") say nothing of the language even then. */
function pasteScore(normalized: string, accented: number): { en: number; fr: number } {
  const pasted = normalized.replace(ENGLISH_LABELS, '$1 ');
  return score(pasted, tokenize(pasted), accented);
}

/** Names of the programme, its portals and roles, kept in English by every language's answers. */
const ENGLISH_NAMES =
  /\b(small and midmarket cloud solutions|cloud business applications|enterprise mobility management|cloud platform|cloud productivity|security|support for business|partner center|signature cloud support|microsoft product support|premier support for partners|advanced support for partners|action pack|global admin(istrator)?|mpn partner admin|help \+ support|azure portal|access id|contract id|gold|silver)\b/g;

export function detectLanguage(text: string): Locale | undefined {
  return detectLanguageOf(prepareText(text));
}

/** `detectLanguage` on a message already normalized and split (see text.ts). */
export function detectLanguageOf(message: PreparedText): Locale | undefined {
  const { raw, normalized, words } = message;
  if (hasCyrillic(raw)) return 'ru';
  // The on-screen texts we set aside are English, without accents: every accent is the user's.
  const accented = ACCENTED.test(raw) ? raw.split(/\s+/).filter((w) => ACCENTED.test(w)).length : 0;
  // Names kept in English in every language ("Small and Midmarket Cloud Solutions", "Support for Business") say nothing
  // of it: a message that is only such a name has no language of its own (the conversation's locale answers it).
  // Score the user's own words; if the message is nothing but a paste, score the paste.
  const quoted = withoutQuotedText(normalized);
  const own = quoted.replace(ENGLISH_NAMES, ' ');
  if (own !== quoted && tokenize(own).length === 0) return undefined;
  const ownScore = own === normalized ? score(normalized, words, accented) : score(own, tokenize(own), accented);
  const { en, fr } = ownScore.en + ownScore.fr > 0 ? ownScore : pasteScore(normalized, accented);
  if (en === fr) return undefined;
  return en > fr ? 'en' : 'fr';
}
