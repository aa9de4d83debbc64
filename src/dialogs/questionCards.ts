import { Activity } from 'botbuilder';
import { COMPETENCY_NAMES, CLOUD_COMPETENCY_LIST, TIER_NAMES } from '../domain/catalog';
import { isCloudCompetency } from '../domain/entitlements';
import { EntitlementAsk, Locale } from '../domain/types';
import { Translate, translator } from '../i18n/strings';
import type { Logger } from '../logger';
import type { Presenter } from '../bot/presenter';
import { AssistantTurn } from '../bot/turn';
import { replaceClickedCard } from '../bot/sentReplies';
import { familyChoice } from '../nlu/products';
import { isProductFamily, product } from '../domain/products';

/** What the clarifying flow asks. */
export type Asking = 'tier' | 'supportType' | 'competency';
export const ASKINGS: readonly Asking[] = ['tier', 'supportType', 'competency'];

/** The question's text (and the list under it) for what is asked, given what is known. */
export function questionText(t: Translate, asking: Asking, slots: EntitlementAsk): { prompt: string; items?: string[] } {
  if (asking === 'tier') return { prompt: t(slots.supportType === 'cloud' ? 'clarify.tierCloud' : 'clarify.tier') };
  if (asking === 'supportType') {
    // "Exchange" without "Online" / "Server": the question names the two products.
    const tier = TIER_NAMES[(slots.tier ?? slots.tiers?.[0]) ?? 'gold'];
    const family = familyChoice(slots.product);
    return { prompt: family ? t('clarify.supportType.product', { tier, product: family.family, ...family.labels }) : t('clarify.supportType', { tier }) };
  }
  return {
    prompt: t('clarify.competency', { tier: TIER_NAMES[(slots.tier ?? slots.tiers?.[0]) ?? 'gold'] }),
    items: CLOUD_COMPETENCY_LIST.map((c) => COMPETENCY_NAMES[c]),
  };
}

/** The answer to `asking` that `slots` hold, as the buttons say it ("Silver", "Yes, a cloud competency"). */
export function choiceText(t: Translate, asking: Asking, slots: EntitlementAsk): string | undefined {
  if (asking === 'supportType') {
    if (!slots.supportType) return undefined;
    const chosen = slots.product && !isProductFamily(slots.product) ? product(slots.product).name : undefined;
    return chosen ?? t(slots.supportType === 'cloud' ? 'clarify.supportType.cloud' : 'clarify.supportType.onPremises');
  }
  if (asking === 'tier') {
    const tiers = slots.tiers ?? (slots.tier ? [slots.tier] : []);
    return tiers.length > 0 ? tiers.map((tier) => TIER_NAMES[tier]).join(', ') : undefined;
  }
  const named = (slots.competencies ?? (slots.competency ? [slots.competency] : [])).filter(isCloudCompetency);
  if (named.length > 0) return named.map((c) => COMPETENCY_NAMES[c]).join(', ');
  const kind = slots.competencyKind ?? (slots.competency === 'other' ? 'other' : undefined);
  if (kind === 'cloud') return t('clarify.competency.cloud');
  if (kind === 'other') return t('clarify.competency.other');
  return undefined;
}

/** In a group chat or channel several people may be answering: a question says whom it is for. */
export function addresseeOf(turn: AssistantTurn): string {
  return turn.conversationKind !== 'personal' && turn.user.name ? `${turn.user.name}: ` : '';
}

/**
 * Answered questions leave the chat: the question card is updated in place to show the choice, without
 * buttons, so no stale question waits there. Failing to update (the card was deleted, the channel refuses)
 * never fails the turn: the answer has been given.
 */
export class QuestionCards {
  constructor(
    private readonly presenter: Presenter,
    private readonly logger?: Logger,
  ) {}

  /** The question card as answered; undefined when `slots` hold no answer to it. */
  answered(turn: AssistantTurn, locale: Locale, asking: Asking, slots: EntitlementAsk): Partial<Activity> | undefined {
    const t = translator(locale);
    const choice = choiceText(t, asking, slots);
    if (!choice) return undefined;
    const { prompt, items } = questionText(t, asking, slots);
    return this.presenter.choice(locale, {
      prompt: addresseeOf(turn) + prompt,
      items,
      answer: t('clarify.answered', { choice }),
      choices: [],
    });
  }

  /** Updates the typed-answered question whose card has `activityId`. */
  async showAnswered(turn: AssistantTurn, activityId: string, locale: Locale, asking: Asking, slots: EntitlementAsk): Promise<void> {
    const card = this.answered(turn, locale, asking, slots);
    if (card) await this.update(turn, activityId, card);
  }

  /**
   * A clicked choice button: Action.Execute gets the answered card as its invoke response; Action.Submit
   * comes with the card's id (`replyToId`), updated in place. In a group chat or channel only the person's
   * own open question is updated (`ownQuestionId`): a click never rewrites someone else's question.
   */
  async showClicked(turn: AssistantTurn, locale: Locale, asking: Asking, slots: EntitlementAsk, ownQuestionId?: string): Promise<void> {
    const replyToId = turn.context.activity.replyToId;
    const mayUpdate = (id: string | undefined) => turn.conversationKind === 'personal' || (!!id && id === ownQuestionId);
    const card = this.answered(turn, locale, asking, slots);
    if (!card) return;
    if (turn.submit?.viaInvoke) {
      const content = card.attachments?.[0]?.content as Record<string, unknown> | undefined;
      if (content && mayUpdate(replyToId ?? ownQuestionId)) replaceClickedCard(turn.context, content);
      return;
    }
    if (typeof replyToId === 'string' && replyToId !== '' && mayUpdate(replyToId)) await this.update(turn, replyToId, card);
  }

  private async update(turn: AssistantTurn, activityId: string, card: Partial<Activity>): Promise<void> {
    try {
      await turn.context.updateActivity({ ...card, id: activityId });
    } catch (err) {
      this.logger?.warn('question card not updated', { error: err instanceof Error ? err.message : String(err) });
    }
  }
}
