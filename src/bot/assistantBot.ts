import {
  Activity,
  ActivityTypes,
  AdaptiveCardInvokeResponse,
  AdaptiveCardInvokeValue,
  BotState,
  InvokeResponse,
  StatusCodes,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import { Locale } from '../domain/types';
import { isLocale, resolveLocale } from '../i18n/locale';
import { translator } from '../i18n/strings';
import { Logger } from '../logger';
import { ETagConflictError } from '../store/errors';
import type { Recognizer } from '../nlu';
import { conversationKindOf, tenantOf, userOf } from './identity';
import { PrivateContentGuard } from './privateContent';
import { Router } from './router';
import { clickedCardReplacement, noteSentIds } from './sentReplies';
import { AssistantTurn, CardSubmit } from './turn';

/** The verb of question buttons (follow-ups, examples): their `query` is handled as typed text. */
export const ASK_VERB = 'ask';

/** Longer messages are not questions we can answer; the recognizer never sees them. */
export const MAX_TEXT_LENGTH = 2000;

export interface AssistantBotDeps {
  router: Router;
  recognizer: Recognizer;
  dialogState: BotState;
  logger: Logger;
  /** Sends the welcome when the bot is added to a chat or team. */
  welcome: (context: TurnContext, locale: Locale) => Promise<void>;
  /** Hook for remembering where the bot can reach users later (proactive messages). */
  onConversationSeen?: (context: TurnContext) => Promise<void>;
  /** Keeps the Access ID and Contract ID out of messages to group chats and channels. */
  privacy?: PrivateContentGuard;
  /** The bot was removed from the conversation: forget it. */
  onConversationLeft?: (context: TurnContext) => Promise<void>;
  /**
   * Sees what the turn says when it is said, before the dialog state is saved (what is sent is released
   * only after the save): state kept about the bot's own answers (the helpdesk transcript) goes in here.
   */
  onSaying?: (context: TurnContext, activities: Partial<Activity>[]) => void;
  /**
   * Adds to an article answer as it is sent (the organization's own answer, "Your helpdesk adds"): installed
   * before the checks of what is sent, so what it adds is checked and recorded like the rest.
   */
  answerAddOn?: { installOn(context: TurnContext, turnOf: () => AssistantTurn | undefined): void };
  /** Teams' feedback buttons on answers: records the answers sent, handles the `message/submitAction` invoke. */
  feedback?: {
    installOn(context: TurnContext): void;
    submitAction(turn: AssistantTurn): Promise<void>;
  };
}

/** Invokes the SDK dispatches to this bot's handlers: card actions, Teams SSO, and the channel's health check. */
const HANDLED_INVOKES: ReadonlySet<string> = new Set(['adaptiveCard/action', 'signin/verifyState', 'signin/tokenExchange', 'healthCheck']);

/** The invoke of Teams' feedback buttons (like / dislike) on a message with `feedbackLoopEnabled`. */
const SUBMIT_ACTION_INVOKE = 'message/submitAction';

/** How often a turn runs when its dialog state keeps being changed by other instances. */
const MAX_TURN_ATTEMPTS = 3;

/** What a turn says, held until its dialog state is saved (see AssistantBot.run). */
interface HeldSends {
  holding: boolean;
  items: Partial<Activity>[];
}
const HELD_SENDS = Symbol('assistant.heldSends');
/** The turn as read by prepare(), for what runs when the turn's messages are sent. */
const PREPARED_TURN = Symbol('assistant.preparedTurn');

/** The Teams handler: thin. It resolves the turn once and hands it to the router. */
export class AssistantBot extends TeamsActivityHandler {
  constructor(private readonly deps: AssistantBotDeps) {
    super();
    // Messages do not go through the SDK's handler chain: see dispatch().
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === botId);
      if (botAdded) {
        await this.deps.onConversationSeen?.(context);
        await this.deps.welcome(context, resolveLocale(undefined, context.activity.locale));
      }
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersRemoved ?? []).some((m) => m.id === botId)) await this.deps.onConversationLeft?.(context);
      await next();
    });
  }

  /**
   * Runs the turn and saves its dialog state conditionally (eTags). When another instance saved the same
   * user's state meanwhile, the turn is run again on the fresh state: what it said is held until its state
   * is saved, so the user sees only the replies of the run that counted, and no step is lost.
   */
  override async run(context: TurnContext): Promise<void> {
    const held: HeldSends = { holding: true, items: [] };
    context.turnState.set(HELD_SENDS, held);
    context.onSendActivities(async (_ctx, activities, next) => {
      if (!held.holding) return next();
      this.deps.onSaying?.(context, activities);
      held.items.push(...activities);
      return activities.map(() => ({ id: '' }));
    });
    this.deps.answerAddOn?.installOn(context, () => context.turnState.get(PREPARED_TURN) as AssistantTurn | undefined);
    // Registered after the hold: what is released goes through the check that keeps IDs out of shared chats.
    this.deps.privacy?.install(context);
    let saved = false;
    // Last: it sees the messages as they really go out, and records the answers among them.
    this.deps.feedback?.installOn(context);
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          await this.dispatch(context);
          await this.deps.dialogState.saveChanges(context, false);
          saved = true;
          break;
        } catch (err) {
          if (!(err instanceof ETagConflictError) || attempt >= MAX_TURN_ATTEMPTS) throw err;
          this.deps.logger.info('dialog state changed by another turn; running this turn again', { attempt });
          held.items.length = 0;
          await this.deps.dialogState.load(context, true);
        }
      }
    } finally {
      // Also on an error: what was said before it goes out, and onTurnError's answer is not held.
      held.holding = false;
      if (held.items.length > 0) {
        const items = held.items.splice(0);
        const responses = await context.sendActivities(items);
        if (saved && noteSentIds(items, responses)) await this.saveSentIds(context);
      }
    }
  }

  /**
   * A message goes straight to handleMessage: the SDK's ActivityHandler would pass it through six nested
   * async steps (turn, activity type, message handlers, each with its `next`) to reach the same call, and
   * messages are most of the traffic. Everything else takes the SDK's dispatch.
   */
  private dispatch(context: TurnContext): Promise<void> {
    if (context.activity.type === ActivityTypes.Message) return this.handleMessage(context);
    return super.run(context);
  }

  /** A reply's id (a question card's, to update it once answered) goes into the dialog state after the turn. */
  private async saveSentIds(context: TurnContext): Promise<void> {
    try {
      await this.deps.dialogState.saveChanges(context, false);
    } catch (err) {
      if (!(err instanceof ETagConflictError)) throw err;
      // Another turn of the same person saved meanwhile: this card just keeps its buttons.
      this.deps.logger.warn('reply id not saved: dialog state changed by another turn');
    }
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const action = invokeValue?.action;
    const data = action?.data && typeof action.data === 'object' ? (action.data as Record<string, unknown>) : {};
    const verb = typeof action?.verb === 'string' ? action.verb : '';
    const submit: CardSubmit = { verb, data, viaInvoke: true };
    const turn = await this.prepare(context, submit);
    await this.deps.onConversationSeen?.(context);
    // What a handler says during an Action.Execute becomes the invoke's answer (a card replaces the clicked
    // card; text shows under it) instead of extra chat messages next to a bare "Done".
    const sends = context.turnState.get(HELD_SENDS) as HeldSends;
    const before = sends.items.length;
    await this.deps.router.route(turn);
    const said = sends.items.splice(before);
    const held = said.filter((a) => a.type === ActivityTypes.Message);
    sends.items.push(...said.filter((a) => a.type !== ActivityTypes.Message));
    let response: AdaptiveCardInvokeResponse | undefined;
    const replacement = clickedCardReplacement(context);
    if (replacement) {
      // The clicked card shows what was chosen; every message of the turn goes to the chat.
      response = { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: replacement };
    } else if (held.length > 0) {
      const first = held[0];
      const card = first.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
      response = card
        ? { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card.content as Record<string, unknown> }
        : { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: (first.text ?? '') as unknown as Record<string, unknown> };
      held.shift();
    }
    if (held.length > 0) await context.sendActivities(held);
    return (
      response ?? {
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: turn.t('common.done') as unknown as Record<string, unknown>,
      }
    );
  }

  /** An invoke the bot does not handle gets 200 with no body (the SDK would answer 501 Not Implemented). */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === SUBMIT_ACTION_INVOKE && this.deps.feedback) {
      // Teams expects 200 with an empty body, whatever the feedback held.
      await this.deps.feedback.submitAction(await this.prepare(context, undefined));
      return { status: StatusCodes.OK };
    }
    // Only the invokes the bot implements reach the SDK's dispatch: the others (file consent, task modules,
    // message extensions...) would run SDK code on whatever value came with them (null: a failed turn).
    if (!HANDLED_INVOKES.has(context.activity.name ?? '')) return { status: StatusCodes.OK };
    const response = await super.onInvokeActivity(context);
    return response.status === StatusCodes.NOT_IMPLEMENTED ? { status: StatusCodes.OK } : response;
  }

  /** Teams SSO: signin/verifyState and signin/tokenExchange go to the active sign-in prompt. */
  protected override async onSignInInvoke(context: TurnContext): Promise<void> {
    const turn = await this.prepare(context, undefined);
    await this.deps.router.route(turn);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    await this.deps.onConversationSeen?.(context);
    const value = context.activity.value as Record<string, unknown> | undefined;
    // A question button ({verb: 'ask', query}) is the same as typing its question.
    const asked = value?.verb === ASK_VERB && typeof value.query === 'string' ? value.query : undefined;
    const submit: CardSubmit | undefined =
      !asked && value && typeof value === 'object' && typeof value.verb === 'string'
        ? { verb: value.verb, data: value, viaInvoke: false }
        : undefined;
    const raw = asked ?? (typeof context.activity.text === 'string' ? context.activity.text : '');
    if (!submit && raw.length > MAX_TEXT_LENGTH) {
      const locale = resolveLocale(undefined, context.activity.locale);
      await context.sendActivity(translator(locale)('common.tooLong', { max: MAX_TEXT_LENGTH }));
      return;
    }
    const turn = await this.prepare(context, submit, asked);
    if (!turn.text && !turn.submit) {
      await context.sendActivity(turn.t('common.empty'));
      return;
    }
    if (turn.conversationKind !== 'personal' && turn.text && (await this.deps.privacy?.carriesIds(turn.tenantId, { text: turn.text }))) {
      // Someone pasted the organization's ID where everyone can read it: say so, never repeat it.
      await context.sendActivity(turn.t('act.typed.pastedShared'));
      return;
    }
    await this.deps.router.route(turn);
  }

  private async prepare(context: TurnContext, submit: CardSubmit | undefined, asked?: string): Promise<AssistantTurn> {
    const activity = context.activity;
    const text = submit ? '' : (asked ?? stripMentions(context)).trim().slice(0, MAX_TEXT_LENGTH);
    const recognition = text ? await this.deps.recognizer.recognize(text, localeHint(activity.locale)) : undefined;
    const submitLocale = submit && isLocale(submit.data.locale) ? submit.data.locale : undefined;
    const locale = resolveLocale(recognition?.language ?? submitLocale, activity.locale);
    context.turnState.set('assistant.locale', locale);
    this.deps.logger.debug('turn', {
      type: activity.type,
      intent: recognition?.intent,
      score: recognition?.score,
      verb: submit?.verb,
      locale,
    });
    const turn: AssistantTurn = {
      context,
      locale,
      t: translator(locale),
      text,
      recognition,
      submit,
      user: userOf(activity),
      tenantId: tenantOf(activity),
      conversationKind: conversationKindOf(activity),
    };
    context.turnState.set(PREPARED_TURN, turn);
    return turn;
  }
}

function stripMentions(context: TurnContext): string {
  const activity = context.activity;
  let text = activity.text ?? '';
  if (activity.entities?.some((e) => e.type === 'mention')) {
    try {
      text = TurnContext.removeRecipientMention(activity) ?? text;
    } catch {
      // A malformed mention entity: the <at> tags are removed below anyway.
    }
  }
  return text.replace(/<at>[^<]*<\/at>/g, ' ').trim();
}

function localeHint(tag: string | undefined): Locale | undefined {
  const primary = tag?.toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : undefined;
}

export { ActivityTypes };
