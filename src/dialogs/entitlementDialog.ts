import { isAside } from '../nlu/asides';
import { isQuestionText, negatedTiers } from '../nlu/slots';
import { prepareText } from '../nlu/text';
import { Dialog, DialogContext, DialogTurnResult } from './dialogsSdk';
import { afterQuestion, SlotBasis, withChanges } from '../domain/conversationContext';
import { planEntitlementAnswer } from '../domain/entitlements';
import { productInForm } from '../domain/products';
import { TIER_NAMES } from '../domain/catalog';
import { EntitlementAsk, EntitlementSlots, Locale, SupportType, Tier } from '../domain/types';
import { translator } from '../i18n/strings';
import type { Presenter } from '../bot/presenter';
import { familyChoice } from '../nlu/products';
import { ConversationFrames } from './conversationFrames';
import { assistantTurnOf, releaseTurn } from './dialogHost';
import { askOf, basisOf, sendAnswer } from './entitlementAnswer';
import { addresseeOf, Asking, QuestionCards, questionText } from './questionCards';
import { onReplySent } from '../bot/sentReplies';

export const ENTITLEMENT_DIALOG = 'entitlement';
export const CHOOSE_VERB = 'entitlement.choose';

interface EntitlementState {
  slots: EntitlementAsk;
  locale: Locale;
  /** Where the tier came from when the question did not name it. */
  basis?: SlotBasis;
  asking?: Asking;
  /** The open question card's activity id, once the channel gave one (not with expectReplies). */
  questionId?: string;
  retries: number;
}

export interface EntitlementDialogOptions {
  slots: EntitlementAsk;
  locale: Locale;
  basis?: SlotBasis;
}

const YES = /^(yes|yeah|yep|sure|correct|да|ага|конечно|oui|si|exact)(?=[\s,.!]|$)/i;
const NO = /^(no|nope|нет|non|pas du tout)(?=[\s,.!]|$)/i;
/** A hedged answer is still one: "I believe so", "наверное, да", "je pense que oui"; "probably not", "думаю, нет", "probablement pas". */
const HEDGED_NO =
  /^(i )?(don'?t|do not) (think|believe) so|^(probably|likely|maybe) not|^(not|no)(,)? (i think|i guess|probably)|^(вроде|наверное|кажется|думаю|скорее всего|похоже)(,)? (что )?нет|^(je )?(crois|pense) que non|^(je ne|j'?ai pas l'impression|je n'?pense) (pense|crois) pas|^je ne (pense|crois) pas|^probablement pas|^(il me semble que )?non/i;
const HEDGED_YES =
  /^(i )?(think|believe|guess) so|^(probably|likely|i think yes|yes,? i think)|^(вроде|наверное|кажется|думаю|скорее всего|похоже)(,)? (что )?да|^(je )?(crois|pense) que oui|^(oui,? )?je (crois|pense)|^probablement|^il me semble/i;

/** "yes" / "да" / "oui" to "is it one of these cloud competencies?" */
function yesNoAnswer(text: string, asking: Asking | undefined): EntitlementSlots {
  if (asking !== 'competency') return {};
  const t = text.trim().replace(/[’]/g, "'");
  if (HEDGED_NO.test(t)) return { competencyKind: 'other' };
  if (YES.test(t) || HEDGED_YES.test(t)) return { competencyKind: 'cloud' };
  if (NO.test(t)) return { competencyKind: 'other' };
  return {};
}

/** Did this message fill the slot the bot was asking for? */
function answersAsked(state: EntitlementState, heard: EntitlementAsk): boolean {
  switch (state.asking) {
    case 'tier':
      return !state.slots.tier && !state.slots.tiers && !!(heard.tier || heard.tiers);
    case 'supportType':
      return !!(heard.supportType || heard.supportTypes);
    case 'competency':
      return !!(heard.competency || heard.competencyKind || heard.competencies);
    default:
      return false;
  }
}

/** New slots win; a competency, its kind and a list of competencies replace each other. */
export function mergeSlots(current: EntitlementAsk, heard: EntitlementAsk): EntitlementAsk {
  return withChanges(current, heard) as EntitlementAsk;
}

/** How many times the bot re-asks a question it did not understand before it gives up with help. */
const MAX_RETRIES = 2;

/**
 * The clarifying flow of "how many incidents": asks only what changes the answer (the tier and, for Silver
 * or Gold cloud, whether the competency is a cloud one), then answers every cell asked. Buttons carry every
 * slot known so far, so a click works even when the dialog state is gone.
 */
