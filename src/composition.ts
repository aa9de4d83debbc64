import { KvBotStorage, OptimisticPrivateConversationState } from './store/botStorage';
import { Dialog } from './dialogs/dialogsSdk';
import { BenefitsService } from './domain/benefitsService';
import { TOPIC_INTENTS } from './domain/types';
import { ActivationDialog } from './dialogs/activationDialog';
import { DialogHost } from './dialogs/dialogHost';
import { CHOOSE_VERB, EntitlementDialog } from './dialogs/entitlementDialog';
import { ACTIVATION_VERBS, activationHandler, activationSubmitHandler, askAdminHandler } from './handlers/activationHandlers';
import { activationAudience } from './handlers/activationAudience';
import { adminCommandHandler, adminCommandOf } from './handlers/adminCommandHandler';
import { asideHandler, cancelHandler, fallbackHandler, greetingHandler, helpHandler, thanksHandler, unknownButtonHandler, whoYouAreHandler, whoYouAreOf } from './handlers/helpHandler';
import { IDS_VERBS, idsEditHandler, idsHandler, idsMarkExpiredHandler, idsRefreshHandler, idsSaveHandler } from './handlers/idsHandlers';
import { contextualHandler, incidentsHandler, IncidentsDeps } from './handlers/incidentsHandler';
import { ConversationFrames } from './dialogs/conversationFrames';
import { QuestionCards } from './dialogs/questionCards';
import { checksBackHandler, requestDetailHandler, topicAnswerHandler } from './handlers/topicAnswerHandler';
import { productVersionNote, productVersionNoteFirst } from './handlers/productVersionNote';
import { Helpdesk, HELPDESK_VERBS, helpdeskCommandOf, type HelpdeskDeps } from './handlers/helpdesk';
import { TranscriptRecorder } from './bot/helpdeskTranscript';
import { overridingReadingHandler, overridingReadingOf, unknownFactFollowUpHandler } from './handlers/notInArticleHandler';
import { pendingTroubleshooterHandler, rememberMessage, troubleshootChooseHandler, troubleshooterHandler } from './handlers/troubleshooterHandlers';
import { TROUBLESHOOT_VERB } from './answers';
import { SITUATIONS, TroubleshooterTopic } from './domain/unknownFacts';
import { AnswerFeedback } from './handlers/answerFeedback';
import { CASE_OPENED_VERB, caseCommandOf, caseRemovalOf, IncidentLedger } from './handlers/incidentLedger';
import { SEND_ANSWER_VERB, SuggestedAnswer } from './handlers/suggestedAnswer';
import { HelpdeskReports, reportCommandOf } from './handlers/helpdeskReport';
import type { ReportLinks } from './http/reportDownloads';
import { ORG_ANSWER_VERBS, orgAnswerCommandOf, OrgAnswers } from './handlers/orgAnswers';
import { OWN_WORDS_VERBS, OwnWords } from './handlers/ownWords';
import { PendingRequests } from './dialogs/pendingRequests';
import { Logger } from './logger';
import type { TurnHandler } from './bot/turn';
import type { Recognizer } from './nlu';
import { AssistantBot } from './bot/assistantBot';
import { ConversationDirectory } from './bot/conversationDirectory';
import { RosterBootstrap } from './bot/rosterBootstrap';
import { Callers } from './bot/callers';
import { checkSender, MemberDirectory } from './bot/memberDirectory';
import type { ConversationReads } from './bot/confirmedConversations';
import type { UserTokens } from './bot/signIn';
import { SignInDialog } from './dialogs/signInDialog';
import { Notifier } from './bot/notifier';
import { ActivationPresenter, Presenter } from './bot/presenter';
import { PrivateContentGuard } from './bot/privateContent';
import { Router } from './bot/router';

export interface AssistantServices {
  storage: KvBotStorage;
  recognizer: Recognizer;
  presenter: Presenter & ActivationPresenter;
  logger: Logger;
  service: BenefitsService;
  notifier: Notifier;
  directory: ConversationDirectory;
  /** Remembered conversations as Teams confirms them: where private messages may go (ConfirmedConversations). */
  conversations: ConversationReads;
  bootstrap?: RosterBootstrap;
  members: MemberDirectory;
  /** Teams SSO, when the Graph role resolver is configured. */
  signIn?: { connectionName: string; tokens: UserTokens };
  /** The helpdesk (tickets, queue channel): its store, cards and the outbox's wake-up. */
  helpdesk?: Pick<HelpdeskDeps, 'store' | 'cards' | 'kick' | 'maxOpenTicketsPerMember'>;
  /** The helpdesk report's CSV links and the clock its windows end at (with the helpdesk only). */
  reports?: { links: ReportLinks; now: () => Date };
  /** The organization's own answers (with the helpdesk only): ANSWER_REVIEW_DAYS and the clock of review dates. */
  orgAnswers?: { reviewDays: number; now: () => Date };
  /** The clock the dates people type ("yesterday", "last Monday") are read against; the real one unless a test fixes it. */
  dayClock?: () => Date;
}

