/** Typed data for the helpdesk templates (ticket, queue, escalation, ticketReply); every string localized. */
import { COMPOSERS, type AnswerModel } from '../answers';
import { plainText } from '../domain/plainText';
import { TIER_NAMES } from '../domain/catalog';
import type { Allowance } from '../domain/catalog';
import type { QueueFilter, Ticket, TicketEvent, TicketStatus } from '../domain/tickets';
import { MAX_TICKET_TEXT } from '../domain/tickets';
import { TOPIC_INTENTS, type Locale } from '../domain/types';
import { say } from '../answers/answerParts';
import { t, type StringKey } from '../i18n/strings';

type Style = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

export interface TicketCardData {
  locale: Locale;
  number: string;
  title: string;
  statusLine: string;
  statusStyle: Style;
  facts: { title: string; value: string }[];
  questionLabel: string;
  question: string;
  problem: string;
  transcriptLabel: string;
  transcript: string[];
  historyLabel: string;
  history: string[];
  roster: { title: string; value: string }[];
  can: Record<'assignSelf' | 'assign' | 'reply' | 'resolve' | 'reopen' | 'close' | 'caseOpened' | 'sendAnswer' | 'saveAnswer', boolean>;
  labels: Record<
    'assignSelf' | 'assignTo' | 'assignToLabel' | 'assign' | 'reply' | 'replyLabel' | 'send' | 'resolve' | 'reopen' | 'close' | 'saveAnswer',
    string
  >;
  /** "Microsoft case opened": the form's labels and the two support types (the incident ledger). */
  /** What the bot would answer (topic and first sentence), and other open tickets on the same topic. */
  suggestion: { show: boolean; label: string; line: string; sameTopic: string; send: string };
  caseForm: { button: string; supportType: string; caseNumber: string; openedOn: string; record: string; supportTypes: { title: string; value: string }[] };
}

export interface QueueCardData {
  title: string;
  /** How many tickets the view holds, in a sentence ("Tickets waiting for the requester’s answer: 2."); '' for one's own. */
  summary: string;
  notice: string;
  empty: string;
  rows: { line: string; detail: string; problem: string; style: Style; open: string; query: string }[];
  /** The queue's filters as a drop-down (the chosen one is sent as the query, like typing it). */
  filters: { title: string; query: string }[];
  filterLabel: string;
  filterShow: string;
  filterValue: string;
}

export interface EscalationCardData {
  locale: Locale;
  draft: string;
  title: string;
  intro: string;
  questionLabel: string;
  placeholder: string;
  question: string;
  urgencyLabel: string;
  defaultUrgency: string;
  urgencies: { title: string; value: string }[];
  submit: string;
  cancel: string;
}

export interface TicketReplyCardData {
  locale: Locale;
  number: string;
  title: string;
  text: string;
  replyButton: string;
  placeholder: string;
  send: string;
}

const STATUS_STYLE: Record<TicketStatus, Style> = {
  new: 'accent',
  assigned: 'emphasis',
  waiting: 'warning',
  resolved: 'good',
  closed: 'default',
};

export function statusText(locale: Locale, status: TicketStatus): string {
  return t(locale, `helpdesk.status.${status}` as StringKey);
}

