import { Situation } from '../domain/unknownFacts';
import { EntitlementSlots, Intent } from '../domain/types';
import { PreparedText, spacedWords, wordRegExp } from './text';

/**
 * Which case a pasted error is, when the message says so ("…but our Signature pack is used up", "we
 * linked it last month"). Read on the normalized words, en / ru / fr; undefined when the message does not
 * tell, and the troubleshooter asks.
 */

// An invalid contract: expired, or its Signature pack has no incidents left.
const INVALID =
  wordRegExp(/\bexpir|\bran out\b|\brun out\b|\bused up\b|\bno (more )?incidents\b|\bout of incidents\b|\bincidents? (left|remaining) (is|are)? ?(0|zero|none)\b|\ball (the |our )?incidents\b|\bpack (is )?empty\b|\bempty pack\b|\bистек|\bзакончил|\bкончил|\bизрасходова|\bне осталось|\bисчерпа|\bпуст|\bпросроч|\bсрок [а-я ]{0,20}вышел|\bepuise|\bplus d incidents?\b|\bplus aucun incident|\butilise tous\b|\bvide\b/);

// The user linked or added the contract before (themselves, in the past): the message is not about an expiry.
const LINKED_BEFORE =
  wordRegExp(/\b(linked|added|entered|attached)\b.*\b(before|earlier|previously|already|last|ago|yesterday|on prem\w*|on premises|first)\b|\b(already|previously|earlier) (been )?(linked|added|entered|attached)\b|\b(при|до|с|в|под)(вязал|бавил|бавлял|вязывал|ключил|ключал|вел|водил)(и|а)?\b|\b(уже|раньше|ранее) был[аио]? (привязан|добавлен|связан|подключен)|\bбыл[аио]? (уже|раньше|ранее) (привязан|добавлен|связан|подключен)|\b(a|avons|ai|ont|avait|avions|avaient|aviez|avais) (deja )?(lie|ajoute|saisi|entre|associe|rattache)\b|\b(l|les) (a|avons|ai|avait|avions|avaient) (deja )?(lie|ajoute|saisi|associe|rattache)\b|\bdeja (ete )?(lie|ajoute|rattache)\b/);

const CSP = wordRegExp(/\bcsp\b|\bcloud solution provider\b|\bfournisseur de solutions cloud\b|\bпоставщик[а-я]* облачн/);
const MPN = wordRegExp(/\bmpn\b/);

const NO_MEMBERSHIP =
  wordRegExp(/\bexpir|\blapsed\b|\bnot renewed\b|\bno (active )?membership\b|\bистек|\bзакончил|\bне продлил|\bнет (активного )?членств|\bpas renouvele|\bplus membres?\b|\bpas d adhesion\b/);
const HAS_MEMBERSHIP =
  wordRegExp(/\bactive (membership|offers?)\b|\bwe (are|re|have) (a |an )?(gold|silver|partner|member|membership)|\bу нас есть\b|\bмы (gold|silver|голд|золот|серебр|партнер)|\bnous sommes\b|\bon est\b|\bnous avons (une )?adhesion\b/);

export function situationOf(intent: Intent, message: PreparedText, slots: EntitlementSlots): Situation | undefined {
  const text = spacedWords(message.words);
  switch (intent) {
    case 'errorAccessIdAssociated':
      if (INVALID.test(text)) return 'invalid';
      if (LINKED_BEFORE.test(text)) return 'linkedBefore';
      return undefined;
    case 'errorNotAuthorized':
      if (CSP.test(text)) return 'cspOnly';
      if (MPN.test(text)) return 'mpnAccount';
      return undefined;
    case 'errorNoBenefits':
      if (NO_MEMBERSHIP.test(text)) return 'noMembership';
      if (slots.tier || HAS_MEMBERSHIP.test(text)) return 'wrongAccount';
      return undefined;
    default:
      return undefined;
  }
}
