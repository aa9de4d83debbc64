import { say } from '../answers/answerParts';
import type { AssistantTurn } from '../bot/turn';
import { LINKS } from '../domain/catalog';
import { isProductFamily, product as productOf, productName, ProductRef, supportTypeOfProduct } from '../domain/products';
import { TOPIC_INTENTS } from '../domain/types';
import { asksForPerson } from '../nlu/personRequest';
import { asksHowManyIncidents } from '../nlu/rules';
import { prepareText } from '../nlu/text';

/** A version or year named with a product: "SQL Server 2008 R2", "Exchange 2010", "Windows 7", "Dynamics CRM 4.0". */
const VERSION = /\b(19[89]\d|20[0-3]\d)\b(\s*r2)?|(?<=\b(windows|win|виндовс|виндоус)\s*)(xp|vista|7|8(\.1)?)\b|\b(sp\d|cu\d+)\b|\b\d{1,2}\.\d{1,2}\b/i;

/**
 * A question naming an on-premises product with its version gets the article's rule with the answer:
 * Microsoft Product Support covers recent on-premises products only, and which ones are recent is the list at
 * aka.ms/n-1. The bot never says whether a version is on it: the article does not.
 */
const NOTED = 'assistant.productVersionNoted';

export async function productVersionNote(turn: AssistantTurn, alsoUnread = false): Promise<void> {
  // Sent once a turn: before the answer when the turn reaches an intent, else after whatever answered it.
  if (turn.context.turnState.get(NOTED)) return;
  const recognition = turn.recognition;
  // One product, or the first on-premises one of several ("Exchange Server 2010 on Windows Server 2008 R2").
  const product =
    recognition?.slots.product ??
    (recognition?.mentions?.products as ProductRef[] | undefined)?.find((p) => supportTypeOfProduct(p) !== 'cloud');
  if (!product || !recognition) return;
  const read = (TOPIC_INTENTS as readonly string[]).includes(recognition.intent) || (alsoUnread && recognition.intent === 'none');
  if (!read || asksForPerson(turn.text)) return;
  const version = VERSION.exec(turn.text);
  // A versioned name is an on-premises release: "SharePoint 2010" is SharePoint Server, never Online.
  if (!version || supportTypeOfProduct(product) === 'cloud') return;
  const name = isProductFamily(product) ? productName(product) : (productOf(product).versionedAs ?? productName(product));
  const release = version[0].trim().replace(/\b(xp|r2|sp\d|cu\d+)\b/gi, (v) => v.toUpperCase());
  const named = `${name} ${release}`.replace(/\s+/g, ' ');
  turn.context.turnState.set(NOTED, true);
  await turn.context.sendActivity(say(turn.locale, 'answers.n1.versioned', { product: named, url: LINKS.n1Products }));
}

/**
 * Before the answer, when the question is whether an incident may be spent on the product ("can we burn one of
 * our incidents on SharePoint Server 2010?"): the rule decides it, so it leads. A count asked ("how many incidents
 * for Exchange 2019?") keeps its figures first and the rule after.
 */
export async function productVersionNoteFirst(turn: AssistantTurn): Promise<void> {
  if (asksHowManyIncidents(prepareText(turn.text))) return;
  // A question the bot cannot otherwise read still gets the rule its product calls for.
  await productVersionNote(turn, true);
}
