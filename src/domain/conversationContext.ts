/**
 * The conversation's context frame, per person: the slots of their last question (tier, support type,
 * competencies, and any slot added later, such as a product) and what they stated about their
 * organization ("we're Gold"). Pure logic; the bot layer stores the frame with the dialog state.
 */

/** Slot values by name. Unknown names ride along untouched, so a new slot needs no change here. */
export type FrameSlots = object;

function entries(slots: FrameSlots): [string, unknown][] {
  return Object.entries(slots as Record<string, unknown>);
}

export interface ContextFrame {
  /** Topic of the last question ('incidents', …). */
  topic?: string;
  /** The last question's slots, as asked (with what a follow-up kept from the question before). */
  slots: FrameSlots;
  /** What the person said about their organization in this conversation. */
  stated: FrameSlots;
  /** Epoch milliseconds of the last change. */
  updatedAt: number;
  /** A troubleshooter that asked which case it is: the person's next typed message may be the answer. */
  awaiting?: string;
  /** The case a troubleshooter's last answer was for ("wrongAccount"): "so what do I do?" later gets that fix again. */
  situation?: string;
  /** The person's previous message (cut short): "our contract expired", then the pasted error, is one case. */
  lastText?: string;
  /**
   * What the person said they work on, outside a question ("our Intune rollout is stuck", "an Exchange
   * 2019 box on our servers"): the support type (and product) a later incidents question that names none is about.
   */
  subject?: FrameSlots;
  /**
   * The question before the last one, when another topic replaced it (a detour answered with a card): "back to my
   * question, how many was it?" continues it.
   */
  previous?: { topic: string; slots: FrameSlots };
}

/** How much of the previous message the frame keeps. */
export const LAST_TEXT_MAX = 300;

/** The frame after any typed message: it remembers the message, and what it was about, for the next turn. */
export function afterMessage(frame: ContextFrame | undefined, text: string, now: number, subject?: FrameSlots): ContextFrame {
  const base: ContextFrame = { ...(frame ?? { slots: {}, stated: {} }), lastText: text.slice(0, LAST_TEXT_MAX), updatedAt: now };
  return subject ? { ...base, subject } : base;
}

/** A frame left alone this long is forgotten. */
export const CONTEXT_IDLE_MS = 30 * 60 * 1000;

/**
 * Slots that describe one thing, replaced together: "and Silver?" replaces the tier(s) asked, "with
 * Security" replaces the competency, its kind and any list of competencies. A product decides the support
 * type, so "and on-premises?" drops the product asked and "what about SQL Server?" replaces the support
 * type. Other slots are their own group.
 */
const GROUPS: Readonly<Record<string, string>> = {
  tier: 'tier',
  tiers: 'tier',
  supportType: 'supportType',
  supportTypes: 'supportType',
  product: 'supportType',
  competency: 'competency',
  competencyKind: 'competency',
  competencies: 'competency',
};

export function groupOf(slot: string): string {
  return GROUPS[slot] ?? slot;
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

function groupsIn(slots: FrameSlots): Set<string> {
  return new Set(entries(slots).filter(([, v]) => present(v)).map(([k]) => groupOf(k)));
}

/** `base` with every group that `changes` names replaced by the values of `changes`. */
export function withChanges(base: FrameSlots, changes: FrameSlots): FrameSlots {
  const changed = groupsIn(changes);
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries(base)) if (present(v) && !changed.has(groupOf(k))) out[k] = v;
  for (const [k, v] of entries(changes)) if (present(v)) out[k] = v;
  return out;
}

/** The frame if it is still in use at `now`, else undefined. */
export function liveFrame(frame: ContextFrame | undefined, now: number, idleMs = CONTEXT_IDLE_MS): ContextFrame | undefined {
  if (!frame || typeof frame.updatedAt !== 'number' || now - frame.updatedAt > idleMs) return undefined;
  return frame;
}

export interface Question {
  topic: string;
  /** The slots this message names. */
  slots: FrameSlots;
  /** A follow-up ("and Silver?"): the slots it names change the last question, the rest is kept. */
  followUp: boolean;
}

