import { randomUUID } from 'node:crypto';
import { ActivityTypes, type Activity } from '../bot/protocol';
import type { Callers } from '../bot/callers';
import { dayOf, type AssistantTurn, type TurnHandler } from '../bot/turn';
import type { CardRenderer } from '../cards';
import type { NoticeCardData } from '../cards/activationCards';
import { COMPETENCY_NAMES, TIER_NAMES } from '../domain/catalog';
import type { AdminCommand } from '../domain/adminCommands';
import { newCase } from '../domain/incidentLedger';
import { CHANGING_KINDS, type OwnWordsRequest, type TicketAction } from '../domain/ownWords';
import type { Caller } from '../domain/policy';
import { canActivate, ROLE_LABELS } from '../domain/roles';
import { canHandleTickets, canSetHelpdeskChannel, type HelpdeskCommand } from '../domain/tickets';
import type { SupportType } from '../domain/types';
import type { StringKey } from '../i18n/strings';
import type { Logger } from '../logger';
import { amendedRequest, nextCaseIn, oneIdIn, peopleNamedIn, personNamedIn, readOwnWords, ticketByContent } from '../nlu/ownWords';
import { inNormalForm, normalizeText } from '../nlu/text';
import { isQuestionText } from '../nlu';
import type { PendingRequest, PendingRequestStore } from '../dialogs/pendingRequests';
import type { Store } from '../store/repositories';
import { HELPDESK_VERBS } from './helpdesk';
import { inPrivateOrHelpdeskChannel } from './helpdeskPlaces';
import { isOutsider, refusalText } from './refusal';

/** Card verbs of the confirmations. Their data carries only the pending request's id: the request itself is kept here. */
export const OWN_WORDS_VERBS = {
  confirm: 'own.confirm',
  cancel: 'own.cancel',
  change: 'own.change',
  edit: 'own.edit',
  choose: 'own.choose',
} as const;

/** A confirmation is valid this long. */
const PENDING_TTL_MS = 15 * 60 * 1000;
/** What a question is cut to on a confirmation card. */
const QUESTION_SNIPPET = 60;

type Pending = PendingRequest;

/**
 * Where the actions this answers go: the helpdesk's commands and card actions, the incident ledger, the
 * report, the admin commands, the activation. Each of them checks the caller's role again when it runs.
 */
export interface OwnWordsDeps {
  pending: PendingRequestStore;
  store: Store;
  callers: Callers;
  /** People the bot has talked with whose name matches, confirmed with Teams (ConfirmedConversations.peopleNamed). */
  people?: (tenantId: string, matches: (name: string) => boolean) => Promise<Array<{ aadObjectId: string; name: string }>>;
  cards: CardRenderer;
  logger: Logger;
  helpdesk: { command(turn: AssistantTurn, command: HelpdeskCommand): Promise<void>; act: TurnHandler };
  ledger: {
    command(turn: AssistantTurn, command: { supportType: SupportType; caseNumber: string; openedOn?: string }): Promise<void>;
    removal(turn: AssistantTurn, caseNumber: string): Promise<void>;
    dateRefusal(turn: AssistantTurn, tenantId: string, openedOn: string): Promise<string | undefined>;
  };
  report?: (turn: AssistantTurn, command: { kind: 'report'; csv: boolean }) => Promise<void>;
  admin: (turn: AssistantTurn, command: AdminCommand) => Promise<void>;
  askAdmin: TurnHandler;
  saveIds: (turn: AssistantTurn, ids: { accessId: string; contractId: string }) => Promise<void>;
  /** The person's previous message ("show me ticket 1" before "close it"). */
  previousText: (turn: AssistantTurn) => Promise<string | undefined>;
  /** Whether a dialog (the activation form's questions) is waiting for this person's next message. */
  dialogActive?: (turn: AssistantTurn) => Promise<boolean>;
  now?: () => Date;
}

function message(attachment: { contentType: string; content: unknown }, summary: string): Partial<Activity> {
  return { type: ActivityTypes.Message, attachments: [attachment], summary };
}

/** "AID-7Q2K-99" → "AID-…99": enough to recognize, not to copy. */
function shortId(id: string): string {
  return id.length <= 6 ? id : `${id.slice(0, 4)}…${id.slice(-2)}`;
}

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** A name in plain Latin letters: lower case, accents dropped, Cyrillic transliterated. */
function latin(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[а-яё]/g, (c) => CYRILLIC_TO_LATIN[c] ?? c);
}

function snippet(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > QUESTION_SNIPPET ? `${one.slice(0, QUESTION_SNIPPET - 1)}…` : one;
}

/** The ticket a channel thread is about: its card's message id is in the thread's conversation id. */
function threadMessageId(turn: AssistantTurn): string | undefined {
  return /;messageid=([^;]+)/.exec(turn.context.activity.conversation?.id ?? '')?.[1];
}

