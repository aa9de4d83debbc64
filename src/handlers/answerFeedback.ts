import { randomUUID } from 'node:crypto';
import { Activity, ActivityTypes, TurnContext } from 'botbuilder';
import type { Callers } from '../bot/callers';
import { tenantOf } from '../bot/identity';
import type { AssistantTurn } from '../bot/turn';
import type { CardRenderer } from '../cards';
import type { NoticeCardData } from '../cards/activationCards';
import { parseFeedbackValue, type AnsweredTopic } from '../domain/feedback';
import { personKeyOf } from '../domain/tickets';
import { isLocale } from '../i18n/locale';
import { t } from '../i18n/strings';
import type { Logger } from '../logger';
import type { Store } from '../store/repositories';

/** Where an answer message carries its topic and language until it is sent (never sent to Teams). */
const ANSWER_TAG = 'assistantAnswer';

/** The verb of the "Ask the helpdesk" button (HELPDESK_VERBS.ask). */
const ASK_HELPDESK_VERB = 'helpdesk.ask';

/**
 * channelData of every answer: Teams' own feedback buttons (`feedbackLoopEnabled`; never together with
 * `feedbackLoop`) and the answer's topic and language, recorded when it is sent (see installOn).
 */
export function answerChannelData(answered: AnsweredTopic): Record<string, unknown> {
  return { feedbackLoopEnabled: true, [ANSWER_TAG]: answered };
}

/** A conversation's id without the channel thread (`;messageid=`), as the feedback invoke may carry either. */
function baseConversationId(id: string | undefined): string {
  return (id ?? '').split(';')[0];
}

/** The topic and language an answer message carries until it is sent; undefined for any other message. */
export function answeredTopicOf(activity: Partial<Activity>): AnsweredTopic | undefined {
  return taggedAnswer(activity);
}

function taggedAnswer(activity: Partial<Activity>): AnsweredTopic | undefined {
  const tag = (activity.channelData as Record<string, unknown> | undefined)?.[ANSWER_TAG] as Partial<AnsweredTopic> | undefined;
  return tag && typeof tag.topic === 'string' && typeof tag.locale === 'string' ? { topic: tag.topic, locale: tag.locale } : undefined;
}

export interface AnswerFeedbackDeps {
  store: Store;
  callers: Callers;
  cards: CardRenderer;
  logger: Logger;
}

/** Teams' like / dislike buttons on answers: which answer was sent, and what people said about it. */
export class AnswerFeedback {
  constructor(private readonly deps: AnswerFeedbackDeps) {}

  /**
   * On every message the turn really sends: the answer tag leaves channelData, the message gets an id if it
   * has none (expectReplies returns no ids), and once sent, its topic and language are recorded under the id
   * Teams gave it (or ours), for this tenant and conversation.
   */
  installOn(context: TurnContext): void {
    context.onSendActivities(async (ctx, activities, next) => {
      const tags = activities.map((a) => {
        const answered = taggedAnswer(a);
        if (!answered) return undefined;
        const { [ANSWER_TAG]: _tag, ...channelData } = a.channelData as Record<string, unknown>;
        a.channelData = channelData;
        if (!a.id) a.id = randomUUID();
        return { answered, ownId: a.id };
      });
      const responses = await next();
      const tenantId = tenantOf(ctx.activity);
      const conversationId = baseConversationId(ctx.activity.conversation?.id);
      if (!tenantId || !conversationId) return responses;
      for (let i = 0; i < tags.length; i += 1) {
        const tag = tags[i];
        if (!tag) continue;
        const activityId = responses?.[i]?.id || tag.ownId;
        await this.deps.store.feedback
          .recordAnswer(tenantId, { conversationId, activityId }, tag.answered)
          .catch((err: unknown) => this.deps.logger.error('could not record a sent answer', { err, tenantId, topic: tag.answered.topic }));
      }
      return responses;
    });
  }

  /**
   * The `message/submitAction` invoke of a feedback button. Stored only for a verified member of the
   * conversation's tenant, on an answer recorded for that tenant and conversation; a dislike offers the
   * helpdesk. The invoke's own answer is always 200 with no body (AssistantBot).
   */
  async submitAction(turn: AssistantTurn): Promise<void> {
    const activity = turn.context.activity;
    const click = parseFeedbackValue(activity.value);
    const activityId = typeof activity.replyToId === 'string' ? activity.replyToId : '';
    if (!click || !activityId || !turn.tenantId) return;
    if (!(await this.deps.callers.isVerifiedMember(turn))) {
      this.deps.logger.info('feedback from a sender Teams does not confirm in this tenant: not stored', { tenantId: turn.tenantId });
      return;
    }
    const key = { conversationId: baseConversationId(activity.conversation?.id), activityId };
    const stored = await this.deps.store.feedback.add(turn.tenantId, key, personKeyOf(turn.user), click);
    if (!stored) {
      this.deps.logger.info('feedback on a message that is not a recorded answer of this tenant: not stored', { tenantId: turn.tenantId });
      return;
    }
    this.deps.logger.info('answer feedback', { tenantId: turn.tenantId, topic: stored.topic, reaction: stored.reaction, comment: Boolean(stored.comment) });
    if (click.reaction !== 'dislike') return;
    const locale = isLocale(stored.locale) ? stored.locale : turn.locale;
    // The comment is the person's own words: offered back only in a personal chat, never where others read.
    if (turn.conversationKind !== 'personal') return void (await turn.context.sendActivity(t(locale, 'feedback.dislike.personalOnly')));
    await turn.context.sendActivity(this.helpdeskOffer(locale, click.comment));
  }

  private helpdeskOffer(locale: AssistantTurn['locale'], comment: string | undefined): Partial<Activity> {
    const data: NoticeCardData = {
      title: t(locale, 'feedback.dislike.title'),
      style: 'default',
      lines: [t(locale, 'feedback.dislike.text')],
      facts: [],
      buttons: [{ title: t(locale, 'helpdesk.escalate.title'), data: { verb: ASK_HELPDESK_VERB, query: comment ?? '', locale } }],
    };
    return { type: ActivityTypes.Message, attachments: [this.deps.cards.render('notice', data)], summary: data.title };
  }
}