/** The slots a question is about: a follow-up of a question on the same topic keeps what it does not change. */
export function questionSlots(frame: ContextFrame | undefined, question: Question): FrameSlots {
  if (question.followUp && frame && frame.topic === question.topic) return withChanges(frame.slots, question.slots);
  // A detour answered in between ("where do I file it?"): the follow-up goes on from the question before it.
  if (question.followUp && frame?.previous?.topic === question.topic) return withChanges(frame.previous.slots, question.slots);
  return withChanges({}, question.slots);
}

/** The frame after a question: a new complete question replaces the last one; stated facts stay. */
export function afterQuestion(frame: ContextFrame | undefined, topic: string, slots: FrameSlots, now: number): ContextFrame {
  const previous = frame?.topic && frame.topic !== topic ? { topic: frame.topic, slots: frame.slots } : frame?.previous;
  return {
    topic,
    slots: withChanges({}, slots),
    stated: frame?.stated ?? {},
    updatedAt: now,
    ...(previous ? { previous } : {}),
    ...(frame?.subject ? { subject: frame.subject } : {}),
  };
}

/** The frame back on the question before the last one ("back to my question"); undefined when there is none. */
export function backToPrevious(frame: ContextFrame | undefined, now: number): ContextFrame | undefined {
  if (!frame?.previous) return undefined;
  const { previous, ...rest } = frame;
  return { ...rest, topic: previous.topic, slots: previous.slots, updatedAt: now };
}

/** The frame after a troubleshooter asked which case the error is: the topic waits for the answer. */
export function afterTroubleshooterQuestion(frame: ContextFrame | undefined, topic: string, now: number): ContextFrame {
  return { ...afterQuestion(frame, topic, {}, now), awaiting: topic };
}

/** The frame after the person stated facts about their organization ("we're Silver with Security"). */
export function afterStatement(frame: ContextFrame | undefined, stated: FrameSlots, now: number): ContextFrame {
  return {
    ...(frame?.topic ? { topic: frame.topic } : {}),
    slots: frame?.slots ?? {},
    stated: withChanges(frame?.stated ?? {}, stated),
    updatedAt: now,
    // What the person works on and the question before stay: "Exchange is down", "we're Gold", "how many for it?".
    ...(frame?.subject ? { subject: frame.subject } : {}),
    ...(frame?.previous ? { previous: frame.previous } : {}),
  };
}

/** Where a slot's value came from when the question itself did not name it. */
export type SlotBasis = 'said' | 'profile';

export interface ResolvedSlots {
  slots: FrameSlots;
  /** For each group filled from elsewhere, where from ('tier' → 'profile'). */
  basis: Readonly<Record<string, SlotBasis>>;
}

/**
 * Whether the organization's profile (a tier, a competency kind) could change the answer: a tier neither asked
 * nor stated, or a competency neither asked nor stated when a cloud cell may be answered (on-premises
 * allowances are fixed by the tier alone).
 */
export function profileCouldFill(asked: FrameSlots, stated: FrameSlots): boolean {
  const merged = withChanges(stated, asked) as { supportType?: unknown; supportTypes?: unknown };
  const have = groupsIn(merged);
  if (!have.has(groupOf('tier'))) return true;
  if (have.has(groupOf('competencyKind'))) return false;
  const types = Array.isArray(merged.supportTypes) ? (merged.supportTypes as unknown[]) : merged.supportType ? [merged.supportType] : [];
  return !(types.length > 0 && types.every((t) => t === 'onPremises'));
}

/**
 * What the question leaves out is taken from what the person said in this conversation, else from the
 * organization's recorded profile. What the person says always wins over the profile.
 */
export function resolveSlots(asked: FrameSlots, stated: FrameSlots, profile: FrameSlots): ResolvedSlots {
  let slots = withChanges({}, asked);
  const basis: Record<string, SlotBasis> = {};
  for (const [source, from] of [
    ['said', stated],
    ['profile', profile],
  ] as const) {
    const have = groupsIn(slots);
    const fill: Record<string, unknown> = {};
    for (const [k, v] of entries(from)) {
      const group = groupOf(k);
      if (!present(v) || have.has(group)) continue;
      fill[k] = v;
      basis[group] = source;
    }
    slots = withChanges(slots, fill);
  }
  return { slots, basis };
}
