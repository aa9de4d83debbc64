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

const PHONE = wordRegExp(/\b(tele)?phone\b|\bhotline\b|\bтелефон|\bгорячая линия\b|\bгорячей линии\b|\b(по)?звонить\b|\btelephone\b|\bappeler\b/);
// "My phone is broken" is not a question about partner support: a phone must come with what it is for.
const PHONE_CONTEXT = wordRegExp(/\bnumbers?\b|\bsupport\b|\bmicrosoft\b|\bpartners?\b|\bcall\b|\bномер|\bподдержк|\bпартнер|\bпозвонить\b|\bnumero\b|\bpartenaires?\b|\bappeler\b/);

const PRICE = wordRegExp(/\bprices?\b|\bpricing\b|\bcosts?\b|\bhow much (is|are|does|do)\b|\bfees?\b|\bцена\b|\bцены\b|\bцену\b|\bстоимост|\bсколько стоит|\bво сколько обоид|\bрасценк|\bprix\b|\bcouts?\b|\bcombien coute|\btarifs?\b/);
const PLAN = wordRegExp(/\bpremier\b|\badvanced\b|\bsupport plans?\b|\bpaid plans?\b|\bplans? de support\b|\bplans? payants?\b|\bплан(ы|а|ов)? поддержки\b|\bплатн/);

export function unknownFactOf(message: PreparedText): UnknownFact | undefined {
  const text = spacedWords(message.words);
  if (SOLUTIONS_PARTNER.test(text)) return 'solutionsPartner';
  if (TPD.test(text) && TPD_QUANTITY.test(text)) return 'tpdHours';
  if (PHONE.test(text) && PHONE_CONTEXT.test(text)) return 'phoneNumber';
  if (PRICE.test(text) && PLAN.test(text)) return 'planPrice';
  return undefined;
}