/** A message reduced to its words: lower case, no accents or punctuation. */
function bare(text: string): string {
  return ` ${normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}
const TYPED_YES = inNormalForm(
  /^ (yes|yep|yeah|yup|y|ok|okay|sure|correct|confirm|confirmed|go|go ahead|do it|please do|yes please|yes go ahead|ok go ahead|go for it|that s right|thats right|right|да|ага|угу|ок|окей|давай|давайте|подтверждаю|верно|все верно|да давай|да записывай|да сохраняй|да выполняй|записывай|сохраняй|oui|ouais|ok vas y|vas y|allez y|c est bon|confirme|je confirme|d accord|parfait|exact|oui vas y|oui merci)( please| pls| thanks| thank you| пожалуйста| спасибо| merci| stp| svp)? $/,
);
const TYPED_NO = inNormalForm(
  /^ ((no|nope|non|нет) )?(cancel|cancel it|annule|annuler|отмена|отмени|отменяй|не надо|laisse tomber|never mind|nevermind|stop|don t|dont)( please| pls| thanks| пожалуйста| спасибо| merci| stp| svp)? $|^ (no|nope|non|нет|no thanks|non merci)( please| pls| thanks| пожалуйста| спасибо| merci| stp| svp)? $/,
);

/**
 * Whether a name typed in any case or script names a known person: each typed word matches one of the person's
 * names by its stem in Latin letters ("Алексу Киму" is Alex Kim, "Priya" is Priya Sharma).
 */
function sameName(typed: string, known: string): boolean {
  const parts = latin(known).split(/[^a-z]+/).filter((w) => w.length >= 3);
  const words = latin(typed).split(/[^a-z]+/).filter((w) => w.length >= 3);
  return words.length > 0 && words.every((w) => parts.some((p) => namesWord(w, p)));
}

/** A typed word (Latin letters) is a name's word in some case ending: "danu", "dane" for "dana", "alexu" for "alex". */
function namesWord(word: string, part: string): boolean {
  return word === part || (word.startsWith(part.slice(0, Math.max(3, part.length - 1))) && word.length <= part.length + 2);
}

/**
 * Requests in people's own words. Reading requests are answered at once by the handler that answers the
 * command; a request that changes something is kept (per person and conversation, 15 minutes) and shown on a
 * card that says exactly what will happen, with a button that carries only the request's id: nothing a card
 * sends back can change what is done, and the action runs through the same handler, with the same role check,
 * as the command or the ticket card's button.
 */
/** The case just named, referred to: "add it back", "верни его", "remets-le", "the same one". */
const CASE_PRONOUN = /[\s'’](it|that one|the same one|same case|его|него|этот|тот же|le|la|celui[- ]ci|le même|le meme)[\s.,!?]/i;

/** Writing a case down: "record", "log", "add", "запиши", "внеси", "enregistre", "note", "rajoute". */
const RECORD_VERB = /(?<![\p{L}])(record|log|add|enter|put|track|запиши|записать|внеси|внести|добавь|добавить|занеси|enregistre|enregistrer|note|noter|ajoute|ajouter|rajoute|rajouter|remets)/iu;

export class OwnWords {
  private readonly pending: PendingRequestStore;

  constructor(private readonly deps: OwnWordsDeps) {
    this.pending = deps.pending;
  }

  /** The person's own date ("yesterday" is theirs, not the server's): see localDay. */
  private today(turn: AssistantTurn): string {
    return dayOf(turn, this.deps.now?.() ?? new Date());
  }

  /**
   * The router's reading of a typed message; undefined when it asks none of the actions. "Close it" is a
   * request only where the conversation says which ticket: a ticket's thread, or a ticket named just before.
   */
  read = async (turn: AssistantTurn): Promise<OwnWordsRequest | undefined> => {
    if (turn.submit || !turn.text) return undefined;
    // A thread is a ticket's only under the ticket's card (Teams threads every channel post).
    const inTicketThread = turn.conversationKind === 'channel' && !!threadMessageId(turn) && !!turn.tenantId && (await this.threadTicket(turn, turn.tenantId)) !== undefined;
    // In a ticket's thread a question to the requester by name ("Priya, which tenant is this on?") is a reply.
    const toRequester = /^\s*[A-ZА-ЯЁ][\p{L}-]+\s*,/u.test(turn.text);
    const request = readOwnWords(turn.text, { today: this.today(turn), inTicketThread, threadReply: inTicketThread && (!isQuestionText(turn.text) || toRequester) });
    // "mark it resolved" needs the ticket the conversation is about, or one the message names by subject or requester.
    // The ticket found here is kept on the request, so completing it does not read the open tickets again.
    if (request?.kind === 'ticket' && request.byPronoun && !inTicketThread && (await this.previousTicket(turn)) === undefined) {
      const named = turn.tenantId ? await this.ticketNamedIn(turn, turn.tenantId, request.action) : undefined;
      return named === undefined ? undefined : { ...request, number: named };
    }
    if (request?.kind === 'recordCase' && !request.caseNumber && !request.badNumber) {
      // "take 7300600 out of the ledger" … "now add it back as a cloud case": the case the message before named.
      const before = await this.deps.previousText(turn);
      const earlier = before ? readOwnWords(before, { today: this.today(turn) }) : undefined;
      if (earlier && (earlier.kind === 'removeCase' || earlier.kind === 'recordCase') && earlier.caseNumber && CASE_PRONOUN.test(` ${normalizeText(turn.text)} `)) {
        return { ...request, caseNumber: earlier.caseNumber };
      }
    }
    return request ?? (await this.amendment(turn)) ?? (await this.nextCase(turn)) ?? (await this.caseAgain(turn)) ?? (await this.idsOverTwoMessages(turn));
  };

  /** "record it again as cloud, opened 18 November" right after a case was named: that case, read with this message's details. */
  private async caseAgain(turn: AssistantTurn): Promise<OwnWordsRequest | undefined> {
    const said = ` ${normalizeText(turn.text)} `;
    if (!CASE_PRONOUN.test(said) || !RECORD_VERB.test(said)) return undefined;
    const before = await this.deps.previousText(turn);
    const earlier = before ? readOwnWords(before, { today: this.today(turn) }) : undefined;
    if (!earlier || (earlier.kind !== 'removeCase' && earlier.kind !== 'recordCase') || !earlier.caseNumber) return undefined;
    const again = readOwnWords(`${turn.text} (case ${earlier.caseNumber})`, { today: this.today(turn) });
    return again?.kind === 'recordCase' && again.caseNumber === earlier.caseNumber ? again : undefined;
  }

  /** "here is the access id: AID-…", then "and the contract id is CID-…": both IDs, told one message each. */
  private async idsOverTwoMessages(turn: AssistantTurn): Promise<OwnWordsRequest | undefined> {
    const now = oneIdIn(turn.text);
    if (!now || (await this.deps.dialogActive?.(turn))) return undefined;
    const before = await this.deps.previousText(turn);
    const earlier = before ? oneIdIn(before) : undefined;
    if (!earlier) return undefined;
    const both = { ...earlier, ...now } as { accessId?: string; contractId?: string };
    return both.accessId && both.contractId ? { kind: 'saveIds', accessId: both.accessId, contractId: both.contractId } : undefined;
  }

  /** "et l'autre : 7300001, cloud, hier" right after a case was told: the next case. */
  private async nextCase(turn: AssistantTurn): Promise<OwnWordsRequest | undefined> {
    // The message's own reading first: most turns carry no case number, and the previous message is not read then.
    const next = nextCaseIn(turn.text, this.today(turn));
    if (!next) return undefined;
    const before = await this.deps.previousText(turn);
    return before && readOwnWords(before, { today: this.today(turn) })?.kind === 'recordCase' ? next : undefined;
  }

  /**
   * "yes, go ahead", "да, записывай", "oui vas-y" (or "no", "отмена", "annule") typed right after a proposal, instead
   * of pressing its button: the same as the press, through the same handler and role check. Only a bare answer, and
   * only to the proposal the person's previous message made (a yes to another question is that question's).
   */
  typedAnswer = async (turn: AssistantTurn): Promise<'yes' | 'no' | undefined> => {
    if (turn.submit || !turn.text) return undefined;
    const answer = TYPED_YES.test(bare(turn.text)) ? 'yes' : TYPED_NO.test(bare(turn.text)) ? 'no' : undefined;
    if (!answer) return undefined;
    const kept = await this.pending.get(turn);
    if (!kept || kept.cancelled || kept.choices || Date.now() - kept.at > PENDING_TTL_MS) return undefined;
    const before = await this.deps.previousText(turn);
    const proposedBefore = before ? (readOwnWords(before, { today: this.today(turn) }) ?? amendedRequest(kept.request, before, this.today(turn))) : undefined;
    return proposedBefore?.kind === kept.request.kind ? answer : undefined;
  };

  typedAnswerHandle = async (turn: AssistantTurn, answer: 'yes' | 'no'): Promise<void> => {
    const kept = await this.pending.get(turn);
    if (!kept) return;
    const pressed: AssistantTurn = { ...turn, submit: { verb: answer === 'yes' ? OWN_WORDS_VERBS.confirm : OWN_WORDS_VERBS.cancel, data: { id: kept.id }, viaInvoke: false } };
    await (answer === 'yes' ? this.confirmed(pressed) : this.cancel(pressed));
  };

  /** A typed correction of the proposal still open, or just cancelled: the proposal again, changed. */
  private async amendment(turn: AssistantTurn): Promise<OwnWordsRequest | undefined> {
    const kept = await this.pending.get(turn);
    if (!kept || Date.now() - kept.at > PENDING_TTL_MS) return undefined;
    const request = kept.request;
    // "hmm no, I meant the other ticket", "ой, не ту, вторую", "euh non, l'autre": the same action on the other ticket; with
    // more than one other, the question of which (the number left out).
    if (request.kind === 'ticket' && request.number !== undefined && turn.tenantId && THE_OTHER_ONE.test(bare(turn.text))) {
      const open = await this.deps.store.tickets.listOpen(turn.tenantId);
      const others = open.filter((t) => t.number !== request.number && appliesTo(t, request.action));
      return others.length === 1 ? { ...request, number: others[0].number } : { ...request, number: undefined };
    }
    return amendedRequest(request, turn.text, this.today(turn));
  }

  /** The ticket the person's previous message named ("show me ticket 1", "take #1"). */
  private async previousTicket(turn: AssistantTurn): Promise<number | undefined> {
    const before = await this.deps.previousText(turn);
    const earlier = before ? readOwnWords(before, { today: this.today(turn) }) : undefined;
    return earlier && (earlier.kind === 'showTicket' || earlier.kind === 'ticket') ? earlier.number : undefined;
  }

  handle = async (turn: AssistantTurn, request: OwnWordsRequest): Promise<void> => {
    switch (request.kind) {
      case 'whoAdmins':
        return this.deps.admin(turn, { kind: 'listRoles' });
      case 'showProfile':
        return this.deps.admin(turn, { kind: 'showProfile' });
      case 'myTickets':
        return this.deps.helpdesk.command(turn, { kind: 'myTickets' });
      case 'showTicket':
        return request.number === undefined
          ? this.deps.helpdesk.command(turn, { kind: 'myTickets' })
          : this.deps.helpdesk.command(turn, { kind: 'showTicket', number: request.number });
      case 'queue':
        if (!(await this.mayRead(turn))) return;
        return this.deps.helpdesk.command(turn, { kind: 'queue', filter: request.filter });
      case 'report':
        if (!(await this.mayRead(turn))) return;
        if (this.deps.report) return this.deps.report(turn, request);
        return void (await turn.context.sendActivity(turn.t('helpdesk.refused')));
    }
    if (CHANGING_KINDS.has(request.kind)) await this.propose(turn, request);
  };

  /** The queue and the report are the helpdesk's: anyone else is told who works the tickets. */
  private async mayRead(turn: AssistantTurn): Promise<boolean> {
    const caller = await this.deps.callers.resolve(turn);
    if (!caller) return false;
    if (canHandleTickets(caller)) return true;
    if (isOutsider(caller)) {
      await turn.context.sendActivity(refusalText(turn, caller));
      return false;
    }
    const names = await this.holderNames(caller.tenantId, 'helpdesk');
    await turn.context.sendActivity([turn.t('helpdesk.refused'), ...(names ? [turn.t('own.whoHasIt', { names })] : [])].join(' '));
    return false;
  }

  // ---- A change: checked, completed, then confirmed --------------------------------------------------

  private async propose(turn: AssistantTurn, proposed: OwnWordsRequest): Promise<void> {
    const raw: OwnWordsRequest =
      proposed.kind === 'ticket' && proposed.action === 'assign' && !proposed.assigneeText && turn.text ? { ...proposed, assigneeText: turn.text } : proposed;
    const caller = await this.deps.callers.resolve(turn, { privileged: raw.kind !== 'ticket' && raw.kind !== 'askAdmin' });
    if (!caller) return;
    if (!(await this.mayDo(turn, caller, raw))) return;
    const request = await this.complete(turn, caller, raw);
    if (!request) return;
    const problem = await this.problemWith(turn, caller, request);
    if (problem) return void (await turn.context.sendActivity(problem));
    if (request.kind === 'recordCase' && !request.supportType) return this.askSupportType(turn, request);
    await this.confirm(turn, caller, request);
  }

  /** Refused before anything is proposed: a person without the role is told who has it. */
  private async mayDo(turn: AssistantTurn, caller: Caller, request: OwnWordsRequest): Promise<boolean> {
    let allowed: boolean;
    let holders: 'admins' | 'helpdesk' = 'admins';
    switch (request.kind) {
      case 'ticket':
        allowed = canHandleTickets(caller);
        holders = 'helpdesk';
        break;
      case 'askAdmin':
        allowed = !isOutsider(caller);
        break;
      case 'saveIds':
      case 'setProfile':
      case 'role':
        allowed = !isOutsider(caller) && canActivate(caller.roles);
        break;
      default:
        allowed = canSetHelpdeskChannel(caller);
    }
    if (allowed) return true;
    if (isOutsider(caller)) {
      await turn.context.sendActivity(refusalText(turn, caller));
      return false;
    }
    const key: StringKey = holders === 'helpdesk' ? 'helpdesk.refused' : request.kind === 'recordCase' || request.kind === 'removeCase' ? 'ledger.case.adminOnly' : 'act.refused';
    const names = await this.holderNames(caller.tenantId, holders);
    await turn.context.sendActivity([turn.t(key), ...(names ? [turn.t('own.whoHasIt', { names })] : [])].join(' '));
    return false;
  }

  private async holderNames(tenantId: string, who: 'admins' | 'helpdesk'): Promise<string> {
    const grants = await this.deps.store.roles.list(tenantId);
    const wanted = (role: string) => (who === 'helpdesk' ? role === 'helpdesk' || role === 'globalAdmin' || role === 'mpnPartnerAdmin' : role === 'globalAdmin' || role === 'mpnPartnerAdmin');
    return [...new Set(grants.filter((g) => wanted(g.role)).map((g) => g.name?.trim()).filter((n): n is string => !!n))].join(', ');
  }

  /** Details the message leaves out, from the conversation: the ticket of the thread, or of the previous message. */
  private async complete(turn: AssistantTurn, caller: Caller, request: OwnWordsRequest): Promise<OwnWordsRequest | undefined> {
    if (request.kind === 'role' && !request.aadObjectId) return this.personOf(turn, caller, request);
    if (request.kind === 'removeCase' && request.caseNumber) {
      // "0007100003" is case 7100003: the number as it is recorded, so the removal finds it.
      const typed = request.caseNumber.replace(/^0+/, '');
      const recorded = (await this.deps.store.cases.list(caller.tenantId)).find((c) => c.caseNumber.replace(/^0+/, '') === typed);
      return recorded ? { ...request, caseNumber: recorded.caseNumber } : request;
    }
    if (request.kind !== 'ticket') return request;
    if (!(await inPrivateOrHelpdeskChannel(turn, this.deps.store, caller.tenantId))) {
      await turn.context.sendActivity(turn.t('own.sharedPlace'));
      return undefined;
    }
    const number =
      request.number ??
      (await this.threadTicket(turn, caller.tenantId)) ??
      (await this.previousTicket(turn)) ??
      (await this.ticketNamedIn(turn, caller.tenantId, request.action));
    if (number === undefined) {
      await this.askWhichTicket(turn, caller, request);
      return undefined;
    }
    return { ...request, number };
  }

  /**
   * A role given by a person's name: the one person of the organization the bot knows by that name (role holders,
   * people who asked the helpdesk); else how to give it by their Entra object id, naming them.
   */
  private async personOf(turn: AssistantTurn, caller: Caller, request: Extract<OwnWordsRequest, { kind: 'role' }>): Promise<OwnWordsRequest | undefined> {
    const name = request.personName ?? '';
    const [roles, open] = await Promise.all([this.deps.store.roles.list(caller.tenantId), this.deps.store.tickets.listOpen(caller.tenantId)]);
    const people = new Map<string, string>();
    for (const g of roles) if (g.name) people.set(g.aadObjectId.toLowerCase(), g.name);
    for (const t of open) if (t.requester.aadObjectId && t.requester.name) people.set(t.requester.aadObjectId.toLowerCase(), t.requester.name);
    if (this.deps.people) for (const p of await this.deps.people(caller.tenantId, (known) => sameName(name, known))) people.set(p.aadObjectId, p.name);
    const matches = [...people].filter(([, known]) => sameName(name, known));
    if (matches.length === 1) return { ...request, aadObjectId: matches[0][0], personName: matches[0][1] };
    const command = `${request.grant ? 'grant' : 'revoke'} ${request.role === 'helpdesk' ? 'helpdesk' : request.role} <object id>`;
    await turn.context.sendActivity(turn.t('own.roleNeedsId', { name, command }));
    return undefined;
  }

  /**
   * The ticket the message names among the open ones, read once: by who asked it ("заявку Олега", "le ticket de Marc",
   * "Priya's ticket", the first name that asked one), else by what it is about ("the intune one", "celui sur Azure").
   */
  private async ticketNamedIn(turn: AssistantTurn, tenantId: string, action: TicketAction): Promise<number | undefined> {
    const open = await this.deps.store.tickets.listOpen(tenantId);
    return ticketOfPerson(turn.text, open, action) ?? ticketAbout(turn.text, open, action);
  }

  private async threadTicket(turn: AssistantTurn, tenantId: string): Promise<number | undefined> {
    const messageId = threadMessageId(turn);
    if (!messageId) return undefined;
    const open = await this.deps.store.tickets.listOpen(tenantId);
    return open.find((t) => t.card?.activityId === messageId)?.number;
  }

  /** One question with the open tickets as buttons (mine first), each button the same request with its number. */
  private async askWhichTicket(turn: AssistantTurn, caller: Caller, request: Extract<OwnWordsRequest, { kind: 'ticket' }>): Promise<void> {
    const open = (await this.deps.store.tickets.listOpen(caller.tenantId)).slice(0, 6);
    if (open.length === 0) return void (await turn.context.sendActivity(turn.t('own.noOpenTicket')));
    const choices: OwnWordsRequest[] = open.map((t) => ({ ...request, number: t.number }));
    const id = await this.keep(turn, { kind: 'ticket', action: request.action });
    const data: NoticeCardData = {
      title: turn.t('own.whichTicket'),
      style: 'emphasis',
      lines: [],
      facts: [],
      buttons: open.map((t, i) => ({ title: `#${t.number} ${snippet(t.question)}`, data: { verb: OWN_WORDS_VERBS.choose, id, choice: i, locale: turn.locale } })),
    };
    await this.keepChoices(turn, id, choices);
    await turn.context.sendActivity(message(this.deps.cards.render('notice', data), data.title));
  }

  private async askSupportType(turn: AssistantTurn, request: Extract<OwnWordsRequest, { kind: 'recordCase' }>): Promise<void> {
    const choices: OwnWordsRequest[] = (['onPremises', 'cloud'] as const).map((supportType) => ({ ...request, supportType }));
    const id = await this.keep(turn, request);
    await this.keepChoices(turn, id, choices);
    const data: NoticeCardData = {
      title: turn.t('own.whichType', { caseNumber: request.caseNumber ?? '' }),
      style: 'emphasis',
      lines: [turn.t('own.nothingYet')],
      facts: [],
      buttons: [
        { title: turn.t('own.type.onPremises'), data: { verb: OWN_WORDS_VERBS.choose, id, choice: 0, locale: turn.locale } },
        { title: turn.t('own.type.cloud'), data: { verb: OWN_WORDS_VERBS.choose, id, choice: 1, locale: turn.locale } },
        { title: turn.t('own.btn.cancel'), data: { verb: OWN_WORDS_VERBS.cancel, id, locale: turn.locale } },
      ],
    };
    await turn.context.sendActivity(message(this.deps.cards.render('notice', data), data.title));
  }

  /** What is wrong with a request, in one sentence; nothing is kept or written. */
  private async problemWith(turn: AssistantTurn, caller: Caller, request: OwnWordsRequest): Promise<string | undefined> {
    switch (request.kind) {
      case 'recordCase': {
        if (request.badNumber) return turn.t('own.badCaseNumber', { text: request.badNumber });
        if (!request.caseNumber) return turn.t('own.noCaseNumber');
        if (request.badDate) return turn.t('own.badDate', { text: request.badDate });
        if (!newCase({ supportType: request.supportType ?? 'cloud', caseNumber: request.caseNumber, openedOn: request.openedOn ?? this.today(turn) })) {
          return turn.t('own.badCaseNumber', { text: request.caseNumber });
        }
        const recorded = (await this.deps.store.cases.list(caller.tenantId)).find((c) => c.caseNumber.replace(/^0+/, '') === request.caseNumber!.replace(/^0+/, ''));
        if (recorded) return turn.t('ledger.case.already', { caseNumber: recorded.caseNumber, date: recorded.openedOn });
        return this.deps.ledger.dateRefusal(turn, caller.tenantId, request.openedOn ?? this.today(turn));
      }
      case 'saveIds':
        // Everyone here could read them: never taken outside a personal chat.
        return turn.conversationKind === 'personal' ? undefined : turn.t('act.typed.pastedShared');
      case 'removeCase': {
        if (!request.caseNumber) return turn.t('own.noCaseNumber');
        const cases = await this.deps.store.cases.list(caller.tenantId);
        const same = (a: string) => a.replace(/^0+/, '') === request.caseNumber!.replace(/^0+/, '');
        return cases.some((c) => same(c.caseNumber)) ? undefined : turn.t('ledger.case.unknown', { caseNumber: request.caseNumber });
      }
      case 'ticket': {
        const ticket = request.number === undefined ? undefined : await this.deps.store.tickets.get(caller.tenantId, request.number);
        if (!ticket) return turn.t('helpdesk.notFound', { number: request.number ?? '?' });
        if (request.action === 'reply' && !request.reply) return turn.t('own.noReplyText');
        if (request.action === 'assign') {
          const helpdesk = (await this.deps.store.roles.list(caller.tenantId)).filter((g) => g.role === 'helpdesk');
          if (helpdesk.length === 0) return turn.t('own.noHelpdesk');
          if (!this.assigneeOf(request.assignee ?? '', helpdesk, request.assigneeText)) {
            return turn.t('own.unknownAssignee', { name: request.assignee ?? '?', names: helpdesk.map((g) => g.name ?? g.aadObjectId).join(', ') });
          }
        }
        return undefined;
      }
      default:
        return undefined;
    }
  }

  /**
   * The helpdesk member a request names: the name read after "to" / "на" / "à", else any member's first name
   * in the message; compared in Latin letters ("Дану" is Dana), by the first name's stem, so inflections match.
   */
  private assigneeOf(name: string, helpdesk: ReadonlyArray<{ aadObjectId: string; name?: string }>, text = '') {
    const words = latin(`${name} ${text}`).split(/[^a-z]+/).filter((w) => w.length >= 3);
    return helpdesk.find((g) => {
      const first = latin((g.name ?? '').split(/\s+/)[0]);
      return first.length >= 3 && words.some((w) => namesWord(w, first));
    });
  }

  /** The confirmation card: what will happen, [do it] [Change] [Cancel]. */
  private async confirm(turn: AssistantTurn, caller: Caller, request: OwnWordsRequest): Promise<void> {
    const id = await this.keep(turn, request);
    const { title, button } = await this.describe(turn, caller, request);
    const changeable = request.kind === 'recordCase' || request.kind === 'saveIds';
    // In the admin's personal chat the IDs as typed, to check them before saving; never where others read.
    const facts =
      request.kind === 'saveIds' && turn.conversationKind === 'personal'
        ? [
            { title: turn.t('ids.accessId'), value: request.accessId },
            { title: turn.t('ids.contractId'), value: request.contractId },
          ]
        : [];
    const data: NoticeCardData = {
      title,
      style: 'emphasis',
      lines: [turn.t('own.nothingYet')],
      facts,
      buttons: [
        { title: button, data: { verb: OWN_WORDS_VERBS.confirm, id, locale: turn.locale } },
        ...(changeable ? [{ title: turn.t('own.btn.change'), data: { verb: OWN_WORDS_VERBS.change, id, locale: turn.locale } }] : []),
        { title: turn.t('own.btn.cancel'), data: { verb: OWN_WORDS_VERBS.cancel, id, locale: turn.locale } },
      ],
    };
    await turn.context.sendActivity(message(this.deps.cards.render('notice', data), title));
  }

  private async describe(turn: AssistantTurn, caller: Caller, request: OwnWordsRequest): Promise<{ title: string; button: string }> {
    const t = turn.t;
    switch (request.kind) {
      case 'ticket': {
        const ticket = await this.deps.store.tickets.get(caller.tenantId, request.number!);
        const base = { number: request.number!, question: snippet(ticket?.question ?? '') };
        const button = t(`own.btn.${request.action}` as StringKey);
        if (request.action === 'assign') {
          const helpdesk = (await this.deps.store.roles.list(caller.tenantId)).filter((g) => g.role === 'helpdesk');
          const who = this.assigneeOf(request.assignee ?? '', helpdesk, request.assigneeText);
          return { title: t('own.confirm.assign', { ...base, name: who?.name ?? request.assignee ?? '' }), button };
        }
        if (request.action === 'reply') return { title: t('own.confirm.reply', { ...base, reply: request.reply ?? '' }), button };
        return { title: t(`own.confirm.${request.action}` as StringKey, base), button };
      }
      case 'recordCase':
        return {
          title: t('own.confirm.recordCase', {
            caseNumber: request.caseNumber!,
            type: t(request.supportType === 'cloud' ? 'ledger.type.cloud' : 'ledger.type.onPremises'),
            date: request.openedOn ?? this.today(turn),
          }),
          button: t('own.btn.recordCase'),
        };
      case 'removeCase':
        return { title: t('own.confirm.removeCase', { caseNumber: request.caseNumber! }), button: t('own.btn.removeCase') };
      case 'setQueue':
        return { title: t('own.confirm.setQueue'), button: t('own.btn.setQueue') };
      case 'saveIds':
        return { title: t('own.confirm.saveIds', { accessId: shortId(request.accessId), contractId: shortId(request.contractId) }), button: t('own.btn.saveIds') };
      case 'askAdmin':
        return { title: t('own.confirm.askAdmin'), button: t('own.btn.askAdmin') };
      case 'setProfile': {
        const parts = [...(request.tier ? [TIER_NAMES[request.tier]] : []), ...request.competencies.map((c) => COMPETENCY_NAMES[c])];
        return { title: t('own.confirm.setProfile', { profile: parts.join(', ') }), button: t('own.btn.setProfile') };
      }
      case 'role':
        return {
          title: t(request.grant ? 'own.confirm.grant' : 'own.confirm.revoke', { role: ROLE_LABELS[request.role], target: request.personName ?? request.aadObjectId ?? '?' }),
          button: t(request.grant ? 'own.btn.grant' : 'own.btn.revoke'),
        };
      default:
        return { title: t('own.title'), button: t('common.done') };
    }
  }

  // ---- The pending request ---------------------------------------------------------------------------

  private async keep(turn: AssistantTurn, request: OwnWordsRequest): Promise<string> {
    const id = randomUUID();
    await this.pending.set(turn, { id, request, at: Date.now() });
    return id;
  }

  private async keepChoices(turn: AssistantTurn, id: string, choices: OwnWordsRequest[]): Promise<void> {
    const kept = await this.pending.get(turn);
    if (kept?.id === id) await this.pending.set(turn, { ...kept, choices });
  }

  /** The pending request the button names, once: another id, an expired one, or none at all is stale. */
  private async take(turn: AssistantTurn): Promise<Pending | undefined> {
    const kept = await this.pending.get(turn);
    const id = turn.submit?.data.id;
    if (!kept || kept.cancelled || typeof id !== 'string' || kept.id !== id || Date.now() - kept.at > PENDING_TTL_MS) {
      await turn.context.sendActivity(turn.t('own.stale'));
      return undefined;
    }
    await this.pending.clear(turn);
    return kept;
  }

  cancel: TurnHandler = async (turn) => {
    const kept = await this.take(turn);
    if (!kept) return;
    // Kept, cancelled, for a typed correction ("my mistake, the number is …"); no button runs it.
    await this.pending.set(turn, { ...kept, cancelled: true });
    const correctable = kept.request.kind === 'recordCase' || kept.request.kind === 'saveIds' || kept.request.kind === 'role';
    await turn.context.sendActivity(turn.t(correctable ? 'own.cancelled.correctable' : 'own.cancelled'));
  };

  /** A choice (which ticket, which support type): the request with it, confirmed like any other. */
  choose: TurnHandler = async (turn) => {
    const kept = await this.take(turn);
    if (!kept) return;
    const index = Number(turn.submit?.data.choice);
    const chosen = Number.isInteger(index) ? kept.choices?.[index] : undefined;
    if (!chosen) return void (await turn.context.sendActivity(turn.t('own.stale')));
    await this.propose(turn, chosen);
  };

  /** [Change]: the details as a form, prefilled; saving it shows the confirmation again. */
  change: TurnHandler = async (turn) => {
    const kept = await this.pending.get(turn);
    const id = turn.submit?.data.id;
    if (!kept || kept.cancelled || kept.id !== id || (kept.request.kind !== 'recordCase' && kept.request.kind !== 'saveIds')) {
      return void (await turn.context.sendActivity(turn.t('own.stale')));
    }
    const r = kept.request;
    const t = turn.t;
    const inputs =
      r.kind === 'recordCase'
        ? [
            { type: 'Input.Text', id: 'caseNumber', label: t('own.field.caseNumber'), value: r.caseNumber ?? '', maxLength: 20, isRequired: true },
            {
              type: 'Input.ChoiceSet',
              id: 'supportType',
              label: t('own.field.supportType'),
              value: r.supportType ?? 'onPremises',
              choices: [
                { title: t('own.type.onPremises'), value: 'onPremises' },
                { title: t('own.type.cloud'), value: 'cloud' },
              ],
            },
            { type: 'Input.Date', id: 'openedOn', label: t('own.field.openedOn'), value: r.openedOn ?? this.today(turn) },
          ]
        : [
            { type: 'Input.Text', id: 'accessId', label: t('own.field.accessId'), value: r.accessId, maxLength: 200, isRequired: true },
            { type: 'Input.Text', id: 'contractId', label: t('own.field.contractId'), value: r.contractId, maxLength: 200, isRequired: true },
          ];
    const card = {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      fallbackText: t('own.change.title'),
      body: [{ type: 'TextBlock', text: t('own.change.title'), weight: 'bolder', size: 'medium', wrap: true, style: 'heading' }, ...inputs],
      actions: [
        { type: 'Action.Submit', title: t('own.btn.save'), data: { verb: OWN_WORDS_VERBS.edit, id, locale: turn.locale } },
        { type: 'Action.Submit', title: t('own.btn.cancel'), data: { verb: OWN_WORDS_VERBS.cancel, id, locale: turn.locale }, associatedInputs: 'none' },
      ],
    };
    await turn.context.sendActivity(message({ contentType: 'application/vnd.microsoft.card.adaptive', content: card }, t('own.change.title')));
  };

  /** The changed details (user input, read like typed text), then the confirmation again. */
  edit: TurnHandler = async (turn) => {
    const kept = await this.take(turn);
    if (!kept) return;
    const data = turn.submit?.data ?? {};
    const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
    let request: OwnWordsRequest;
    if (kept.request.kind === 'recordCase') {
      const supportType = str(data.supportType) === 'cloud' ? 'cloud' : str(data.supportType) === 'onPremises' ? 'onPremises' : undefined;
      const caseNumber = str(data.caseNumber).replace(/\s+/g, '');
      request = {
        kind: 'recordCase',
        ...(caseNumber ? (/^\d+$/.test(caseNumber) ? { caseNumber } : { badNumber: caseNumber }) : {}),
        supportType,
        ...(str(data.openedOn) ? { openedOn: str(data.openedOn) } : {}),
      };
    } else if (kept.request.kind === 'saveIds') {
      request = { kind: 'saveIds', accessId: str(data.accessId), contractId: str(data.contractId) };
    } else {
      return void (await turn.context.sendActivity(turn.t('own.stale')));
    }
    await this.propose(turn, request);
  };

  /** [Record] / [Save] / [Resolve]…: the kept request runs through its handler, which checks the role again. */
  confirmed: TurnHandler = async (turn) => {
    const kept = await this.take(turn);
    if (!kept) return;
    const request = kept.request;
    this.deps.logger.info('own-words request confirmed', { kind: request.kind });
    const submitted = (verb: string, data: Record<string, unknown>): AssistantTurn => ({ ...turn, submit: { verb, data, viaInvoke: false } });
    switch (request.kind) {
      case 'ticket': {
        const data: Record<string, unknown> = { number: String(request.number) };
        if (request.action === 'reply') data.reply = request.reply ?? '';
        if (request.action === 'assign') {
          const helpdesk = (await this.deps.store.roles.list(turn.tenantId ?? '')).filter((g) => g.role === 'helpdesk');
          data.assignee = this.assigneeOf(request.assignee ?? '', helpdesk, request.assigneeText ?? '')?.aadObjectId ?? '';
        }
        if (request.action === 'close') {
          // "Close it, it's solved": a ticket not yet resolved is resolved, then closed (the helpdesk's two buttons).
          const ticket = await this.deps.store.tickets.get(turn.tenantId ?? '', request.number ?? 0);
          if (ticket && ticket.status !== 'resolved' && ticket.status !== 'closed') {
            await this.deps.helpdesk.act(submitted(HELPDESK_VERBS.resolve, { number: String(request.number) }));
          }
        }
        return this.deps.helpdesk.act(submitted(HELPDESK_VERBS[request.action satisfies TicketAction], data));
      }
      case 'recordCase':
        return this.deps.ledger.command(turn, { supportType: request.supportType ?? 'onPremises', caseNumber: request.caseNumber ?? '', openedOn: request.openedOn });
      case 'removeCase':
        return this.deps.ledger.removal(turn, request.caseNumber ?? '');
      case 'setQueue':
        return this.deps.helpdesk.command(turn, { kind: 'helpdeskHere' });
      case 'saveIds':
        return this.deps.saveIds(turn, request);
      case 'askAdmin':
        return this.deps.askAdmin(turn);
      case 'setProfile':
        return this.deps.admin(turn, { kind: 'setProfile', tier: request.tier, competencies: request.competencies, other: request.other });
      case 'role':
        if (!request.aadObjectId) return void (await turn.context.sendActivity(turn.t('own.stale')));
        return this.deps.admin(turn, { kind: request.grant ? 'grant' : 'revoke', role: request.role, target: { aadObjectId: request.aadObjectId } });
      default:
        return void (await turn.context.sendActivity(turn.t('own.stale')));
    }
  };
}

