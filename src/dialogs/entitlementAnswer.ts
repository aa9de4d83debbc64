import { EntitlementPlan } from '../domain/entitlements';
import { SlotBasis } from '../domain/conversationContext';
import { EntitlementAsk, Locale, Tier } from '../domain/types';
import type { AnswerBasis, Presenter } from '../bot/presenter';
import { AssistantTurn } from '../bot/turn';
import { parseSlots, slotsFromData } from './slotInput';
import { negatedCompetencies, negatedSupportTypes, negatedTiers } from '../nlu/slots';
import { prepareText } from '../nlu/text';

/**
 * The slots a turn brings, with every value when the message names several ("Silver and Gold",
 * "on-premises and cloud", "Security and Data Analytics"). Slots this module does not know ride along.
 */
/**
 * In a correction naming several values of one detail, the one meant: a value other than what the conversation
 * had ("we have Gold" … "my bad, it's Silver, gold was before"), else the one named last ("silver — sorry, gold").
 */
function correctedValue<V>(named: readonly V[], before: unknown): V {
  const fresh = named.filter((v) => v !== before);
  return fresh.length ? fresh[fresh.length - 1] : named[named.length - 1];
}

/** The slots the message asks about; `previous` (the conversation's last values) settles a correction. */
export function askOf(turn: AssistantTurn, previous?: { tier?: unknown; supportType?: unknown; competency?: unknown }): EntitlementAsk {
  if (turn.submit) return slotsFromData(turn.submit.data.slots);
  const ask: EntitlementAsk & Record<string, unknown> = { ...parseSlots(turn) };
  const read = turn.recognition?.mentions;
  // A tier the message says the organization is not (any more) is not one asked about.
  const words = prepareText(turn.text).words;
  const negated = read && read.tiers.length > 1 ? negatedTiers(words) : [];
  const kept = read ? read.tiers.filter((t) => !negated.includes(t)) : [];
  const tiersRead = read && kept.length > 0 && kept.length < read.tiers.length ? { ...read, tiers: kept } : read;
  // "Exchange Server 2019 on their own servers, nothing in the cloud": the support type ruled out is not asked.
  const ruledOut = tiersRead && tiersRead.supportTypes.length > 1 ? negatedSupportTypes(words) : [];
  const types = tiersRead ? tiersRead.supportTypes.filter((t) => !ruledOut.includes(t)) : [];
  const m = tiersRead && types.length > 0 && types.length < tiersRead.supportTypes.length ? { ...tiersRead, supportTypes: types } : tiersRead;
  if (m && m !== tiersRead && m.supportTypes.length === 1) ask.supportType = m.supportTypes[0];
  if (m && m.tiers.length === 1 && read && read.tiers.length > 1) {
    ask.tier = m.tiers[0];
    delete ask.tiers;
  }
  if (m && turn.recognition?.cue === 'correction') {
    // "no, Gold is our neighbours', we're Silver": one value per detail, the one meant (see correctedValue).
    if (m.tiers.length > 1) ask.tier = correctedValue(m.tiers, previous?.tier);
    if (m.supportTypes.length > 1) ask.supportType = correctedValue(m.supportTypes, previous?.supportType);
    if (m.competencies.length > 1) {
      // "sorry, EMM, not Windows and Devices": the one ruled out is not the one meant, wherever it is named.
      const ruledOutCompetencies = negatedCompetencies(words, turn.locale);
      const meant = m.competencies.filter((c) => !ruledOutCompetencies.includes(c));
      ask.competency = correctedValue(meant.length ? meant : m.competencies, previous?.competency);
      delete ask.competencyKind;
    }
    return ask;
  }
  if (m && m.tiers.length > 1) {
    ask.tiers = m.tiers;
    delete ask.tier;
  }
  if (m && m.supportTypes.length > 1) {
    ask.supportTypes = m.supportTypes;
    delete ask.supportType;
  }
  if (m && m.competencies.length > 1) {
    ask.competencies = m.competencies;
    delete ask.competency;
    delete ask.competencyKind;
  }
  return ask;
}

/** The "You said Silver" / "Your partner profile says Gold" line, when the tier came from there. */
export function basisOf(kind: SlotBasis | undefined, ask: EntitlementAsk): AnswerBasis | undefined {
  const tier: Tier | undefined = ask.tier ?? (ask.tiers?.length === 1 ? ask.tiers[0] : undefined);
  return kind && tier ? { kind, tier } : undefined;
}

/** Sends an answer plan that needs no question; false when it needs one (the caller asks). */
export async function sendAnswer(
  turn: AssistantTurn,
  presenter: Presenter,
  locale: Locale,
  plan: EntitlementPlan,
  basis: AnswerBasis | undefined,
  lead?: (plan: Extract<EntitlementPlan, { kind: 'single' | 'cells' }>) => string | undefined,
): Promise<boolean> {
  if (plan.kind === 'single') {
    await turn.context.sendActivity(presenter.incidents(locale, plan.result, basis, lead?.(plan)));
    return true;
  }
  if (plan.kind === 'cells') {
    await turn.context.sendActivity(presenter.cells(locale, plan.tiers, basis, lead?.(plan)));
    return true;
  }
  return false;
}
