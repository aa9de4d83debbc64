import { PRODUCT_NAMES, UI_TEXT } from '../domain/catalog';
import { TopicIntent } from '../domain/types';

/** What users copy from a screen or name as a product: quoted, not written in their own words. */

export type ErrorIntent = Extract<TopicIntent, 'errorNotAuthorized' | 'errorNoBenefits' | 'errorAccessIdAssociated'>;

/**
 * The error messages as the portals show them: English from the catalog, Russian and French as the
 * localized portals word them (the article's translations). A message containing one of these
 * fragments is that error, whatever else it says.
 */
export const ERROR_QUOTES: Readonly<Record<ErrorIntent, readonly string[]>> = {
  errorNotAuthorized: [
    UI_TEXT.errorNotAuthorized,
    'you are not authorised for this action',
    'у вас нет права на это действие',
    "vous n'êtes pas autorisé à effectuer cette action",
  ],
  errorNoBenefits: [
    UI_TEXT.errorNoBenefits,
    'you do not have any benefits yet',
    'похоже, у вас еще нет преимуществ',
    "vous n'avez pas encore d'avantages",
  ],
  errorAccessIdAssociated: [
    ...UI_TEXT.errorAccessIdAssociated.split('. '),
    'access id is already associated',
    // People quote the error by its two distinctive words ("Link support benefits says 'already associated'").
    'already associated',
    'этот идентификатор доступа уже связан с учетной записью',
    'для получения нового идентификатора доступа обратитесь к менеджеру',
    "cet ID d'accès est déjà associé à un compte",
    "l'ID d'accès est déjà associé",
    "contacter votre responsable technique de compte pour obtenir un nouvel ID d'accès",
  ],
};

/**
 * On-screen texts and English product names, and the fragments of them users paste. The language
 * detector sets them aside: "erreur : access ID is already associated" is French.
 */
export const SCREEN_FRAGMENTS: readonly string[] = [
  ...Object.values(UI_TEXT).flatMap((t) => t.split('. ')),
  ...Object.values(PRODUCT_NAMES),
  ...Object.values(ERROR_QUOTES).flat(),
  'not authorized for this action',
  'not authorised for this action',
  'looks like you dont have any benefits yet',
  "don't have any benefits yet",
  'dont have any benefits yet',
  'already associated to an account',
  'technical account manager',
  'technical presales and deployment',
  'premier support',
  'advanced support',
];
