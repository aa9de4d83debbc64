import { ActivityTypes } from '../bot/protocol';
import type { CardRenderer } from '../cards';
import { reviewNoticeData } from '../cards/orgAnswerCards';
import { localeFromTag } from '../i18n/locale';
import type { Store } from '../store/repositories';

export interface OrgAnswerReviewsDeps {
  store: Pick<Store, 'orgAnswers' | 'tickets' | 'outbox'>;
  cards: CardRenderer;
  /** Wakes the outbox after reminders were written. */
  kick: () => void;
}

/** Answers looked at per pass; the rest are found by the next one. */
const PASS_LIMIT = 100;

/**
 * An organization answer due for review gets one reminder card in its organization's helpdesk channel
 * (Still correct / Edit / Delete), in the channel's language. The outbox writes each dedupe key once, so a
 * pass repeated by another instance or after a crash sends nothing twice; an organization without a helpdesk
 * channel is reminded once it has one.
 */
export class OrgAnswerReviews {
  constructor(private readonly deps: OrgAnswerReviewsDeps) {}

  /** Writes the reminders due at `now`; returns how many. */
  async remindDue(now: Date): Promise<number> {
    const { store } = this.deps;
    const due = await store.orgAnswers.dueForReview(now.toISOString(), PASS_LIMIT);
    let written = 0;
    for (const answer of due) {
      const channel = await store.tickets.getChannel(answer.tenantId);
      if (!channel) continue;
      const locale = localeFromTag(channel.locale) ?? 'en';
      const data = reviewNoticeData(locale, answer);
      await store.outbox.enqueue(answer.tenantId, [
        {
          dedupeKey: `answerReview:${answer.id}:${answer.reviewDue}`,
          kind: 'message',
          payload: {
            reference: channel.reference,
            activity: { type: ActivityTypes.Message, attachments: [this.deps.cards.render('notice', data)], summary: data.title },
          },
          lane: `conv:${channel.conversationId}`,
        },
      ]);
      if (await store.orgAnswers.markReminded(answer.tenantId, answer.id, answer.reviewDue)) written += 1;
    }
    if (written > 0) this.deps.kick();
    return written;
  }
}