/** ISO date-time as "2026-11-30 14:05 UTC": the same in every locale, no locale data needed. */
export function timeText(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

function nameOf(a: { name?: string; userId: string }): string {
  return plainText(rawNameOf(a));
}

function rawNameOf(a: { name?: string; userId: string }): string {
  return a.name?.trim() || a.userId;
}

function allowanceText(locale: Locale, a: Allowance | undefined): string {
  if (!a || a.kind === 'none') return t(locale, 'helpdesk.incidents.none');
  if (a.kind === 'unlimited') return t(locale, 'helpdesk.incidents.unlimited');
  return String(a.incidents);
}

export function eventText(locale: Locale, e: TicketEvent): string {
  const params = { time: timeText(e.at), name: nameOf(e.actor), target: e.detail ?? '', text: plainText(e.text ?? '') };
  return t(locale, `helpdesk.event.${e.kind}` as StringKey, params);
}

export function problemText(locale: Locale, problem: string | undefined): string {
  if (!problem) return '';
  const [where, status] = problem.split(':');
  return t(locale, where === 'channel' ? 'helpdesk.problem.channel' : 'helpdesk.problem.requester', { status: status || '?' });
}

/** The recognized topic as the help card names it ("Paid support plans"), not the intent's id. */
export function topicText(locale: Locale, topic: string): string {
  return (TOPIC_INTENTS as readonly string[]).includes(topic) ? say(locale, `answers.q.${topic}.title` as StringKey) : topic;
}

/** The ticket card in the helpdesk channel; `roster` are the helpdesk members one can assign to. */
/** The bot's own answer to a ticket's topic, in `locale`; undefined when the topic has no answer card of its own. */
export function suggestedAnswer(locale: Locale, topic: string | undefined): AnswerModel | undefined {
  if (!topic || !Object.prototype.hasOwnProperty.call(COMPOSERS, topic)) return undefined;
  return COMPOSERS[topic as keyof typeof COMPOSERS]({ locale, slots: {} });
}

/** The first sentence of a plain text (the answer's summary). */
function firstSentence(text: string): string {
  const m = /^(.+?[.!?…])(\s|$)/.exec(text.trim());
  return (m ? m[1] : text).trim();
}

/**
 * The ticket card in the helpdesk channel; `roster` are the helpdesk members one can assign to, `sameTopic`
 * the numbers of the organization's other open tickets on the same topic.
 */
export function ticketCardData(
  locale: Locale,
  ticket: Ticket,
  roster: { aadObjectId: string; name?: string }[],
  withActions = true,
  sameTopic: readonly number[] = [],
): TicketCardData {
  const suggestion = suggestedAnswer(locale, ticket.topic);
  const e = ticket.entitlement;
  const open = ticket.status === 'new' || ticket.status === 'assigned' || ticket.status === 'waiting';
  const activation = e.activation.activated
    ? e.activation.expires
      ? t(locale, 'helpdesk.activation.activeUntil', { date: e.activation.expires })
      : t(locale, 'helpdesk.activation.active')
    : t(locale, 'helpdesk.activation.notActive');
  const membership = e.tier ? TIER_NAMES[e.tier] : t(locale, 'helpdesk.incidents.unknown');
  const incidents = e.incidents
    ? `${allowanceText(locale, e.incidents.onPremises)} / ${allowanceText(locale, e.incidents.cloud)}`
    : t(locale, 'helpdesk.incidents.unknown');
  const facts = [
    { title: t(locale, 'helpdesk.card.requester'), value: nameOf(ticket.requester) },
    { title: t(locale, 'helpdesk.card.assignee'), value: ticket.assignee ? nameOf(ticket.assignee) : t(locale, 'helpdesk.card.nobody') },
    { title: t(locale, 'helpdesk.card.urgency'), value: t(locale, ticket.urgency === 'high' ? 'helpdesk.urgency.high' : 'helpdesk.urgency.normal') },
    { title: t(locale, 'helpdesk.card.opened'), value: timeText(ticket.createdAt) },
    ...(ticket.topic ? [{ title: t(locale, 'helpdesk.card.topic'), value: topicText(locale, ticket.topic) }] : []),
    { title: t(locale, 'helpdesk.card.membership'), value: membership },
    { title: t(locale, 'helpdesk.card.activation'), value: activation },
    { title: t(locale, 'helpdesk.card.incidents'), value: incidents },
  ];
  const choices = roster.map((g) => ({ title: g.name?.trim() || g.aadObjectId, value: g.aadObjectId }));
  return {
    locale,
    number: String(ticket.number),
    title: t(locale, 'helpdesk.card.title', { number: ticket.number }),
    statusLine: statusText(locale, ticket.status),
    statusStyle: STATUS_STYLE[ticket.status],
    facts,
    questionLabel: t(locale, 'helpdesk.card.question'),
    question: plainText(ticket.question.slice(0, MAX_TICKET_TEXT)),
    problem: problemText(locale, ticket.deliveryProblem),
    transcriptLabel: t(locale, 'helpdesk.card.transcript'),
    transcript: ticket.transcript.map(
      (turn) => `${t(locale, turn.from === 'user' ? 'helpdesk.card.fromUser' : 'helpdesk.card.fromBot')}: ${plainText(turn.text)}`,
    ),
    historyLabel: t(locale, 'helpdesk.card.history'),
    // The newest 30 events keep the card far under Teams' size limit; `ticket 42` in chat shows them all.
    history: ticket.history.slice(-30).map((ev) => eventText(locale, ev)),
    roster: choices,
    can: {
      assignSelf: withActions && open,
      assign: withActions && open && choices.length > 0,
      reply: withActions && open,
      resolve: withActions && open,
      reopen: withActions && (ticket.status === 'resolved' || ticket.status === 'closed'),
      close: withActions && ticket.status === 'resolved',
      caseOpened: withActions && ticket.status !== 'closed',
      sendAnswer: withActions && open && !!suggestion,
      // Once the helpdesk has replied, the reply can become the organization's answer for the next person.
      saveAnswer: withActions && ticket.history.some((e) => e.kind === 'reply'),
    },
    suggestion: {
      show: !!suggestion,
      label: t(locale, 'suggest.label'),
      line: suggestion ? `${suggestion.title}: ${firstSentence(suggestion.summary)}` : '',
      sameTopic: suggestion && sameTopic.length > 0 ? t(locale, 'suggest.sameTopic', { numbers: sameTopic.map((n) => `#${n}`).join(', ') }) : '',
      send: t(locale, 'suggest.send'),
    },
    labels: {
      assignSelf: t(locale, 'helpdesk.action.assignSelf'),
      assignTo: t(locale, 'helpdesk.action.assignTo'),
      assignToLabel: t(locale, 'helpdesk.action.assignToLabel'),
      assign: t(locale, 'helpdesk.action.assign'),
      reply: t(locale, 'helpdesk.action.reply'),
      replyLabel: t(locale, 'helpdesk.action.replyLabel'),
      send: t(locale, 'helpdesk.reply.send'),
      resolve: t(locale, 'helpdesk.action.resolve'),
      reopen: t(locale, 'helpdesk.action.reopen'),
      close: t(locale, 'helpdesk.action.close'),
      saveAnswer: t(locale, 'orgAnswer.action.saveFromTicket'),
    },
    caseForm: {
      button: t(locale, 'ledger.card.caseOpened'),
      supportType: t(locale, 'ledger.card.supportType'),
      caseNumber: t(locale, 'ledger.card.caseNumber'),
      openedOn: t(locale, 'ledger.card.openedOn'),
      record: t(locale, 'ledger.card.record'),
      supportTypes: [
        { title: t(locale, 'ledger.choice.onPremises'), value: 'onPremises' },
        { title: t(locale, 'ledger.choice.cloud'), value: 'cloud' },
      ],
    },
  };
}

const FILTERS: QueueFilter[] = ['all', 'unassigned', 'mine', 'waiting', 'old'];

function lastReply(ticket: Ticket): TicketEvent | undefined {
  return [...ticket.history].reverse().find((e) => e.kind === 'reply');
}

/** The helpdesk queue (filters in a drop-down: five buttons do not fit a card's width) or, with `mine`, a requester's own tickets. */
export function queueCardData(
  locale: Locale,
  tickets: Ticket[],
  view: { kind: 'queue'; filter: QueueFilter; noChannel: boolean } | { kind: 'mine' },
): QueueCardData {
  const rows = tickets.map((ticket) => {
    const status = statusText(locale, ticket.status);
    const reply = lastReply(ticket);
    const line =
      view.kind === 'mine'
        ? // The person's own question names the ticket better than its number (their personal chat only).
          `#${ticket.number} · ${status} · ${plainText(ticket.question.slice(0, 80))}`
        : `#${ticket.number} · ${status} · ${nameOf(ticket.requester)} · ${ticket.assignee ? nameOf(ticket.assignee) : t(locale, 'helpdesk.card.nobody')}`;
    const detail =
      view.kind === 'mine'
        ? reply
          ? eventText(locale, reply)
          : t(locale, 'helpdesk.mine.noReply')
        : `${timeText(ticket.createdAt)} · ${plainText(ticket.question.slice(0, 120))}`;
    return {
      line,
      detail,
      problem: view.kind === 'queue' && ticket.deliveryProblem ? t(locale, 'helpdesk.queue.problem', { problem: problemText(locale, ticket.deliveryProblem) }) : '',
      style: (view.kind === 'queue' && ticket.deliveryProblem ? 'attention' : 'default') as Style,
      open: t(locale, 'helpdesk.queue.open', { number: ticket.number }),
      query: t(locale, 'helpdesk.queue.query.ticket', { number: ticket.number }),
    };
  });
  if (view.kind === 'mine') {
    return { title: t(locale, 'helpdesk.mine.title'), summary: '', notice: '', empty: t(locale, 'helpdesk.mine.none'), rows, filters: [], filterLabel: '', filterShow: '', filterValue: '' };
  }
  return {
    title: t(locale, 'helpdesk.queue.title', { filter: t(locale, `helpdesk.queue.filter.${view.filter}` as StringKey) }),
    summary: rows.length ? t(locale, `helpdesk.queue.count.${view.filter}` as StringKey, { count: rows.length }) : '',
    notice: view.noChannel ? t(locale, 'helpdesk.queue.noChannel') : '',
    empty: t(locale, 'helpdesk.queue.empty'),
    rows,
    filters: FILTERS.map((f) => ({
      title: t(locale, `helpdesk.queue.filter.${f}` as StringKey),
      query: t(locale, `helpdesk.queue.query.${f}` as StringKey),
    })),
    filterLabel: t(locale, 'helpdesk.queue.filterLabel'),
    filterShow: t(locale, 'helpdesk.queue.filterShow'),
    filterValue: t(locale, `helpdesk.queue.query.${view.filter}` as StringKey),
  };
}

export function escalationCardData(locale: Locale, draft: string, question: string): EscalationCardData {
  return {
    locale,
    draft,
    title: t(locale, 'helpdesk.escalate.title'),
    intro: t(locale, 'helpdesk.escalate.intro'),
    questionLabel: t(locale, 'helpdesk.escalate.questionLabel'),
    placeholder: t(locale, 'helpdesk.escalate.placeholder'),
    question: question.slice(0, MAX_TICKET_TEXT),
    urgencyLabel: t(locale, 'helpdesk.escalate.urgencyLabel'),
    defaultUrgency: 'normal',
    urgencies: [
      { title: t(locale, 'helpdesk.urgency.normal'), value: 'normal' },
      { title: t(locale, 'helpdesk.urgency.high'), value: 'high' },
    ],
    submit: t(locale, 'helpdesk.escalate.submit'),
    cancel: t(locale, 'helpdesk.escalate.cancel'),
  };
}

export function ticketReplyCardData(locale: Locale, number: number, from: string, text: string): TicketReplyCardData {
  return {
    locale,
    number: String(number),
    title: t(locale, 'helpdesk.reply.title', { number, name: from }),
    text,
    replyButton: t(locale, 'helpdesk.reply.button'),
    placeholder: t(locale, 'helpdesk.reply.placeholder'),
    send: t(locale, 'helpdesk.reply.send'),
  };
}
