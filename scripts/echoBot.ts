/**
 * Baseline for `npm run bench`: a minimal botbuilder EchoBot in the shape of Microsoft's
 * "02.echo-bot" sample (restify + CloudAdapter + ActivityHandler), replying with the echoed text
 * plus ONE Adaptive Card expanded per turn with adaptivecards-templating, the template parsed
 * per turn as the "adaptive card templating" samples do.
 *
 * Runnable standalone: `PORT=3979 node dist/scripts/echoBot.js`
 * Anonymous (empty MicrosoftAppId): local benchmarking only.
 */
import * as restify from 'restify';
import * as ACData from 'adaptivecards-templating';
import {
  ActivityHandler,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  TurnContext,
} from 'botbuilder';

/** A small template, kept as JSON and turned into a Template on every turn (as the sample does). */
const templateJson = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: '${title}', weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: '${text}', wrap: true },
  ],
};

export class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      const replyText = `Echo: ${text}`;
      const template = new ACData.Template(templateJson);
      const card = template.expand({ $root: { title: 'Echo', text } });
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), replyText, replyText));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient?.id) {
          await context.sendActivity(MessageFactory.text('Hello and welcome!'));
        }
      }
      await next();
    });
  }
}

export function startEchoBot(port: number): restify.Server {
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());

  // Empty credentials: the adapter authenticates nobody (anonymous, local use only).
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppType: 'MultiTenant',
    MicrosoftAppTenantId: '',
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    console.error(`[onTurnError] ${error.stack ?? error}`);
    await context.sendActivity('The bot encountered an error or bug.');
  };

  const bot = new EchoBot();
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  // Not in the sample: lets the bench harness poll readiness the same way for both bots.
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    return next();
  });

  server.listen(port, '127.0.0.1', () => {
    console.log(`echoBot listening on ${server.url}`);
  });
  return server;
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? process.env.port ?? 3978);
  const server = startEchoBot(port);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
