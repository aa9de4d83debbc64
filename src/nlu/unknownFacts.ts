import type { UnknownFact } from '../domain/unknownFacts';
import { PreparedText, spacedWords, wordRegExp } from './text';

/**
 * Questions about facts the article does not give: TPD hours, a phone number, the prices of the paid
 * plans, the Solutions Partner designations of the newer partner program. Read on the message's words
 * (normalized: lower case, no accents), in en / ru / fr. Each needs both what is asked (a price, a number)
 * and what it is about, so "Premier Support for Partners" alone stays the paid-plans topic.
 */
const SOLUTIONS_PARTNER = wordRegExp(/\bsolutions? partner\b|\bpartenaire solutions?\b|\bpartenaire de solutions? pour\b|\bdesignations?\b|\bпартнер по решениям\b/);

const TPD = wordRegExp(/\btpd\b|\bpre ?sales?\b|\bpresales\b|\bavant ventes?\b|\bпредпродаж/);
const TPD_QUANTITY = wordRegExp(/\bhow (many|much)\b|\bhours?\b|\bnumber of\b|\bсколько\b|\bчас(ов|а|ы)?\b|\bcombien\b|\bheures?\b|\bnombre d/);

const PHONE = wordRegExp(/\b(tele)?phone\b|\btel\b|\bhotline\b|\bтелефон|\bгорячая линия\b|\bгорячей линии\b|\b(по)?звонить\b|\btelephone\b|\bappeler\b/);
// "My phone is broken" is not a question about partner support: a phone must come with what it is for.
// "sorry, phone call" is an aside: a call counts only when it is not the phone's own noun.
// A verb of calling is not its own context: "mon chef n'arrête pas de m'appeler" is an aside.
const PHONE_CONTEXT = wordRegExp(/\bnumbers?\b|\bsupport\b|\bmicrosoft\b|\bpartners?\b|(?<!phone )\bcall\b|\bномер|\bподдержк|\bпартнер|\bnumero\b|\bpartenaires?\b/);

const PRICE = wordRegExp(/\bprices?\b|\bpricing\b|\bcosts?\b|\bcoute\b|\bстоит\b|\bстоить\b|\bстоят\b|\bhow much (is|are|does|do)\b|\bfees?\b|\bцена\b|\bцены\b|\bцену\b|\bстоимост|\bсколько стоит|\bво сколько обоид|\bрасценк|\bprix\b|\bcouts?\b|\bcombien coute|\btarifs?\b/);
const BENEFIT_PRICED = wordRegExp(/\b(gold|silver|action pack|голд|сильвер|upgrade|upgrading|passage|passer|переход[а-я]*|перейти|renew[a-z]*|membership|contracts?|support|benefits?|subscriptions?|signature|competenc[a-z]*|продлен[а-я]*|продлит[а-я]*|членств[а-я]*|контракт[а-я]*|договор[а-я]*|поддержк[а-я]*|преимуществ[а-я]*|подписк[а-я]*|компетенц[а-я]*|renouvel[a-z]*|adhesion|contrats?|abonnements?|avantages?|competences?)\b/);
const COUNT_ASKED = wordRegExp(/\b(how many|сколько|скока|combien d|combien de)\b/);
const PLAN = wordRegExp(/\bpremier\b|\badvanced\b|\bsupport plans?\b|\bpaid plans?\b|\bplans? de support\b|\bplans? payants?\b|\bплан(ы|а|ов)? поддержки\b|\bплатн/);

// Response times and service levels: the article gives none for any severity.
const RESPONSE_TIME = wordRegExp(/\bresponse times?\b|\b(за|в течение) какое время\b|\b(за|в течение) какого времени\b|\bобязан[а-я]* (ответить|отреагировать|реагировать)\b|\bobliges? de repondre\b|\b(required|obliged|bound) to (respond|answer|reply)\b|\btime to (respond|response|first response)\b|\bsla\b|\bslas\b|\bhow (fast|quickly|soon)\b.*\b(respond|responds|response|answer|answers|reply|replies|get back|pick up)|\bturnaround\b|\bвремя (реакции|ответа|отклика)\b|\bсрок(и)? (реакции|ответа)\b|\bкак быстро\b.*\b(ответ|отвеча|реагир|отреагир)|\bскорост[а-я]* (реакции|ответа)\b|\bdelais? de (reponse|prise en charge|reaction|traitement)\b|\btemps de (reponse|reaction)\b|\ben combien de temps\b|\bcombien de temps\b.*\b(repond|repondre|reponse|reagi[rt]|prendre en charge)|\bhow long\b.*\b(respond|response|answer|reply|get back|take to)|\bсколько (времени|ждать)\b.*\b(ответ|отвеча|реагир)|\bquel delai\b|\bsous quel delai\b|\b(в|через|за) какой срок\b.*\b(ответ|отвеча|реагир|отреагир|среагир)|\b(ответ|отвеча|реагир|отреагир|среагир)[а-я]*\b.*\b(в|через|за) какой срок\b|\bкак скоро\b.*\b(ответ|отвеча|реагир|отреагир)|\bчерез сколько (времени|часов|дней)\b.*\b(ответ|отвеча|реагир|отреагир|среагир)|\bнорматив[а-я]*\b|\bгарантированн[а-я]* (срок|время)|\bhow long\b.*\b(to respond|to answer|to reply|to get back|before .* (respond|answer|reply))/);
// The price of an incident bought beyond the allowance (the article gives none; paid plans are another topic).
const INCIDENT_WORD = wordRegExp(/\bincidents?\b|\bинцидент|\bобращени|\btickets?\b|\bcases?\b/);
const EXTRA = wordRegExp(/\bextra\b|\badditional\b|\bmore\b|\bbuy\b|\bpurchase\b|\btop up\b|\bдокупить\b|\bдокупка\b|\bдополнительн|\bещ[её] (один|одного)?\b|\bsupplementaires?\b|\ben plus\b|\bacheter\b|\bde plus\b/);
// "combien d'incidents … en plus" counts incidents: "combien" asks a price only when it is not a count.
const PRICE_ASKED = wordRegExp(/\bprices?\b|\bcosts?\b|\bhow much\b|\bfees?\b|\bстоит\b|\bстоить\b|\bстоят\b|\bобойд[её]тся\b|\bстоимост|\bцен[аыу]\b|\bпочем\b|\bcoute\b|\bcombien\b(?! d )(?! de )(?! des )|\bprix\b|\btarifs?\b/);
// Azure credits, an amount of money: not a benefit the article describes.
// "how many credits do we have" is a junior's word for incidents: credits are money only with Azure or an amount.
const AZURE_MONEY = wordRegExp(/\bazure\b|\bажур|\bamount\b|\bhow much\b|\bworth\b|\bdollars?\b|\busd\b|\beur\b|\bсумм|\bденьг|\bmontant\b|\bcombien d argent\b|\bvaleur\b/);
// A discount on licences or Azure: money again, which the article does not describe.
const DISCOUNT = wordRegExp(/\bdiscounts?\b|\brebates?\b|\bremises?\b|\brabais\b|\breductions? (sur|de prix)\b|\bскидк[а-я]*\b/);
const CREDITS = wordRegExp(/\bcredits?\b|\bкредит[а-я]*\b|\bcredit azure\b|\bcredits azure\b/);

