import type { Callers } from '../bot/callers';
import type { ConversationReads } from '../bot/confirmedConversations';
import { dayOf, type AssistantTurn, type TurnHandler } from '../bot/turn';
import type { AnswerModel } from '../answers/answerModel';
import { actorOf } from '../domain/benefitsService';
import { PRODUCT_NAMES } from '../domain/catalog';
import { caseDateProblem, EARLIEST_CASE_DATE, ledgerOf, newCase, parseCaseCommand, parseCaseRemoval, type Ledger, type NewMicrosoftCase } from '../domain/incidentLedger';
import type { CardRenderer } from '../cards';
import { canHandleTickets, canSetHelpdeskChannel } from '../domain/tickets';
import type { Locale, SupportType } from '../domain/types';
import { t } from '../i18n/strings';
import type { Logger } from '../logger';
import type { Store } from '../store/repositories';
import { AdminNotices } from './adminNotices';
import type { Helpdesk } from './helpdesk';
import { auditRefusal, isOutsider, refusalText } from './refusal';

/** The verb of the ticket card's "Microsoft case opened" form. */
export const CASE_OPENED_VERB = 'helpdesk.caseOpened';

export interface IncidentLedgerDeps {
  store: Store;
  conversations: ConversationReads;
  callers: Callers;
  helpdesk: Helpdesk;
  logger: Logger;
  kick: () => void;
  cards: CardRenderer;
  now?: () => Date;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

function ticketNumberOf(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,9}$/.test(v.trim()) ? Number(v.trim()) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** The sentences of the ledger for an answer, in `locale`; none when there is nothing to say. */
export function ledgerSentences(locale: Locale, ledger: Ledger): string[] {
  const out: string[] = [];
  for (const line of ledger.lines) {
    const type = t(locale, `ledger.type.${line.supportType}`);
    const a = line.allowance;
    if (a?.kind === 'count') out.push(t(locale, 'ledger.used', { used: line.used, allowance: a.incidents, type }));
    else if (a?.kind === 'unlimited') out.push(t(locale, 'ledger.usedUnlimited', { used: line.used, type }));
    else if (line.used > 0) out.push(t(locale, a?.kind === 'none' ? 'ledger.usedNone' : 'ledger.usedUnknown', { used: line.used, type }));
  }
  if (out.length === 0) return out;
  const period = ledger.period;
  out.push(period ? t(locale, 'ledger.period', { start: period.start ?? '…', end: period.end ?? '…' }) : t(locale, 'ledger.periodUnknown'));
  return out;
}

/** Microsoft cases recorded on tickets or typed by admins, and what they leave of the allowance. */
export class IncidentLedger {
  private readonly notices: AdminNotices;

  constructor(private readonly deps: IncidentLedgerDeps) {
    this.notices = new AdminNotices({ store: deps.store, conversations: deps.conversations, cards: deps.cards, kick: deps.kick });
  }

  /** The person's own date when a turn is at hand (see localDay), else the server's UTC date. */
  private today(turn?: AssistantTurn): string {
    const now = this.deps.now?.() ?? new Date();
    return turn ? dayOf(turn, now) : now.toISOString().slice(0, 10);
  }

  /** The ticket card's "Microsoft case opened": helpdesk and admins only, checked here on every click. */
  caseOpened: TurnHandler = async (turn) => {
    const data = turn.submit?.data ?? {};
    const caller = await this.deps.callers.resolve(turn);
    if (!caller) return;
    const number = ticketNumberOf(data.number);
    if (!canHandleTickets(caller)) {
      await auditRefusal(this.deps, caller, 'ticket.caseOpened', { number });
      return void (await turn.context.sendActivity(isOutsider(caller) ? refusalText(turn, caller) : turn.t('ledger.case.refused')));
    }
    const input = newCase({ supportType: str(data.supportType), caseNumber: str(data.caseNumber), openedOn: str(data.openedOn) || this.today(turn), ticketNumber: number });
    if (!input || number === undefined) return void (await turn.context.sendActivity(turn.t('ledger.case.invalid')));
    const ticket = await this.deps.store.tickets.get(caller.tenantId, number);
    if (!ticket) return void (await turn.context.sendActivity(turn.t('helpdesk.notFound', { number })));
    const dateRefusal = await this.dateRefusal(turn, caller.tenantId, input.openedOn);
    if (dateRefusal) return void (await turn.context.sendActivity(dateRefusal));
    const me = actorOf(caller);
    const { applied, record } = await this.deps.store.cases.record(caller.tenantId, input, me, caller.conversationId);
    if (!applied) {
      return void (await turn.context.sendActivity(turn.t('ledger.case.already', { caseNumber: record.caseNumber, date: record.openedOn })));
    }
    // The ticket's history tells who recorded which case; its card is updated in place through the outbox.
    const changed = await this.deps.store.tickets.change(caller.tenantId, number, me, caller.conversationId, (current) => ({
      status: current.status,
      assignee: current.assignee,
      event: { at: '', kind: 'caseOpened', actor: me, detail: `${input.caseNumber}, ${input.openedOn}`, text: PRODUCT_NAMES[input.supportType] },
      auditAction: 'ticket.caseOpened',
      outbox: (after) => [
        { dedupeKey: `t${after.number}:v${after.version}`, kind: 'ticketUpdate', ticketNumber: after.number, payload: {}, lane: `ticket:${after.number}` },
      ],
    }));
    await this.notifyAdmins(caller.tenantId);
    this.deps.kick();
    this.deps.logger.info('microsoft case recorded', { tenantId: caller.tenantId, number, supportType: input.supportType });
    if (turn.submit?.viaInvoke && changed) return void (await turn.context.sendActivity(await this.deps.helpdesk.ticketCard(turn.locale, changed.ticket, true)));
    await turn.context.sendActivity(await this.recordedText(turn, caller.tenantId, input));
  };

