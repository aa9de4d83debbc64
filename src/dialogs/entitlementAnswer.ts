import { EntitlementPlan } from '../domain/entitlements';
import { SlotBasis } from '../domain/conversationContext';
import { EntitlementAsk, Locale, Tier } from '../domain/types';
import type { AnswerBasis, Presenter } from '../bot/presenter';
import { AssistantTurn } from '../bot/turn';
import { parseSlots, slotsFromData } from './slotInput';

/**
 * The slots a turn brings, with every value when the message names several ("Silver and Gold",
 * "on-premises and cloud", "Security and Data Analytics"). Slots this module does not know ride along.
 */
export function askOf(turn: AssistantTurn): EntitlementAsk {
  if (turn.submit) return slotsFromData(turn.submit.data.slots);
  const ask: EntitlementAsk & Record<string, unknown> = { ...parseSlots(turn) };
  const m = turn.recognition?.mentions;
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
): Promise<boolean> {
  if (plan.kind === 'single') {
    await turn.context.sendActivity(presenter.incidents(locale, plan.result, basis));
    return true;
  }
  if (plan.kind === 'cells') {
    await turn.context.sendActivity(presenter.cells(locale, plan.tiers, basis));
    return true;
  }
  return false;
}
