import { ActivityTypes } from '../bot/protocol';
import type { Callers } from '../bot/callers';
import type { TurnHandler } from '../bot/turn';
import { answerCard, type CardRenderer } from '../cards';
import { suggestedAnswer } from '../cards/ticketCards';
import { actorOf } from '../domain/benefitsService';
import { canHandleTickets } from '../domain/tickets';
import { statusText } from '../cards/ticketCards';
import type { Logger } from '../logger';
import type { Store } from '../store/repositories';
import type { Helpdesk } from './helpdesk';
import { auditRefusal, isOutsider, refusalText } from './refusal';

/** The verb of the ticket card's "Send this answer". */
export const SEND_ANSWER_VERB = 'helpdesk.sendAnswer';

export interface SuggestedAnswerDeps {
  store: Store;
  callers: Callers;
  helpdesk: Helpdesk;
  cards: CardRenderer;
  logger: Logger;
  kick: () => void;
}

function numberOf(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,9}$/.test(v.trim()) ? Number(v.trim()) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}


/**
 * "Send this answer" on a ticket card: the bot's full answer card for the ticket's topic goes to the requester,
 * in their language, through the outbox (written with the ticket's history entry). Helpdesk and admins only.
 */
export class SuggestedAnswer {
  constructor(private readonly deps: SuggestedAnswerDeps) {}

  send: TurnHandler = async (turn) => {
    const caller = await this.deps.callers.resolve(turn);
    if (!caller) return;
    const number = numberOf(turn.submit?.data.number);
    if (!canHandleTickets(caller)) {
      await auditRefusal(this.deps, caller, 'ticket.answerSent', { number });
      return void (await turn.context.sendActivity(isOutsider(caller) ? refusalText(turn, caller) : turn.t('helpdesk.refused')));
    }
    const ticket = number ? await this.deps.store.tickets.get(caller.tenantId, number) : undefined;
    if (!ticket || number === undefined) return void (await turn.context.sendActivity(turn.t('helpdesk.notFound', { number: number ?? '?' })));
    const open = ticket.status === 'new' || ticket.status === 'assigned' || ticket.status === 'waiting';
    if (!open) return void (await turn.context.sendActivity(turn.t('helpdesk.notAllowed', { number, status: statusText(turn.locale, ticket.status) })));
    const model = suggestedAnswer(ticket.locale, ticket.topic);
    if (!model) return void (await turn.context.sendActivity(turn.t('suggest.none', { number })));
    const me = actorOf(caller);
    const activity = { type: ActivityTypes.Message, attachments: [this.deps.cards.render('answer', answerCard(model, ticket.locale))], summary: model.summary };
    const changed = await this.deps.store.tickets.change(caller.tenantId, number, me, caller.conversationId, (current) => ({
      status: current.status,
      assignee: current.assignee,
      event: { at: '', kind: 'answerSent', actor: me, detail: model.title },
      auditAction: 'ticket.answerSent',
      outbox: (after) => [
        this.deps.helpdesk.cardUpdate(after),
        {
          dedupeKey: `t${after.number}:v${after.version}:answer`,
          kind: 'message',
          ticketNumber: after.number,
          payload: { reference: after.requester.reference, activity },
          lane: `conv:${after.requester.conversationId}`,
        },
      ],
    }));
    this.deps.kick();
    this.deps.logger.info('suggested answer sent', { tenantId: caller.tenantId, number, topic: ticket.topic });
    if (turn.submit?.viaInvoke && changed) return void (await turn.context.sendActivity(await this.deps.helpdesk.ticketCard(turn.locale, changed.ticket, true)));
    await turn.context.sendActivity(turn.t('helpdesk.changed', { number, status: statusText(turn.locale, ticket.status) }));
  };
}