export class EntitlementDialog extends Dialog<EntitlementDialogOptions> {
  constructor(
    private readonly presenter: Presenter,
    private readonly frames: ConversationFrames,
    private readonly questions: QuestionCards = new QuestionCards(presenter),
  ) {
    super(ENTITLEMENT_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: EntitlementDialogOptions): Promise<DialogTurnResult> {
    const state: EntitlementState = {
      slots: { ...(options?.slots ?? {}) },
      locale: options?.locale ?? 'en',
      basis: options?.basis,
      retries: 0,
    };
    dc.activeDialog!.state = state;
    return this.advance(dc, state);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as EntitlementState;
    const turn = assistantTurnOf(dc.context);
    if (turn.recognition?.language) state.locale = turn.recognition.language;
    const before = JSON.stringify(state.slots);
    const said: EntitlementAsk = { ...askOf(turn), ...yesNoAnswer(turn.text, state.asking) };
    const heard = mergeSlots(state.slots, said);
    const changed = JSON.stringify(heard) !== before;
    const intent = turn.recognition?.intent ?? 'none';
    const words = turn.text.split(/\s+/).filter(Boolean).length;
    // The answer to what was asked wins ("cloud, and actually not a cloud competency" answers "cloud or
    // on-premises?"); otherwise a new full incidents question starts over, and a question about another
    // topic ends the flow even when it names some detail ("…for a local product?").
    const answered = answersAsked(state, heard);
    // "nope, not gold": a tier ruled out answers nothing yet; the question again, without "I did not catch that".
    if (!turn.submit && !changed && state.asking === 'tier' && !isQuestionText(turn.text) && negatedTiers(prepareText(turn.text).words).length > 0) {
      return this.ask(dc, state, false);
    }
    if (!turn.submit && !answered && intent === 'incidents' && words > 3) return releaseTurn(dc);
    const otherTopic = !turn.submit && intent !== 'none' && intent !== 'incidents';
    if (otherTopic && !answered && (!changed || words > 3)) return releaseTurn(dc);
    if (changed) {
      // A typed answer: the question card shows it, without buttons.
      if (answered && state.asking && state.questionId) {
        await this.questions.showAnswered(turn, state.questionId, state.locale, state.asking, heard);
      }
      state.slots = heard;
      if (said.tier || said.tiers) state.basis = undefined;
      state.retries = 0;
      return this.advance(dc, state);
    }
    // "let me check with finance first": an aside, not a failed answer; the question stays open, unchanged.
    if (!turn.submit && turn.recognition && isAside(turn.text, turn.recognition)) {
      await dc.context.sendActivity(translator(state.locale)('clarify.aside'));
      return Dialog.EndOfTurn;
    }
    state.retries += 1;
    if (state.retries > MAX_RETRIES) {
      await dc.context.sendActivity(this.presenter.help(state.locale, translator(state.locale)('clarify.giveUp')));
      return dc.endDialog();
    }
    return this.ask(dc, state, true);
  }

  private async advance(dc: DialogContext, state: EntitlementState): Promise<DialogTurnResult> {
    const plan = planEntitlementAnswer(state.slots);
    if (plan.kind === 'askTier') return this.ask(dc, { ...state, asking: 'tier' }, false);
    if (plan.kind === 'askProductForm') return this.ask(dc, { ...state, asking: 'supportType' }, false);
    if (plan.kind === 'askCompetency') return this.ask(dc, { ...state, asking: 'competency' }, false);
    const turn = assistantTurnOf(dc.context);
    await sendAnswer(turn, this.presenter, state.locale, plan, basisOf(state.basis, state.slots));
    // The answered question is the context of the next follow-up ("and Silver?").
    const frame = await this.frames.load(turn);
    await this.frames.save(turn, afterQuestion(frame, 'incidents', state.slots, this.frames.now()));
    return dc.endDialog();
  }

  private async ask(dc: DialogContext, next: EntitlementState, again: boolean): Promise<DialogTurnResult> {
    delete next.questionId;
    dc.activeDialog!.state = next;
    const asking = next.asking ?? 'tier';
    const t = translator(next.locale);
    const button = (title: string, slots: EntitlementSlots) => ({
      title,
      data: {
        verb: CHOOSE_VERB,
        slots: withChanges(next.slots, slots),
        locale: next.locale,
        asking,
        ...(next.basis ? { basis: next.basis } : {}),
      },
    });
    const turn = assistantTurnOf(dc.context);
    const prefix = addresseeOf(turn) + (again ? t('clarify.notUnderstood') + ' ' : '');
    const { prompt, items } = questionText(t, asking, next.slots);
    const tiers: Tier[] = ['actionPack', 'silver', 'gold'];
    const types: SupportType[] = ['onPremises', 'cloud'];
    const family = familyChoice(next.slots.product);
    const choices =
      asking === 'tier'
        ? tiers.map((tier) => button(TIER_NAMES[tier], { tier }))
        : asking === 'supportType'
          ? types.map((supportType) =>
              button(
                family ? family.labels[supportType] : t(supportType === 'cloud' ? 'clarify.supportType.cloud' : 'clarify.supportType.onPremises'),
                family ? { supportType, product: productInForm(next.slots.product!, supportType) } : { supportType },
              ),
            )
          : [
              button(t('clarify.competency.cloud'), { competencyKind: 'cloud' }),
              button(t('clarify.competency.other'), { competencyKind: 'other' }),
            ];
    // Its id, once sent, lets a typed answer update this card (the state object is the stored one).
    const activity = onReplySent(this.presenter.choice(next.locale, { prompt: prefix + prompt, items, choices }), (id) => {
      next.questionId = id;
    });
    await dc.context.sendActivity(activity);
    return Dialog.EndOfTurn;
  }
}