type OpenTicket = Awaited<ReturnType<Store['tickets']['listOpen']>>[number];

/**
 * The one ticket a person named in the message asked, among those the action applies to when they asked several
 * (reopening a resolved one, anything else on one still being worked). "Dana Lee knows it better, hand Alex's ticket
 * to her" is Alex's: the first name that asked a ticket.
 */
function ticketOfPerson(text: string, open: readonly OpenTicket[], action: TicketAction): number | undefined {
  for (const name of peopleNamedIn(text)) {
    let theirs = open.filter((t) => t.requester.name && sameName(name, t.requester.name));
    if (theirs.length > 1) theirs = theirs.filter((t) => (action === 'reopen') === (t.status === 'resolved'));
    if (theirs.length === 1) return theirs[0].number;
  }
  return undefined;
}

/** Reopening is for a resolved ticket, closing for any, the rest for one still being worked. */
function appliesTo(ticket: OpenTicket, action: TicketAction): boolean {
  return action === 'reopen' ? ticket.status === 'resolved' : action === 'close' ? true : ticket.status !== 'resolved';
}

/** Another ticket than the one proposed: "the other one", "другую", "l'autre" (a bare, short message). */
const THE_OTHER_ONE = inNormalForm(
  /^(?=(?: \S+){1,10} $).*( (the )?other( one| ticket| request)?|(?<= )(друг|втор)(ую|ой|ая|ое|ого)( заявк[а-я]*| тикет[а-я]*)?| l autre| l autre ticket| pas (celui|celle) la)(?= )/,
);

/** The one ticket the action applies to that the message names by its subject: reopening is for a resolved ticket, closing for any, the rest for one still being worked. */
function ticketAbout(text: string, open: readonly OpenTicket[], action: TicketAction): number | undefined {
  const candidates = open.filter((t) => appliesTo(t, action));
  return ticketByContent(text, candidates);
}
