import { CommandIntent, SupportType } from '../domain/types';
import { ERROR_QUOTES, ErrorIntent } from './screenText';
import { normalizeText, prepareText, PreparedText } from './text';

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
  rule: 'errorQuote' | 'commandWord' | 'questionMark';
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
const DEFINITION = /^\s*(what\s+is|whats|what s|what are|tell me about|что такое|что это|что за|qu est ce que|qu est ce qu|c est quoi|quest ce que)\s/;
const BENEFIT_NAMES: readonly { phrase: string; supportType: SupportType }[] = [
  { phrase: 'partner cloud support', supportType: 'cloud' },
  { phrase: 'signature cloud support', supportType: 'cloud' },
  { phrase: 'partner on premises support', supportType: 'onPremises' },
  { phrase: 'partner onpremises support', supportType: 'onPremises' },
  { phrase: 'microsoft product support', supportType: 'onPremises' },
  { phrase: 'signature product support', supportType: 'cloud' },
];

export function matchBenefitDefinition(message: PreparedText): SupportType | undefined {
  const form = compactNormalized(message.normalized);
  if (!DEFINITION.test(form)) return undefined;
  return BENEFIT_NAMES.find((b) => form.includes(` ${b.phrase} `))?.supportType;
}