  /** `case opened on-premises 1234567` (ru, fr forms too): Global admins and MPN partner admins only. */
  command = async (turn: AssistantTurn, command: NonNullable<ReturnType<typeof parseCaseCommand>>): Promise<void> => {
    const caller = await this.deps.callers.resolve(turn, { privileged: true });
    if (!caller) return;
    if (!canSetHelpdeskChannel(caller)) {
      await auditRefusal(this.deps, caller, 'case.record');
      return void (await turn.context.sendActivity(isOutsider(caller) ? refusalText(turn, caller) : turn.t('ledger.case.adminOnly')));
    }
    const input = newCase({ ...command, openedOn: command.openedOn ?? this.today(turn) });
    if (!input) return void (await turn.context.sendActivity(turn.t('ledger.case.invalid')));
    const dateRefusal = await this.dateRefusal(turn, caller.tenantId, input.openedOn);
    if (dateRefusal) return void (await turn.context.sendActivity(dateRefusal));
    const { applied, record } = await this.deps.store.cases.record(caller.tenantId, input, actorOf(caller), caller.conversationId);
    if (!applied) return void (await turn.context.sendActivity(turn.t('ledger.case.already', { caseNumber: record.caseNumber, date: record.openedOn })));
    this.deps.logger.info('microsoft case recorded', { tenantId: caller.tenantId, supportType: input.supportType });
    await this.notifyAdmins(caller.tenantId);
    await turn.context.sendActivity(await this.recordedText(turn, caller.tenantId, input));
  };

  /** `case removed 7100003`: a case recorded by mistake leaves the ledger; admins only, audited. */
  removal = async (turn: AssistantTurn, caseNumber: string): Promise<void> => {
    const caller = await this.deps.callers.resolve(turn, { privileged: true });
    if (!caller) return;
    if (!canSetHelpdeskChannel(caller)) {
      await auditRefusal(this.deps, caller, 'case.remove');
      return void (await turn.context.sendActivity(isOutsider(caller) ? refusalText(turn, caller) : turn.t('ledger.case.adminOnly')));
    }
    const removed = await this.deps.store.cases.remove(caller.tenantId, caseNumber, actorOf(caller), caller.conversationId);
    if (!removed) return void (await turn.context.sendActivity(turn.t('ledger.case.unknown', { caseNumber })));
    this.deps.logger.info('microsoft case removed', { tenantId: caller.tenantId, supportType: removed.supportType });
    const lines = ledgerSentences(turn.locale, await this.ledger(caller.tenantId));
    await turn.context.sendActivity([turn.t('ledger.case.removed', { caseNumber }), ...lines].join(' '));
  };

  /** A date after today, or before the contract period (else before 2000): one sentence, nothing written. */
  async dateRefusal(turn: AssistantTurn, tenantId: string, openedOn: string): Promise<string | undefined> {
    const benefit = await this.deps.store.benefits.get(tenantId);
    const problem = caseDateProblem(openedOn, this.today(turn), benefit.contractStart);
    if (problem === 'future') return turn.t('ledger.case.future', { date: openedOn });
    if (problem === 'beforeContract') return turn.t('ledger.case.beforeContract', { date: openedOn, start: benefit.contractStart ?? EARLIEST_CASE_DATE });
    return undefined;
  }

  /** "How many incidents do we have left?": for a verified member of the tenant, the ledger comes first. */
  withLedger = async (turn: AssistantTurn, model: AnswerModel): Promise<AnswerModel> => {
    if (!turn.tenantId || !(await this.deps.callers.isVerifiedMember(turn))) return model;
    const sentences = ledgerSentences(turn.locale, await this.ledger(turn.tenantId));
    await this.notifyAdmins(turn.tenantId);
    if (sentences.length === 0) return model;
    return { ...model, summary: `${sentences.join(' ')} ${model.summary}`, paragraphs: [...sentences, ...model.paragraphs] };
  };

  async ledger(tenantId: string): Promise<Ledger> {
    const [profile, benefit, cases] = await Promise.all([
      this.deps.store.profiles.get(tenantId),
      this.deps.store.benefits.get(tenantId),
      this.deps.store.cases.list(tenantId),
    ]);
    return ledgerOf(profile, benefit, cases);
  }

  /** The notices due to the admins (contract end, incidents left), once per period; see AdminNotices. */
  async notifyAdmins(tenantId: string): Promise<void> {
    await this.notices.notify(tenantId, this.today());
  }

  private async recordedText(turn: AssistantTurn, tenantId: string, input: NewMicrosoftCase): Promise<string> {
    const type: SupportType = input.supportType;
    const ledger = await this.ledger(tenantId);
    const line = ledgerSentences(turn.locale, { ...ledger, lines: ledger.lines.filter((l) => l.supportType === type) });
    return [turn.t('ledger.case.recorded', { type: turn.t(`ledger.type.${type}`), caseNumber: input.caseNumber, date: input.openedOn }), ...line].join(' ');
  }
}

/** The typed command, read once by the router. */
export function caseCommandOf(turn: AssistantTurn) {
  return turn.submit ? undefined : parseCaseCommand(turn.context.activity.text ?? '');
}

/** The typed removal, read once by the router. */
export function caseRemovalOf(turn: AssistantTurn): string | undefined {
  return turn.submit || !turn.text ? undefined : parseCaseRemoval(turn.text);
}