// When support is available: hours, weekends, holidays (the article gives none).
const SUPPORT_HOURS = wordRegExp(/\b(what|which|в какие|quelles?|when|когда|quand|a quelle)\b.*\b(hours|heures|часы|часов|часа)\b|\b(support|поддержк[а-я]*|signature)\b.*\b(24 ?7|24h|weekends?|week ?ends?|holidays?|staffed|business hours|выходн[а-я]*|праздник[а-я]*|круглосуточно|по ночам|часы работы|jours feries|horaires?)\b|\b(weekends?|week ?ends?|выходн[а-я]*|horaires?|часы работы|staffed)\b.*\b(support|поддержк[а-я]*|signature|microsoft)\b/);
const SUPPORT_WORD = wordRegExp(/\b(support|поддержк[а-я]*|signature|microsoft|helpdesk|dispo[a-z]*|работает|staffed|incidents?|cases?)\b/);
// How long the contract lasts, whether unused incidents carry over (the article gives no terms).
const CONTRACT_TERM = wordRegExp(/\b(how long (is|does|will|do)|lasts|last for|does it last|will it last|runs for|dure|durent|длится|длятся|(over|in|across|for) (\d+|two|three|four|five|several) years|за (\d+|два|три|четыре|пять|несколько) (год[а-я]*|лет)|sur (\d+|deux|trois|quatre|cinq|plusieurs) ans|in total over|всего за|au total sur|valid for|good for|roll ?over|rolls over|carry (over|forward)|carried (over|forward)|unused incidents?|переносятся|переносит[а-я]*|перенос[а-я]*|сгора[а-я]*|неиспользованн[а-я]*|срок действия|сколько (действует|длится)|как долго|dure combien|combien de temps dure|duree|valable combien|reportes?|report[a-z]* sur|non utilises|на какой срок|какой срок действ[а-я]*|действует (ли )?(контракт|договор)|календарн[а-я]* год|for how long|pour combien de temps|jusqu a quand)\b/);
const CONTRACT_CONTEXT = wordRegExp(/\b(contract|contracts|contrat|контракт[а-я]*|incidents?|инцидент[а-я]*|benefits?|avantages?|преимуществ[а-я]*|pack|plan|activated|active|activ[a-z]*|активир[а-я]*|periode|period|период[а-я]*)\b/);

export function unknownFactOf(message: PreparedText): UnknownFact | undefined {
  const text = spacedWords(message.words);
  if (CONTRACT_TERM.test(text) && CONTRACT_CONTEXT.test(text)) return 'contractTerm';
  if (SUPPORT_HOURS.test(text) && SUPPORT_WORD.test(text) && !TPD.test(text)) return 'supportHours';
  if (RESPONSE_TIME.test(text)) return 'responseTime';
  const money = (CREDITS.test(text) && AZURE_MONEY.test(text)) || DISCOUNT.test(text);
  if (money && !INCIDENT_WORD.test(text)) return 'azureCredits';
  // "how much does an extra incident cost", and "what does it cost us to use one of these incidents".
  if (INCIDENT_WORD.test(text) && !PLAN.test(text) && ((PRICE_ASKED.test(text) && EXTRA.test(text)) || PRICE.test(text))) return 'incidentPrice';
  if (SOLUTIONS_PARTNER.test(text)) return 'solutionsPartner';
  if (TPD.test(text) && TPD_QUANTITY.test(text)) return 'tpdHours';
  // "Teams Phone … how many incidents can we open on that?" counts incidents: no phone number asked.
  if (PHONE.test(text) && PHONE_CONTEXT.test(text) && !COUNT_ASKED.test(text)) return 'phoneNumber';
  if (PRICE.test(text) && PLAN.test(text)) return 'planPrice';
  // The price of the benefit itself, the membership, the contract or its renewal: the article gives no price at all.
  if (PRICE.test(text) && BENEFIT_PRICED.test(text)) return 'benefitPrice';
  return undefined;
}
