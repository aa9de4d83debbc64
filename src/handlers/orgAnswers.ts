import { randomUUID } from 'node:crypto';
import { ActivityTypes, type Activity, type TurnContext } from '../bot/protocol';
import type { Callers } from '../bot/callers';
import type { AssistantTurn, TurnHandler } from '../bot/turn';
import type { CardRenderer } from '../cards';
import type { NoticeCardData } from '../cards/activationCards';
import {
  figureRefusal,
  ORG_ANSWER_VERBS,
  orgAnswerCardData,
  orgAnswerFormData,
  orgAnswerListData,
  type OrgAnswerFormValues,
} from '../cards/orgAnswerCards';
import { actorOf } from '../domain/benefitsService';
import {
  MAX_ORG_ANSWER,
  MAX_ORG_ANSWERS,
  MAX_ORG_QUESTION,
  orgAnswerTopic,
  readDraft,
  reviewDueFrom,
  type OrgAnswer,
  type OrgAnswerCommand,
  type OrgAnswerOrigin,
  parseOrgAnswerCommand,
} from '../domain/orgAnswers';
import type { Caller } from '../domain/policy';
import { plainText } from '../domain/plainText';
import { canHandleTickets } from '../domain/tickets';
import { isLocale } from '../i18n/locale';
import type { Locale } from '../domain/types';
import type { Logger } from '../logger';
import { articleFigureConflict } from '../nlu/articleFigures';
import { matchOrganizationAnswer } from '../nlu/orgAnswerMatch';
import { StoreInputError } from '../store/errors';
import type { Store } from '../store/repositories';
import { answerChannelData, taggedAnswer as answeredTopicOf } from '../bot/answerTag';
import { inPrivateOrHelpdeskChannel } from './helpdeskPlaces';
import { auditRefusal, isOutsider, refusalText } from './refusal';

export interface OrgAnswersDeps {
  store: Store;
  callers: Callers;
  cards: CardRenderer;
  logger: Logger;
  /** ANSWER_REVIEW_DAYS: how long after it was written or confirmed an answer is due for review. */
  reviewDays: number;
  now: () => Date;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function numberOf(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,9}$/.test(v.trim()) ? Number(v.trim()) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

function card(attachment: { contentType: string; content: unknown }, summary: string): Partial<Activity> {
  return { type: ActivityTypes.Message, attachments: [attachment], summary };
}

/** The typed command, read once by the router (a question button's query counts as typed). */
export function orgAnswerCommandOf(turn: AssistantTurn): OrgAnswerCommand | undefined {
  return turn.submit ? undefined : parseOrgAnswerCommand(turn.text);
}

/**
 * The organization's own answers: the helpdesk saves them (from a ticket, the report, or `add answer`),
 * keeps them true (edit, delete, the review reminder), and the bot serves them to members of the same
 * organization when the article does not answer, or adds them under the article's answer. Every action
 * re-checks the caller's role on the server; card data is only ever a hint of which answer or ticket.
 */
export class OrgAnswers {
  constructor(private readonly deps: OrgAnswersDeps) {}

  // ---- the helpdesk's side -------------------------------------------------------------------------

  command = async (turn: AssistantTurn, command: OrgAnswerCommand): Promise<void> => {
    const caller = await this.privileged(turn, command.kind === 'add' ? 'orgAnswer.form' : 'orgAnswer.list');
    if (!caller) return;
    if (command.kind === 'add') {
      return void (await this.sendForm(turn, { draft: randomUUID(), question: '', answer: '', phrasings: [], answerLocale: turn.locale, origin: 'chat' }));
    }
    const [answers, feedback] = await Promise.all([this.deps.store.orgAnswers.list(caller.tenantId), this.deps.store.orgAnswers.feedbackCounts(caller.tenantId)]);
    const stats = answers.map((answer) => ({ answer, ...(feedback.get(answer.id) ?? { likes: 0, dislikes: 0 }) }));
    const data = orgAnswerListData(turn.locale, stats, command.order);
    await turn.context.sendActivity(card(this.deps.cards.render('orgAnswerList', data), data.title));
  };

