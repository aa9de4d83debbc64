import { ConversationState, Storage, TurnContext } from 'botbuilder';
import { TOPIC_INTENTS } from '../domain/types';
import { DialogHost } from '../dialogs/dialogHost';
import { CHOOSE_VERB, EntitlementDialog } from '../dialogs/entitlementDialog';
import { cancelHandler, fallbackHandler, greetingHandler, helpHandler, thanksHandler } from '../handlers/helpHandler';
import { incidentsHandler } from '../handlers/incidentsHandler';
import { topicAnswerHandler } from '../handlers/topicAnswerHandler';
import { Logger } from '../logger';
import type { Recognizer } from '../nlu';
import { AssistantBot } from './assistantBot';
import { Presenter } from './presenter';
import { Router } from './router';

export interface AssistantServices {
  storage: Storage;
  recognizer: Recognizer;
  presenter: Presenter;
  logger: Logger;
}

export interface Assistant {
  bot: AssistantBot;
  router: Router;
  dialogs: DialogHost;
  conversationState: ConversationState;
}

/** Wires the router: card verbs, dialogs, intents, fallback. */
export function buildAssistant(services: AssistantServices): Assistant {
  const { presenter } = services;
  const conversationState = new ConversationState(services.storage);
  const dialogs = new DialogHost(conversationState, [new EntitlementDialog(presenter)]);
  const router = new Router().dialogRunner(dialogs);

  router.verb(CHOOSE_VERB, incidentsHandler(dialogs));
  router.intent('incidents', incidentsHandler(dialogs));
  for (const topic of TOPIC_INTENTS) {
    if (topic !== 'incidents') router.intent(topic, topicAnswerHandler(topic, presenter));
  }
  router.intent('help', helpHandler(presenter, dialogs));
  router.intent('greeting', greetingHandler(presenter));
  router.intent('thanks', thanksHandler());
  router.intent('cancel', cancelHandler(dialogs));
  router.otherwise(fallbackHandler(presenter));

  const bot = new AssistantBot({
    router,
    recognizer: services.recognizer,
    conversationState,
    logger: services.logger,
    welcome: async (context: TurnContext, locale) => {
      await context.sendActivity(presenter.welcome(locale));
    },
  });
  return { bot, router, dialogs, conversationState };
}
