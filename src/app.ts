import { MemoryStorage, Storage } from 'botbuilder';
import type { Server } from 'restify';
import { AppConfig } from './config';
import { createAdapter } from './bot/adapter';
import { buildAssistant } from './bot/assistant';
import { CardPresenter } from './bot/cardPresenter';
import { Presenter } from './bot/presenter';
import { Logger } from './logger';
import { createRecognizer, Recognizer } from './nlu';
import { createServer } from './server';

export interface AppOverrides {
  recognizer?: Recognizer;
  storage?: Storage;
  presenter?: Presenter;
}

export interface App {
  server: Server;
  /** Resolves with the port actually bound (0 in config means any free port). */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** The composition root: every collaborator is built here, once, and injected. */
export async function createApp(config: AppConfig, logger: Logger, overrides: AppOverrides = {}): Promise<App> {
  if (config.anonymous) {
    logger.warn(
      'MicrosoftAppId is empty: the bot accepts unauthenticated requests. Fine for local use and the Playground, never for production.',
    );
  }
  const recognizer = overrides.recognizer ?? (await createRecognizer());
  const presenter = overrides.presenter ?? new CardPresenter();
  const storage = overrides.storage ?? new MemoryStorage();
  const assistant = buildAssistant({ storage, recognizer, presenter, logger });
  const adapter = createAdapter(config.credentials, logger);
  let ready = false;
  const server = createServer({
    adapter,
    logic: (context) => assistant.bot.run(context),
    logger,
    isReady: () => ready,
  });
  ready = true;

  return {
    server,
    listen: (port, host = '0.0.0.0') =>
      new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