  /** "Save as answer" on a ticket card ({ number }), "Answer this" on the report ({ question }): the form, prefilled. */
  open: TurnHandler = async (turn) => {
    const caller = await this.privileged(turn, 'orgAnswer.form');
    if (!caller) return;
    const data = turn.submit?.data ?? {};
    const number = numberOf(data.number);
    if (number !== undefined) {
      const ticket = await this.deps.store.tickets.get(caller.tenantId, number);
      if (!ticket) return void (await turn.context.sendActivity(turn.t('helpdesk.notFound', { number })));
      // The helpdesk's last reply, read from the ticket: never from the card.
      const reply = [...ticket.history].reverse().find((e) => e.kind === 'reply' && e.text);
      if (!reply) return void (await turn.context.sendActivity(turn.t('orgAnswer.ticket.noReply', { number })));
      return void (await this.sendForm(turn, {
        draft: `ticket:${number}:${randomUUID()}`,
        question: ticket.question.slice(0, MAX_ORG_QUESTION),
        answer: (reply.text ?? '').slice(0, MAX_ORG_ANSWER),
        phrasings: [],
        answerLocale: ticket.locale,
        origin: 'ticket',
        ticket: number,
      }));
    }
    const question = str(data.question).trim().slice(0, MAX_ORG_QUESTION);
    const asked = isLocale(data.questionLocale) ? data.questionLocale : turn.locale;
    await this.sendForm(turn, { draft: randomUUID(), question, answer: '', phrasings: [], answerLocale: asked, origin: question ? 'report' : 'chat' });
  };

  /** Edit on an answer's card, the list or the review reminder: the form with the answer as it is now. */
  edit: TurnHandler = async (turn) => {
    const caller = await this.privileged(turn, 'orgAnswer.form');
    if (!caller) return;
    const answer = await this.deps.store.orgAnswers.get(caller.tenantId, str(turn.submit?.data.id));
    if (!answer) return void (await turn.context.sendActivity(turn.t('orgAnswer.notFound')));
    await this.sendForm(turn, this.valuesOf(answer));
  };

  save: TurnHandler = async (turn) => {
    const caller = await this.privileged(turn, 'orgAnswer.save');
    if (!caller) return;
    const data = turn.submit?.data ?? {};
    const answerLocale: Locale = isLocale(data.answerLocale) ? data.answerLocale : turn.locale;
    const editing = str(data.id) ? { id: str(data.id), version: numberOf(data.version) ?? 0 } : undefined;
    const ticket = numberOf(data.ticket);
    const origin: OrgAnswerOrigin = ticket ? { kind: 'ticket', number: ticket } : data.origin === 'report' ? { kind: 'report' } : { kind: 'chat' };
    const values: OrgAnswerFormValues = {
      draft: str(data.draft).slice(0, 100) || randomUUID(),
      question: str(data.question).slice(0, MAX_ORG_QUESTION * 2),
      answer: str(data.answer).slice(0, MAX_ORG_ANSWER * 2),
      phrasings: str(data.phrasings).split('\n').slice(0, 20),
      answerLocale,
      origin: origin.kind,
      ...(ticket ? { ticket } : {}),
      ...(editing ? { edit: editing } : {}),
    };
    const draft = readDraft({ question: data.question, answer: data.answer, phrasings: data.phrasings, locale: answerLocale });
    if (typeof draft === 'string') {
      const error =
        draft === 'tooLong'
          ? turn.t('orgAnswer.error.tooLong', { question: MAX_ORG_QUESTION, answer: MAX_ORG_ANSWER })
          : turn.t(draft === 'emptyQuestion' ? 'orgAnswer.error.emptyQuestion' : 'orgAnswer.error.emptyAnswer');
      return void (await this.sendForm(turn, values, error));
    }
    // The article's figures win: an answer that changes one is refused, with the article's figures shown.
    const conflict = articleFigureConflict(draft.answer, draft.locale) ?? articleFigureConflict(draft.question, draft.locale);
    if (conflict) {
      this.deps.logger.info('organization answer refused: it contradicts an article figure', { tenantId: caller.tenantId, tier: conflict.tier });
      return void (await this.sendForm(turn, values, figureRefusal(turn.locale, conflict)));
    }
    const me = actorOf(caller);
    const reviewDue = reviewDueFrom(this.deps.now(), this.deps.reviewDays);
    const { orgAnswers } = this.deps.store;
    if (editing) {
      const result = await orgAnswers.update(caller.tenantId, editing.id, draft, editing.version, reviewDue, me, caller.conversationId);
      if (!result) return void (await turn.context.sendActivity(turn.t('orgAnswer.notFound')));
      if (!result.applied) return void (await this.sendForm(turn, this.valuesOf(result.answer), turn.t('orgAnswer.error.conflict')));
      this.deps.logger.info('organization answer edited', { tenantId: caller.tenantId, answerId: editing.id });
      return void (await this.sendManaged(turn, result.answer, turn.t('orgAnswer.updated')));
    }
    try {
      const { answer, created } = await orgAnswers.create(caller.tenantId, { ...draft, draftKey: `${caller.aadObjectId ?? caller.userId}:${values.draft}`, origin, reviewDue }, me, caller.conversationId);
      this.deps.logger.info('organization answer saved', { tenantId: caller.tenantId, answerId: answer.id, created, origin: origin.kind, locale: answer.locale });
      await this.sendManaged(turn, answer, turn.t('orgAnswer.saved'));
    } catch (err) {
      if (!(err instanceof StoreInputError)) throw err;
      await this.sendForm(turn, values, turn.t('orgAnswer.error.tooMany', { max: MAX_ORG_ANSWERS }));
    }
  };

