import { ActivityTypes, type Activity, type ConversationReference } from '../bot/protocol';
import { CardRenderer } from '../cards';
import { ticketCardData } from '../cards/ticketCards';
import { sameTopicTickets } from './helpdesk';
import { plainText } from '../domain/plainText';
import { sameTopicOpen } from '../domain/tickets';
import { localeFromTag } from '../i18n/locale';
import { t } from '../i18n/strings';
import type { Locale } from '../domain/types';
import type { Ticket } from '../domain/tickets';
import type { PreparedSend, OutboxResolver } from '../services/outbox';
import type { HelpdeskChannel, OutboxMessage, Store } from '../store/repositories';

export interface HelpdeskDeliveryOptions {
  /** After a permanent failure, the ticket card is tried again this much later (the channel may come back). Default 10 min. */
  channelRetryMs?: number;
}

/**
 * Turns outbox messages into activities at send time: the ticket card from the ticket's current state in the
 * channel's language, thread answers under the card, notices as written.
 */
export class HelpdeskDelivery implements OutboxResolver {
  private readonly channelRetryMs: number;

  constructor(
    private readonly store: Store,
    private readonly cards: CardRenderer,
    options: HelpdeskDeliveryOptions = {},
  ) {
    this.channelRetryMs = options.channelRetryMs ?? 10 * 60_000;
  }

  async prepare(message: OutboxMessage): Promise<PreparedSend> {
    const tenantId = message.tenantId;
    if (message.kind === 'message') {
      const reference = message.payload.reference as Partial<ConversationReference>;
      return {
        kind: 'send',
        reference,
        activity: message.payload.activity as Partial<Activity>,
        conversationKey: reference.conversation?.id ?? message.lane,
        failedPermanently: async (status) => {
          if (message.ticketNumber) await this.store.tickets.recordDeliveryProblem(tenantId, message.ticketNumber, `requester:${status ?? '?'}`);
        },
        retryAfterPermanentMs: this.channelRetryMs,
      };
    }
    const ticket = message.ticketNumber ? await this.store.tickets.get(tenantId, message.ticketNumber) : undefined;
    if (!ticket) return { kind: 'skip' };
    const channel = await this.store.tickets.getChannel(tenantId);
    if (!channel) return message.kind === 'ticketPost' ? { kind: 'wait', ms: this.channelRetryMs } : { kind: 'skip' };
    const locale = localeFromTag(channel.locale) ?? 'en';
    switch (message.kind) {
      case 'ticketPost': {
        if (ticket.card) return { kind: 'skip' };
        return {
          kind: 'send',
          reference: channel.reference,
          activity: await this.card(locale, ticket),
          conversationKey: channel.conversationId,
          delivered: async (activityId) => {
            if (activityId) await this.store.tickets.setCard(tenantId, ticket.number, { conversationId: channel.conversationId, activityId });
          },
          failedPermanently: async (status) => {
            await this.store.tickets.recordDeliveryProblem(tenantId, ticket.number, `channel:${status ?? '?'}`);
          },
          retryAfterPermanentMs: this.channelRetryMs,
          retryForever: true,
        };
      }
      case 'ticketUpdate': {
        if (!ticket.card) return { kind: 'skip' };
        return {
          kind: 'update',
          reference: referenceIn(channel, ticket.card.conversationId),
          activityId: ticket.card.activityId,
          activity: await this.card(locale, ticket),
          conversationKey: ticket.card.conversationId,
        };
      }
      case 'ticketThread': {
        // Not posted yet: the card, when it is posted, shows the answer in its history.
        if (!ticket.card) return { kind: 'skip' };
        const text = `${t(locale, 'helpdesk.answer.thread', { name: plainText(String(message.payload.name ?? '')), number: ticket.number })}\n\n${plainText(String(message.payload.text ?? ''))}`;
        return {
          kind: 'send',
          reference: referenceIn(channel, `${ticket.card.conversationId};messageid=${ticket.card.activityId}`),
          activity: { type: ActivityTypes.Message, text },
          conversationKey: ticket.card.conversationId,
        };
      }
      case 'ticketReminder': {
        // Someone took the ticket since: the reminder has nothing left to say.
        if (ticket.status !== 'new' || ticket.assignee) return { kind: 'skip' };
        const text = t(locale, 'reminder.unassigned', { number: ticket.number, hours: Number(message.payload.hours ?? 0) });
        const under = ticket.card ? `${ticket.card.conversationId};messageid=${ticket.card.activityId}` : channel.conversationId;
        return {
          kind: 'send',
          reference: referenceIn(channel, under),
          activity: { type: ActivityTypes.Message, text },
          conversationKey: ticket.card?.conversationId ?? channel.conversationId,
        };
      }
    }
  }

  private async card(locale: Locale, ticket: Ticket): Promise<Partial<Activity>> {
    const [grants, open] = await Promise.all([
      this.store.roles.list(ticket.tenantId),
      sameTopicTickets(this.store, ticket),
    ]);
    const roster = grants.filter((g) => g.role === 'helpdesk');
    const data = ticketCardData(locale, ticket, roster, true, sameTopicOpen(open, ticket));
    return { type: ActivityTypes.Message, attachments: [this.cards.render('ticket', data)], summary: `${data.title} · ${data.statusLine}` };
  }
}

function referenceIn(channel: HelpdeskChannel, conversationId: string): Partial<ConversationReference> {
  const reference = channel.reference as Partial<ConversationReference>;
  return { ...reference, conversation: { ...reference.conversation!, id: conversationId } };
}