export interface Assistant {
  bot: AssistantBot;
  router: Router;
  dialogs: DialogHost;
  /** Dialog state, per conversation and user: in a group chat each person has their own flow. */
  dialogState: OptimisticPrivateConversationState;
}

/**
 * Wires the router: card verbs, typed commands, dialogs, intents, fallback. Above the handlers, dialogs and
 * bot it composes (src/bot imports none of them); app.ts builds the rest and calls it.
 */
/**
 * A cloud request asked by someone who said they are Action Pack ("we're Action Pack" … "can we open an Azure case?"):
 * the article's answer is that Action Pack includes no Signature Cloud Support, not the Azure how-to.
 */
function actionPackFirst(answer: TurnHandler, incidents: TurnHandler, frames: ConversationFrames): TurnHandler {
  return async (turn) => {
    const rec = turn.recognition;
    const said = rec?.slots.tier ?? ((await frames.load(turn))?.stated as { tier?: string } | undefined)?.tier;
    if (!rec || said !== 'actionPack' || (rec.mentions?.tiers.length ?? 0) > 1) return answer(turn);
    return incidents({ ...turn, recognition: { ...rec, intent: 'incidents', slots: { ...rec.slots, tier: 'actionPack', supportType: 'cloud' } } });
  };
}

export function buildAssistant(services: AssistantServices): Assistant {
  const { presenter, service, notifier, logger } = services;
  const dialogState = new OptimisticPrivateConversationState(services.storage);
  const frames = new ConversationFrames(dialogState);
  const questions = new QuestionCards(presenter, logger);
  const dialogList: Dialog[] = [new EntitlementDialog(presenter, frames, questions)];
  if (services.signIn) dialogList.push(new SignInDialog(services.signIn.connectionName));
  const dialogs = new DialogHost(dialogState, dialogList);
  const callers = new Callers(service, logger, services.members, services.signIn ? { tokens: services.signIn.tokens, dialogs } : undefined);
  const flows = { service, presenter, notifier, callers };
  dialogs.add(new ActivationDialog({ service, callers, audience: (turn, caller) => activationAudience(turn, caller, flows) }));
  const activation = { ...flows, dialogs, frames };
  const router = new Router().dialogRunner(dialogs);
  const incidents: IncidentsDeps = { dialogs, presenter, frames, service, callers, questions };
  // A typed answer to a troubleshooter's question, before the follow-up reading of the incidents question.
  router.inContext(pendingTroubleshooterHandler(presenter, frames));
  // After a request's how-to, a detail of that request (its support type, Action Pack) before the incidents reading.
  router.inContext(requestDetailHandler(presenter, frames, incidentsHandler(incidents)));
  // "so to confirm, Partner Center will not show it, right?": the answer just given, again.
  router.inContext(checksBackHandler(presenter, frames));
  // "sorry, I mean for cloud" after "the article does not say" about a fact: the same fact, for the new detail.
  router.inContext(unknownFactFollowUpHandler(presenter, dialogs, frames));
  router.inContext(contextualHandler(incidents));

  router
    .verb(CHOOSE_VERB, incidentsHandler(incidents))
    .verb(ACTIVATION_VERBS.start, activationHandler(activation))
    .verb(ACTIVATION_VERBS.submit, activationSubmitHandler(activation))
    .verb(ACTIVATION_VERBS.askAdmin, askAdminHandler(activation))
    .verb(IDS_VERBS.refresh, idsRefreshHandler(flows))
    .verb(IDS_VERBS.show, idsRefreshHandler(flows))
    .verb(IDS_VERBS.edit, idsEditHandler(flows))
    .verb(IDS_VERBS.save, idsSaveHandler(flows))
    .verb(IDS_VERBS.markExpired, idsMarkExpiredHandler(flows))
    .verb(TROUBLESHOOT_VERB, troubleshootChooseHandler(presenter));
  const adminCommands = adminCommandHandler({ service, presenter, logger, callers, conversations: services.conversations });
  router.command(adminCommandOf, adminCommands);
  const transcript = services.helpdesk ? new TranscriptRecorder(dialogState) : undefined;
  let ledger: IncidentLedger | undefined;
  let reports: HelpdeskReports | undefined;
  let orgAnswers: OrgAnswers | undefined;
  const helpdesk =
    services.helpdesk && transcript
      ? new Helpdesk({ ...services.helpdesk, conversations: services.conversations, callers, recognizer: services.recognizer, transcript, logger })
      : undefined;
  if (helpdesk && services.helpdesk) {
    router.verb(HELPDESK_VERBS.ask, helpdesk.ask).verb(HELPDESK_VERBS.create, helpdesk.create).verb(HELPDESK_VERBS.cancelDraft, helpdesk.cancelDraft).verb(HELPDESK_VERBS.answer, helpdesk.answer);
    for (const verb of [HELPDESK_VERBS.assignSelf, HELPDESK_VERBS.assign, HELPDESK_VERBS.reply, HELPDESK_VERBS.resolve, HELPDESK_VERBS.reopen, HELPDESK_VERBS.close]) {
      router.verb(verb, helpdesk.act);
    }
    router.command(helpdeskCommandOf, helpdesk.command);
    ledger = new IncidentLedger({ now: services.dayClock, store: services.helpdesk.store, conversations: services.conversations, callers, helpdesk, logger, kick: services.helpdesk.kick, cards: services.helpdesk.cards });
    router.verb(CASE_OPENED_VERB, ledger.caseOpened);
    const suggested = new SuggestedAnswer({ store: services.helpdesk.store, callers, helpdesk, cards: services.helpdesk.cards, logger, kick: services.helpdesk.kick });
    router.verb(SEND_ANSWER_VERB, suggested.send);
    router.command(caseCommandOf, ledger.command);
    router.command(caseRemovalOf, ledger.removal);
    if (services.reports) {
      reports = new HelpdeskReports({ store: services.helpdesk.store, callers, cards: services.helpdesk.cards, logger, ...services.reports });
      router.command(reportCommandOf, reports.command);
    }
    if (services.orgAnswers) {
      orgAnswers = new OrgAnswers({ store: services.helpdesk.store, callers, cards: services.helpdesk.cards, logger, ...services.orgAnswers });
      router
        .verb(ORG_ANSWER_VERBS.open, orgAnswers.open)
        .verb(ORG_ANSWER_VERBS.save, orgAnswers.save)
        .verb(ORG_ANSWER_VERBS.edit, orgAnswers.edit)
        .verb(ORG_ANSWER_VERBS.remove, orgAnswers.remove)
        .verb(ORG_ANSWER_VERBS.keep, orgAnswers.keep);
      router.command(orgAnswerCommandOf, orgAnswers.command);
    }
    // The same actions asked in people's own words: reading ones answered, changing ones confirmed first.
    const ownWords = new OwnWords({
      now: services.dayClock,
      people: services.conversations.peopleNamed ? (tenantId, matches) => services.conversations.peopleNamed!(tenantId, matches) : undefined,
      pending: new PendingRequests(dialogState),
      store: services.helpdesk.store,
      callers,
      cards: services.helpdesk.cards,
      logger,
      helpdesk,
      ledger,
      report: reports?.command,
      admin: adminCommands,
      askAdmin: askAdminHandler(activation),
      saveIds: async (turn, ids) => {
        // Already active ("new partner year, new IDs, swap them in"): the admin's edit of the recorded IDs, which
        // re-checks the role and keeps the other details (the card shown after offers Edit); else the activation.
        const caller = await callers.resolve(turn, { privileged: true });
        const record = caller ? await service.benefit(caller) : undefined;
        if (record && !('kind' in record) && (record.state === 'active' || record.state === 'expired')) {
          const data = { ...ids, version: record.version };
          return idsSaveHandler(flows)({ ...turn, submit: { verb: IDS_VERBS.save, data, viaInvoke: false } });
        }
        return activationSubmitHandler(activation)({ ...turn, submit: { verb: ACTIVATION_VERBS.submit, data: { ...ids }, viaInvoke: false } });
      },
      previousText: async (turn) => (await frames.load(turn))?.lastText,
      // The activation dialog asks for the IDs one message at a time: those answers are its own.
      dialogActive: (turn) => dialogs.hasActive(turn.context),
    });
    router
      .verb(OWN_WORDS_VERBS.confirm, ownWords.confirmed)
      .verb(OWN_WORDS_VERBS.cancel, ownWords.cancel)
      .verb(OWN_WORDS_VERBS.change, ownWords.change)
      .verb(OWN_WORDS_VERBS.edit, ownWords.edit)
      .verb(OWN_WORDS_VERBS.choose, ownWords.choose);
    // "yes, go ahead" typed right after a proposal: its button, pressed.
    router.commandInContext(ownWords.typedAnswer, ownWords.typedAnswerHandle);
    router.commandInContext(ownWords.read, ownWords.handle);
    // While a ticket waits on its requester, their next message is their answer.
    router.dialogRunner(helpdesk.withWaitingAnswers(dialogs));
  }
  // "are you a real person?": who the bot is; a question it asked stays open.
  router.command(whoYouAreOf, whoYouAreHandler);
  // Not a typed command but a reading that must win over the active flow and the classifier's topic.
  const overridingReading = overridingReadingHandler(presenter, dialogs, frames);
  router.command(overridingReadingOf, async (turn, reading) => {
    // A fact the article does not give that the organization has answered itself: its answer, not "the source does not say".
    const own = reading.kind === 'notInArticle' ? await orgAnswers?.answerFor(turn) : undefined;
    if (own && orgAnswers) {
      await dialogs.cancelAll(turn);
      return orgAnswers.send(turn, own);
    }
    await overridingReading(turn, reading);
    // A fact the article does not give: the helpdesk's report counts it as a question the bot could not answer.
    if (reading.kind === 'notInArticle') await reports?.unanswered(turn, `notInArticle:${reading.fact}`);
  });

  router.intent('incidents', incidentsHandler(incidents));
  router.intent('activation', activationHandler(activation));
  router.intent('ids', idsHandler(flows));
  const troubleshooters = Object.keys(SITUATIONS) as TroubleshooterTopic[];
  for (const topic of troubleshooters) router.intent(topic, troubleshooterHandler(topic, presenter, frames));
  for (const topic of TOPIC_INTENTS) {
    if (topic === 'incidents' || topic === 'activation' || topic === 'ids') continue;
    if ((troubleshooters as string[]).includes(topic)) continue;
    const answer = topicAnswerHandler(topic, presenter, frames, topic === 'incidentsRemaining' ? ledger?.withLedger : undefined);
    router.intent(topic, topic === 'cloudRequest' ? actionPackFirst(answer, incidentsHandler(incidents), frames) : answer);
  }
  router.intent('help', helpHandler(presenter, dialogs));
  router.intent('greeting', greetingHandler(presenter));
  router.intent('thanks', thanksHandler());
  router.intent('cancel', cancelHandler(dialogs, frames));
  // The rule for recent products leads the answer it qualifies; after a follow-up or a dialog it comes after.
  router.beforeIntent(productVersionNoteFirst);
  router.afterMessage(productVersionNote);
  router.afterMessage(rememberMessage(frames));
  const aside = asideHandler(frames);
  router.otherwise(async (turn) => {
    if (turn.submit) return unknownButtonHandler()(turn);
    // What the article does not answer, the organization may have: its answer instead of "I'm not sure I understood".
    if (await orgAnswers?.serve(turn)) return;
    if (await aside(turn)) return;
    await fallbackHandler(presenter)(turn);
    await reports?.unanswered(turn);
  });

  const bot = new AssistantBot({
    router,
    recognizer: services.recognizer,
    dialogState,
    logger,
    welcome: async (context, locale) => {
      await context.sendActivity(presenter.welcome(locale));
    },
    answerAddOn: orgAnswers,
    feedback: services.helpdesk ? new AnswerFeedback({ store: services.helpdesk.store, cards: services.helpdesk.cards, callers, logger }) : undefined,
    privacy: new PrivateContentGuard((tenantId) => service.recordedIds(tenantId), logger),
    onConversationLeft: (context) => services.directory.left(context),
    onSaying: (context, activities) => transcript?.said(context, activities),
    onConversationSeen: async (context) => {
      await transcript?.watch(context);
      // Teams' member lookup (cached per conversation and user, shared with Callers) says who the sender is.
      // The directory asks behind the reply, after the turn's context is revoked: the activity is read now.
      const activity = context.activity;
      const sender = async () => checkSender(await services.members.membership(context), activity);
      services.directory.seen(context, sender);
      await services.bootstrap?.seen(context, sender);
    },
  });
  return { bot, router, dialogs, dialogState };
}