  /**
   * Delete: the first press asks (what will be gone, with one Delete button carrying `confirmed`); the second
   * deletes. Both re-check the role; the card's data only names the answer and says the person confirmed.
   */
  remove: TurnHandler = async (turn) => {
    const caller = await this.privileged(turn, 'orgAnswer.delete');
    if (!caller) return;
    const id = str(turn.submit?.data.id);
    if (turn.submit?.data.confirmed !== true) {
      const answer = await this.deps.store.orgAnswers.get(caller.tenantId, id);
      if (!answer) return void (await turn.context.sendActivity(turn.t('orgAnswer.notFound')));
      const data: NoticeCardData = {
        title: turn.t('orgAnswer.delete.confirm', { question: plainText(answer.question) }),
        style: 'attention',
        lines: [turn.t('orgAnswer.delete.effect')],
        facts: [],
        buttons: [{ title: turn.t('orgAnswer.action.delete'), data: { verb: ORG_ANSWER_VERBS.remove, id, confirmed: true, locale: turn.locale } }],
      };
      return void (await turn.context.sendActivity(card(this.deps.cards.render('notice', data), data.title)));
    }
    const removed = await this.deps.store.orgAnswers.remove(caller.tenantId, id, actorOf(caller), caller.conversationId);
    if (!removed) return void (await turn.context.sendActivity(turn.t('orgAnswer.notFound')));
    this.deps.logger.info('organization answer deleted', { tenantId: caller.tenantId, answerId: removed.id });
    await turn.context.sendActivity(turn.t('orgAnswer.deleted', { question: plainText(removed.question) }));
  };

  /** "Still correct" on the review reminder: the next review date. */
  keep: TurnHandler = async (turn) => {
    const caller = await this.privileged(turn, 'orgAnswer.confirm');
    if (!caller) return;
    const reviewDue = reviewDueFrom(this.deps.now(), this.deps.reviewDays);
    const kept = await this.deps.store.orgAnswers.confirm(caller.tenantId, str(turn.submit?.data.id), reviewDue, actorOf(caller), caller.conversationId);
    if (!kept) return void (await turn.context.sendActivity(turn.t('orgAnswer.notFound')));
    await turn.context.sendActivity(turn.t('orgAnswer.confirmed', { question: plainText(kept.question), date: reviewDue.slice(0, 10) }));
  };

  // ---- serving members -------------------------------------------------------------------------------

  /**
   * The organization's answer to this typed question, for a member Teams confirms in the conversation's
   * organization, in a personal chat (an answer may name what only the organization should read).
   */
  async answerFor(turn: AssistantTurn): Promise<OrgAnswer | undefined> {
    if (turn.submit || !turn.text || !turn.tenantId || turn.conversationKind !== 'personal') return undefined;
    try {
      const answers = await this.deps.store.orgAnswers.list(turn.tenantId, turn.locale);
      if (answers.length === 0) return undefined;
      const match = matchOrganizationAnswer(turn.text, turn.locale, answers);
      if (!match || !(await this.deps.callers.isVerifiedMember(turn))) return undefined;
      return match.answer;
    } catch (err) {
      // The person still gets the bot's own answer.
      this.deps.logger.error('could not look up the organization\u2019s answers', { err, tenantId: turn.tenantId });
      return undefined;
    }
  }

