import { isProductRef } from '../domain/products';
import { CLOUD_COMPETENCIES, EntitlementSlots, SUPPORT_TYPES, TIERS } from '../domain/types';
import { AssistantTurn } from '../bot/turn';

function pick<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Entitlement slots from card data: untrusted, so every value is checked against its enum. */
export function slotsFromData(value: unknown): EntitlementSlots {
  if (!value || typeof value !== 'object') return {};
  const v = value as Record<string, unknown>;
  const slots: EntitlementSlots = {};
  const tier = pick(v.tier, TIERS);
  const supportType = pick(v.supportType, SUPPORT_TYPES);
  const competency = pick(v.competency, [...CLOUD_COMPETENCIES, 'other'] as const);
  const competencyKind = pick(v.competencyKind, ['cloud', 'other'] as const);
  if (tier) slots.tier = tier;
  if (supportType) slots.supportType = supportType;
  if (competency) slots.competency = competency;
  if (competencyKind) slots.competencyKind = competencyKind;
  if (isProductRef(v.product)) slots.product = v.product;
  return slots;
}

/** The slots this turn brings: from a clicked button's data, or recognized in the text. */
export function parseSlots(turn: AssistantTurn): EntitlementSlots {
  if (turn.submit) return slotsFromData(turn.submit.data.slots);
  const found = turn.recognition?.slots ?? {};
  const slots: EntitlementSlots = {};
  for (const [k, v] of Object.entries(found)) if (v !== undefined) (slots as Record<string, unknown>)[k] = v;
  return slots;
}
