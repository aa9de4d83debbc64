import { randomUUID } from 'node:crypto';
import { ActivityTypes, type Activity, type ConversationReference, type TurnContext } from '../bot/protocol';
import { conversationReferenceOf } from '../bot/identity';
import type { Callers } from '../bot/callers';
import { maskIds } from '../domain/idMasking';
import { asksForPerson } from '../nlu/personRequest';
import { TicketLimitError } from '../store/errors';
import { inPrivateOrHelpdeskChannel } from './helpdeskPlaces';
import type { DialogRunner } from '../bot/router';
import type { AssistantTurn, TurnHandler } from '../bot/turn';
import { CardRenderer } from '../cards';
import { escalationCardData, queueCardData, statusText, ticketCardData, ticketReplyCardData } from '../cards/ticketCards';
import { actorOf } from '../domain/benefitsService';
import type { Actor } from '../domain/records';
import {
  afterRequesterAnswer,
  canHandleTickets,
  canSetHelpdeskChannel,
  entitlementSnapshot,
  HelpdeskCommand,
  isRequester,
  matchesFilter,
  MAX_TICKET_TEXT,
  parseHelpdeskCommand,
  personKeyOf,
  sameTopicOpen,
  Ticket,
  TicketAction,
  TicketEvent,
  transition,
  URGENCIES,
  Urgency,
} from '../domain/tickets';
import { TOPIC_INTENTS, type Locale } from '../domain/types';
import { localeFromTag } from '../i18n/locale';
import { t } from '../i18n/strings';
import type { Logger } from '../logger';
import type { Recognizer } from '../nlu';
import type { NewOutboxMessage, Store } from '../store/repositories';
import type { TranscriptRecorder } from '../bot/helpdeskTranscript';
import { adminPersonalChats } from './adminNotices';
import type { ConversationReads } from '../bot/confirmedConversations';
import { auditRefusal, isOutsider, refusalText } from './refusal';

/** Card verbs of the helpdesk. `helpdesk.ask` ({ query }) is the "Ask the helpdesk" button elsewhere. */
export const HELPDESK_VERBS = {
  ask: 'helpdesk.ask',
  create: 'helpdesk.create',
  cancelDraft: 'helpdesk.cancelDraft',
  answer: 'helpdesk.answer',
  assignSelf: 'helpdesk.assignSelf',
  assign: 'helpdesk.assign',
  reply: 'helpdesk.reply',
  resolve: 'helpdesk.resolve',
  reopen: 'helpdesk.reopen',
  close: 'helpdesk.close',
} as const;

const ACTION_OF_VERB: Record<string, TicketAction> = {
  [HELPDESK_VERBS.assignSelf]: 'assignSelf',
  [HELPDESK_VERBS.assign]: 'assign',
  [HELPDESK_VERBS.reply]: 'reply',
  [HELPDESK_VERBS.resolve]: 'resolve',
  [HELPDESK_VERBS.reopen]: 'reopen',
  [HELPDESK_VERBS.close]: 'close',
};

export interface HelpdeskDeps {
  store: Store;
  /** Personal chats as Teams confirms them (ConfirmedConversations). */
  conversations: ConversationReads;
  callers: Callers;
  recognizer: Recognizer;
  transcript: TranscriptRecorder;
  logger: Logger;
  cards: CardRenderer;
  /** Wakes the outbox after a change was committed (sends go out behind the turn). */
  kick: () => void;
  /** Open tickets one member may have at once (MAX_OPEN_TICKETS_PER_MEMBER); default 5. */
  maxOpenTicketsPerMember?: number;
}

function cardMessage(attachment: { contentType: string; content: unknown }, summary: string): Partial<Activity> {
  return { type: ActivityTypes.Message, attachments: [attachment], summary };
}

function textMessage(text: string): Partial<Activity> {
  return { type: ActivityTypes.Message, text };
}