  /** Where the bot has no answer of its own: the organization's, if one matches. True when it was sent. */
  async serve(turn: AssistantTurn): Promise<boolean> {
    const answer = await this.answerFor(turn);
    if (!answer) return false;
    await this.send(turn, answer);
    return true;
  }

  /** The organization's answer on its own, with Teams' feedback buttons and "Ask the helpdesk". */
  async send(turn: AssistantTurn, answer: OrgAnswer): Promise<void> {
    const data = orgAnswerCardData(turn.locale, answer, { kind: 'served', asked: turn.text });
    await turn.context.sendActivity({
      ...card(this.deps.cards.render('orgAnswer', data), `${data.label}: ${data.question}`),
      channelData: answerChannelData({ topic: orgAnswerTopic(answer.id), locale: turn.locale }),
    });
    await this.used(turn.tenantId!, answer);
  }

  /**
   * Under the article's answer, in the same message: "Your helpdesk adds: …" when one of the organization's
   * answers matches the question too. Installed on every turn before what checks and records what is sent;
   * `turnOf` gives the turn once it is read.
   */
  installOn(context: TurnContext, turnOf: () => AssistantTurn | undefined): void {
    let looked = false;
    context.onSendActivities(async (_ctx, activities, next) => {
      const turn = turnOf();
      const index = activities.findIndex((a) => isArticleAnswer(a));
      if (!looked && turn && index >= 0 && turn.text && !turn.submit) {
        looked = true;
        const answer = await this.answerFor(turn);
        if (answer) {
          const data = orgAnswerCardData(turn.locale, answer, { kind: 'adds' });
          const activity = activities[index];
          activity.attachments = [...(activity.attachments ?? []), this.deps.cards.render('orgAnswer', data)];
          await this.used(turn.tenantId!, answer);
        }
      }
      return next();
    });
  }

  // ---- helpers ---------------------------------------------------------------------------------------

  private async used(tenantId: string, answer: OrgAnswer): Promise<void> {
    this.deps.logger.info('organization answer served', { tenantId, answerId: answer.id });
    await this.deps.store.orgAnswers
      .recordUse(tenantId, answer.id)
      .catch((err: unknown) => this.deps.logger.error('could not count an organization answer\u2019s use', { err, tenantId }));
  }

  /** The helpdesk, Global admins and MPN partner admins of this organization, in a personal chat or the helpdesk channel. */
  private async privileged(turn: AssistantTurn, action: string): Promise<Caller | undefined> {
    const caller = await this.deps.callers.resolve(turn);
    if (!caller) return undefined;
    if (!canHandleTickets(caller)) {
      await auditRefusal(this.deps, caller, action);
      await turn.context.sendActivity(isOutsider(caller) ? refusalText(turn, caller) : turn.t('orgAnswer.refused'));
      return undefined;
    }
    if (!(await inPrivateOrHelpdeskChannel(turn, this.deps.store, caller.tenantId))) {
      await turn.context.sendActivity(turn.t('orgAnswer.notHere'));
      return undefined;
    }
    return caller;
  }

  private valuesOf(answer: OrgAnswer): OrgAnswerFormValues {
    return {
      draft: randomUUID(),
      question: answer.question,
      answer: answer.answer,
      phrasings: answer.phrasings,
      answerLocale: answer.locale,
      origin: answer.origin.kind,
      ...(answer.origin.kind === 'ticket' ? { ticket: answer.origin.number } : {}),
      edit: { id: answer.id, version: answer.version },
    };
  }

  private async sendForm(turn: AssistantTurn, values: OrgAnswerFormValues, error = ''): Promise<void> {
    const data = orgAnswerFormData(turn.locale, values, error);
    await turn.context.sendActivity(card(this.deps.cards.render('orgAnswerForm', data), error || data.title));
  }

  private async sendManaged(turn: AssistantTurn, answer: OrgAnswer, notice: string): Promise<void> {
    const data = orgAnswerCardData(turn.locale, answer, { kind: 'manage', notice });
    await turn.context.sendActivity(card(this.deps.cards.render('orgAnswer', data), notice));
  }
}

/** An answer of the article (not "the source does not say", not one of the organization's own). */
function isArticleAnswer(activity: Partial<Activity>): boolean {
  const answered = answeredTopicOf(activity);
  return !!answered && answered.topic !== 'notInArticle' && !answered.topic.startsWith('org:');
}

export { ORG_ANSWER_VERBS };
