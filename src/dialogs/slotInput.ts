import { isProductRef } from '../domain/products';
import { CLOUD_COMPETENCIES, EntitlementAsk, EntitlementSlots, SUPPORT_TYPES, TIERS } from '../domain/types';
import { AssistantTurn } from '../bot/turn';

function pick<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function pickAll<T extends string>(value: unknown, allowed: readonly T[]): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const picked = [...new Set(value.slice(0, 10).map((v) => pick(v, allowed)).filter((v): v is T => v !== undefined))];
  return picked.length > 1 ? picked : undefined;
}

/** Entitlement slots from card data: untrusted, so every value is checked against its enum. */
export function slotsFromData(value: unknown): EntitlementAsk {
  if (!value || typeof value !== 'object') return {};
  const v = value as Record<string, unknown>;
  const slots: EntitlementAsk = {};
  const tiers = pickAll(v.tiers, TIERS);
  const supportTypes = pickAll(v.supportTypes, SUPPORT_TYPES);
  const competencies = pickAll(v.competencies, [...CLOUD_COMPETENCIES, 'other'] as const);
  if (tiers) slots.tiers = tiers;
  if (supportTypes) slots.supportTypes = supportTypes;
  if (competencies) slots.competencies = competencies;
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