function nameOf(a: Actor): string {
  return a.name?.trim() || a.userId;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

function numberOf(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,9}$/.test(v.trim()) ? Number(v.trim()) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** The message text without the bot's own mention (channel messages reach bots only when they @mention them). */
function commandText(activity: Partial<Activity>): string {
  return (activity.text ?? '').replace(/<at>[^<]*<\/at>/g, ' ').trim();
}

export function helpdeskCommandOf(turn: AssistantTurn): HelpdeskCommand | undefined {
  const text = commandText(turn.context.activity);
  const command = parseHelpdeskCommand(text);
  if (command) return command;
  // Asking for a person in one's own words, in any state (inside a clarifying question or a dialog too).
  return !turn.submit && asksForPerson(text) ? { kind: 'escalate' } : undefined;
}

/** A channel's top-level conversation: a message in a thread carries `;messageid=` in its conversation id. */
function channelReference(context: TurnContext): { conversationId: string; reference: Partial<ConversationReference> } {
  const reference = conversationReferenceOf(context.activity);
  const conversationId = (reference.conversation?.id ?? '').split(';')[0];
  return { conversationId, reference: { ...reference, conversation: { ...reference.conversation!, id: conversationId }, activityId: undefined } };
}

/** A request for a person this long carries its own problem ("X fails with Y, get me someone"). */
const PROBLEM_IN_REQUEST_WORDS = 12;

function ticketLane(number: number): string {
  return `ticket:${number}`;
}

/** The helpdesk's chat commands, card verbs and messages. Every action re-checks the caller's role here. */
export class Helpdesk {
  constructor(private readonly deps: HelpdeskDeps) {}

  // ---- commands -----------------------------------------------------------------------------------

  command = async (turn: AssistantTurn, command: HelpdeskCommand): Promise<void> => {
    switch (command.kind) {
      case 'helpdeskHere':
        return this.setChannel(turn);
      case 'escalate':
        return this.offerEscalation(turn, '');
      case 'myTickets':
        return this.myTickets(turn);
      case 'queue':
        return this.queue(turn, command.filter);
      case 'showTicket':
        return this.showTicket(turn, command.number);
    }
  };

  private async setChannel(turn: AssistantTurn): Promise<void> {
    const caller = await this.deps.callers.resolve(turn, { privileged: true });
    if (!caller) return;
    if (!canSetHelpdeskChannel(caller)) {
      await auditRefusal(this.deps, caller, 'helpdesk.channel.set');
      return void (await turn.context.sendActivity(isOutsider(caller) ? refusalText(turn, caller) : turn.t('helpdesk.here.refused')));
    }
    if (turn.conversationKind !== 'channel') return void (await turn.context.sendActivity(turn.t('helpdesk.here.notChannel')));
    const membership = (turn.context.activity.channelData as { channel?: { membershipType?: unknown } } | undefined)?.channel?.membershipType;
    if (membership === 'private') return void (await turn.context.sendActivity(turn.t('helpdesk.here.private')));
    const { conversationId, reference } = channelReference(turn.context);
    const { requeued } = await this.deps.store.tickets.setChannel(caller.tenantId, { conversationId, reference, locale: turn.locale }, actorOf(caller));
    this.deps.kick();
    const lines = [turn.t('helpdesk.here.set'), ...(requeued > 0 ? [turn.t('helpdesk.here.requeued', { count: requeued })] : [])];
    await turn.context.sendActivity(lines.join(' '));
  }

  private async offerEscalation(turn: AssistantTurn, query: string): Promise<void> {
    if (turn.conversationKind !== 'personal') return void (await turn.context.sendActivity(turn.t('helpdesk.escalate.personalOnly')));
    const caller = await this.deps.callers.resolve(turn);
    if (!caller) return;
    if (isOutsider(caller)) return void (await turn.context.sendActivity(refusalText(turn, caller)));
    let question = query;
    if (!question) {
      // Typed "create a ticket": offer the question asked just before, as the user typed it; a request that tells
      // a problem itself ("Azure says … — please pass this to our support") adds it, or is the question.
      const turns = await this.deps.transcript.of(turn.context);
      const previous = turns.filter((x) => x.from === 'user' && x.text !== turn.text).pop()?.text ?? '';
      const told = turn.text && turn.text.trim().split(/\s+/).length >= PROBLEM_IN_REQUEST_WORDS ? turn.text.trim() : '';
      question = [previous, told].filter(Boolean).join('\n');
    }
    const data = escalationCardData(turn.locale, randomUUID(), question);
    await turn.context.sendActivity(cardMessage(this.deps.cards.render('escalation', data), data.title));
  }

  private async myTickets(turn: AssistantTurn): Promise<void> {
    // A person's questions and the helpdesk's replies are theirs: never listed where others read.
    if (turn.conversationKind !== 'personal') return void (await turn.context.sendActivity(turn.t('helpdesk.myTickets.personalOnly')));
    const caller = await this.deps.callers.resolve(turn);
    if (!caller) return;
    if (isOutsider(caller)) return void (await turn.context.sendActivity(refusalText(turn, caller)));
    const mine = await this.deps.store.tickets.listByRequester(caller.tenantId, personKeyOf(actorOf(caller)));
    const data = queueCardData(turn.locale, mine, { kind: 'mine' });
    await turn.context.sendActivity(cardMessage(this.deps.cards.render('queue', data), data.title));
  }

  private async queue(turn: AssistantTurn, filter: Parameters<typeof matchesFilter>[1]): Promise<void> {
    const caller = await this.deps.callers.resolve(turn);
    if (!caller) return;
    if (!canHandleTickets(caller)) {
      await auditRefusal(this.deps, caller, 'ticket.queue');
      return void (await turn.context.sendActivity(isOutsider(caller) ? refusalText(turn, caller) : turn.t('helpdesk.refused')));
    }
    // The queue quotes people's questions: not in a group chat or another channel.
    if (!(await inPrivateOrHelpdeskChannel(turn, this.deps.store, caller.tenantId))) {
      return void (await turn.context.sendActivity(turn.t('helpdesk.tickets.notHere')));
    }
    const now = new Date();
    const me = actorOf(caller);
    // Filtered in the database before the limit: a hundred resolved tickets never hide a new one.
    const query = { filter, me: personKeyOf(me), olderThan: new Date(now.getTime() - DAY_MS).toISOString(), limit: QUEUE_PAGE };
    const [tickets, channel] = await Promise.all([this.deps.store.tickets.listQueue(caller.tenantId, query), this.deps.store.tickets.getChannel(caller.tenantId)]);
    const data = queueCardData(turn.locale, tickets, { kind: 'queue', filter, noChannel: !channel });
    await turn.context.sendActivity(cardMessage(this.deps.cards.render('queue', data), data.title));
  }

  private async showTicket(turn: AssistantTurn, number: number): Promise<void> {
    const caller = await this.deps.callers.resolve(turn);
    if (!caller) return;
    if (!isOutsider(caller) && !(await inPrivateOrHelpdeskChannel(turn, this.deps.store, caller.tenantId))) {
      return void (await turn.context.sendActivity(turn.t('helpdesk.tickets.notHere')));
    }
    const ticket = isOutsider(caller) ? undefined : await this.deps.store.tickets.get(caller.tenantId, number);
    const helpdesk = canHandleTickets(caller);
    if (!ticket || (!helpdesk && !isRequester(ticket, actorOf(caller)))) {
      return void (await turn.context.sendActivity(turn.t('helpdesk.notFound', { number })));
    }
    await turn.context.sendActivity(await this.ticketCard(turn.locale, ticket, helpdesk));
  }

  // ---- card verbs -----------------------------------------------------------------------------------

  /** "Ask the helpdesk" buttons ({ query }, or { question } from the troubleshooters): the confirmation card, with that question. */
  ask: TurnHandler = async (turn) => {
    const data = turn.submit?.data;
    await this.offerEscalation(turn, str(data?.query ?? data?.question).slice(0, MAX_TICKET_TEXT));
  };

  /** [Cancel] on the "Ask the helpdesk" form: nothing is created; the form is left as it was. */
  cancelDraft: TurnHandler = async (turn) => {
    await turn.context.sendActivity(turn.t('helpdesk.escalate.cancelled'));
  };

  create: TurnHandler = async (turn) => {
    const data = turn.submit?.data ?? {};
    if (turn.conversationKind !== 'personal') return void (await turn.context.sendActivity(turn.t('helpdesk.escalate.personalOnly')));
    const question = str(data.question);
    if (!question || question.length > MAX_TICKET_TEXT) {
      return void (await turn.context.sendActivity(turn.t('helpdesk.escalate.empty', { max: MAX_TICKET_TEXT })));
    }
    const draft = str(data.draft).slice(0, 64) || turn.context.activity.id || randomUUID();
    const urgency: Urgency = (URGENCIES as readonly string[]).includes(str(data.urgency)) ? (str(data.urgency) as Urgency) : 'normal';
    const caller = await this.deps.callers.resolve(turn);
    if (!caller) return;
    if (isOutsider(caller)) return void (await turn.context.sendActivity(refusalText(turn, caller)));
    const { store } = this.deps;
    const tenantId = caller.tenantId;
    const [profile, benefit, channel, transcript, recognition, hintTargets] = await Promise.all([
      store.profiles.get(tenantId),
      store.benefits.get(tenantId),
      store.tickets.getChannel(tenantId),
      this.deps.transcript.of(turn.context),
      this.deps.recognizer.recognize(question, turn.locale),
      this.adminChats(tenantId),
    ]);
    const topic = (TOPIC_INTENTS as readonly string[]).includes(recognition.intent) ? recognition.intent : undefined;
    const requester = {
      ...actorOf(caller),
      conversationId: turn.context.activity.conversation.id,
      reference: conversationReferenceOf(turn.context.activity),
    };
    // The draft key is the requester's own: another member reusing a card's key makes a ticket of their own.
    const limit = this.deps.maxOpenTicketsPerMember ?? 5;
    const outcome = await store.tickets
      .create(
      tenantId,
      { draftKey: `${personKeyOf(requester)}:${draft}`.slice(0, 200), requester, locale: turn.locale, question, urgency, topic, transcript, entitlement: entitlementSnapshot(profile, benefit) },
      (tk) => [{ dedupeKey: `t${tk.number}:post`, kind: 'ticketPost', ticketNumber: tk.number, payload: {}, lane: ticketLane(tk.number), parked: !channel }],
      (tk) =>
        hintTargets.map((ref) => ({
          dedupeKey: `setupHint:${ref.conversationId}`,
          kind: 'message' as const,
          payload: { reference: ref.reference, activity: textMessage(t(ref.locale, 'helpdesk.setupHint', { number: tk.number })) },
          lane: `conv:${ref.conversationId}`,
        })),
      limit,
    )
      .catch((err: unknown) => {
        if (err instanceof TicketLimitError) return err;
        throw err;
      });
    if (outcome instanceof TicketLimitError) {
      const numbers = outcome.open.map((n) => `#${n}`).join(', ');
      return void (await turn.context.sendActivity(turn.t('helpdesk.tooMany', { max: outcome.limit, numbers })));
    }
    const { created, ticket } = outcome;
    this.deps.kick();
    const key = !created ? 'helpdesk.createdAgain' : channel ? 'helpdesk.created' : 'helpdesk.createdNoChannel';
    this.deps.logger.info('ticket created', { tenantId, number: ticket.number, created, urgency, topic });
    const masked = created && maskIds(question, recordedIdsOf(benefit)).masked;
    await turn.context.sendActivity(turn.t(key, { number: ticket.number }) + (masked ? `\n\n${turn.t('helpdesk.idsMasked')}` : ''));
  };

  /** Helpdesk buttons on the ticket card: Assign to me, Assign to…, Reply, Resolve, Reopen, Close. */
  act: TurnHandler = async (turn) => {
    const submit = turn.submit;
    const action = submit ? ACTION_OF_VERB[submit.verb] : undefined;
    if (!submit || !action) return;
    const caller = await this.deps.callers.resolve(turn);
    if (!caller) return;
    const number = numberOf(submit.data.number);
    if (!canHandleTickets(caller)) {
      await auditRefusal(this.deps, caller, `ticket.${action}`, { number });
      return void (await turn.context.sendActivity(isOutsider(caller) ? refusalText(turn, caller) : turn.t('helpdesk.refused')));
    }
    if (number === undefined) return void (await turn.context.sendActivity(turn.t('helpdesk.notFound', { number: '?' })));
    const me = actorOf(caller);
    let target: Actor | undefined;
    if (action === 'assign') {
      const chosen = str(submit.data.assignee).toLowerCase();
      const grant = (await this.deps.store.roles.list(caller.tenantId)).find((g) => g.role === 'helpdesk' && g.aadObjectId === chosen);
      if (!grant) return void (await turn.context.sendActivity(turn.t('helpdesk.badTarget')));
      target = { userId: grant.aadObjectId, aadObjectId: grant.aadObjectId, name: grant.name };
    }
    const replyText = action === 'reply' ? str(submit.data.reply) : '';
    if (action === 'reply' && (!replyText || replyText.length > MAX_TICKET_TEXT)) {
      return void (await turn.context.sendActivity(turn.t('helpdesk.reply.empty')));
    }
    let refusal: ReturnType<typeof transition> | undefined;
    const result = await this.deps.store.tickets.change(caller.tenantId, number, me, caller.conversationId, (current) => {
      const next = transition(current, action, me, target);
      if (!next.ok) {
        refusal = next;
        return undefined;
      }
      const event: TicketEvent = {
        at: '',
        kind: eventKindOf(action),
        actor: me,
        ...(action === 'reply' ? { text: replyText } : {}),
        ...(action === 'assign' || action === 'assignSelf' ? { detail: nameOf(next.assignee ?? me) } : {}),
      };
      return {
        status: next.status,
        assignee: next.assignee,
        event,
        auditAction: `ticket.${event.kind}`,
        outbox: (after) => this.afterChange(after, action, me, replyText),
      };
    });
    if (!result) return void (await turn.context.sendActivity(turn.t('helpdesk.notFound', { number })));
    this.deps.kick();
    if (!result.applied) {
      const ticket = result.ticket;
      if (refusal && !refusal.ok && refusal.reason === 'alreadyAssigned' && submit.viaInvoke) {
        // A stale card: show the current one, with who has the ticket.
        return void (await turn.context.sendActivity(await this.ticketCard(turn.locale, ticket, true)));
      }
      const text =
        refusal && !refusal.ok && refusal.reason === 'alreadyAssigned'
          ? turn.t('helpdesk.alreadyAssigned', { name: nameOf(refusal.assignee), number })
          : turn.t('helpdesk.notAllowed', { number, status: statusText(turn.locale, ticket.status) });
      return void (await turn.context.sendActivity(text));
    }
    this.deps.logger.info('ticket changed', { tenantId: caller.tenantId, number, action, status: result.ticket.status });
    await turn.context.sendActivity(
      submit.viaInvoke
        ? await this.ticketCard(turn.locale, result.ticket, true)
        : turn.t(action === 'reopen' ? 'helpdesk.reopened' : 'helpdesk.changed', { number, status: statusText(turn.locale, result.ticket.status) }),
    );
  };

  /** The requester's Reply button on a helpdesk reply. */
  answer: TurnHandler = async (turn) => {
    const number = numberOf(turn.submit?.data.number);
    await this.answerTicket(turn, number, str(turn.submit?.data.answer));
  };

  /**
   * While one of the user's tickets waits on them, their next message in the personal chat (not a command,
   * not a card) is their answer: it goes to the ticket. Tried after an active dialog, before the intents.
   */
  async answerIfWaiting(turn: AssistantTurn): Promise<boolean> {
    if (turn.submit || !turn.text || !turn.tenantId || turn.conversationKind !== 'personal') return false;
    // "help" and "cancel" stay with the bot: a requester must be able to find their way.
    if (turn.recognition?.intent === 'help' || turn.recognition?.intent === 'cancel') return false;
    const waiting = await this.deps.store.tickets.waitingFor(turn.tenantId, personKeyOf(turn.user));
    if (!waiting) return false;
    await this.answerTicket(turn, waiting.number, turn.text);
    return true;
  }

  /** The dialog runner with waiting tickets after the active dialog. */
  withWaitingAnswers(dialogs: DialogRunner): DialogRunner {
    return { continueActive: async (turn) => (await dialogs.continueActive(turn)) || this.answerIfWaiting(turn) };
  }

  private async answerTicket(turn: AssistantTurn, number: number | undefined, text: string): Promise<void> {
    const caller = await this.deps.callers.resolve(turn);
    if (!caller) return;
    const me = actorOf(caller);
    const ticket = number && !isOutsider(caller) ? await this.deps.store.tickets.get(caller.tenantId, number) : undefined;
    if (!ticket || !isRequester(ticket, me)) {
      await auditRefusal(this.deps, caller, 'ticket.answer', { number });
      return void (await turn.context.sendActivity(turn.t('helpdesk.notFound', { number: number ?? '?' })));
    }
    if (!text || text.length > MAX_TICKET_TEXT) return void (await turn.context.sendActivity(turn.t('helpdesk.answer.empty')));
    await this.deps.store.tickets.change(caller.tenantId, ticket.number, me, caller.conversationId, (current) => ({
      status: afterRequesterAnswer(current.status),
      assignee: current.assignee,
      event: { at: '', kind: 'answer', actor: me, text },
      auditAction: 'ticket.answer',
      outbox: (after) => [
        this.cardUpdate(after),
        {
          dedupeKey: `t${after.number}:v${after.version}:thread`,
          kind: 'ticketThread',
          ticketNumber: after.number,
          // The thread message is written in the channel's language when it is sent.
          payload: { name: nameOf(me), text },
          lane: ticketLane(after.number),
        },
      ],
    }));
    this.deps.kick();
    const masked = maskIds(text, recordedIdsOf(await this.deps.store.benefits.get(caller.tenantId))).masked;
    await turn.context.sendActivity(turn.t('helpdesk.answer.sent', { number: ticket.number }) + (masked ? `\n\n${turn.t('helpdesk.idsMasked')}` : ''));
  }

  // ---- helpers --------------------------------------------------------------------------------------

  cardUpdate(after: Ticket): NewOutboxMessage {
    return { dedupeKey: `t${after.number}:v${after.version}`, kind: 'ticketUpdate', ticketNumber: after.number, payload: {}, lane: ticketLane(after.number) };
  }

  /** The card update, and the notice to the requester in their chat and language. */
  private afterChange(after: Ticket, action: TicketAction, by: Actor, replyText: string): NewOutboxMessage[] {
    const locale = after.locale;
    const name = nameOf(by);
    let activity: Partial<Activity>;
    switch (action) {
      case 'assignSelf':
      case 'assign':
        activity = textMessage(t(locale, 'helpdesk.notice.assigned', { number: after.number, name: after.assignee ? nameOf(after.assignee) : name }));
        break;
      case 'reply': {
        const data = ticketReplyCardData(locale, after.number, name, replyText);
        activity = cardMessage(this.deps.cards.render('ticketReply', data), data.title);
        break;
      }
      case 'resolve':
        activity = textMessage(t(locale, 'helpdesk.notice.resolved', { number: after.number, name }));
        break;
      case 'reopen':
        activity = textMessage(t(locale, 'helpdesk.notice.reopened', { number: after.number, name }));
        break;
      case 'close':
        activity = textMessage(t(locale, 'helpdesk.notice.closed', { number: after.number }));
        break;
    }
    return [
      this.cardUpdate(after),
      {
        dedupeKey: `t${after.number}:v${after.version}:requester`,
        kind: 'message',
        ticketNumber: after.number,
        payload: { reference: after.requester.reference, activity },
        lane: `conv:${after.requester.conversationId}`,
      },
    ];
  }

  async ticketCard(locale: Locale, ticket: Ticket, withActions: boolean): Promise<Partial<Activity>> {
    // Other open tickets on the topic are the helpdesk's to see: a requester's view names nobody else's ticket.
    const [grants, open] = await Promise.all([
      withActions ? this.deps.store.roles.list(ticket.tenantId) : Promise.resolve([]),
      withActions && ticket.topic ? sameTopicTickets(this.deps.store, ticket) : Promise.resolve([]),
    ]);
    const roster = grants.filter((g) => g.role === 'helpdesk');
    const data = ticketCardData(locale, ticket, roster, withActions, sameTopicOpen(open, ticket));
    return cardMessage(this.deps.cards.render('ticket', data), `${data.title} · ${data.statusLine}`);
  }

  /** Personal chats of the Global admins and MPN partner admins, for the one-time setup hint. */
  private adminChats(tenantId: string): Promise<Array<{ conversationId: string; reference: object; locale: Locale }>> {
    return adminPersonalChats(this.deps.store, this.deps.conversations, tenantId);
  }
}

function eventKindOf(action: TicketAction): TicketEvent['kind'] {
  switch (action) {
    case 'assignSelf':
    case 'assign':
      return 'assigned';
    case 'reply':
      return 'reply';
    case 'resolve':
      return 'resolved';
    case 'reopen':
      return 'reopened';
    case 'close':
      return 'closed';
  }
}

/** The organization's recorded Access ID and Contract ID, for masking. */
function recordedIdsOf(benefit: { accessId?: string; contractId?: string }): string[] {
  return [benefit.accessId, benefit.contractId].filter((id): id is string => !!id);
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Tickets one queue card lists. */
const QUEUE_PAGE = 50;

/** Other open tickets on the same topic (new, assigned or waiting), for the helpdesk's card. */
export async function sameTopicTickets(store: Pick<Store, 'tickets'>, ticket: Ticket): Promise<Ticket[]> {
  if (!ticket.topic) return [];
  return store.tickets.listQueue(ticket.tenantId, { filter: 'all', me: '', olderThan: '', topic: ticket.topic, limit: 20 });
}
