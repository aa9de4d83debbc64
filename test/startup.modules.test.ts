import { messageActivity, person, personalChat } from './support/activities';

/**
 * Start-up time: hosts that scale to zero start the bot cold on a message, and module loading is most of
 * its start. botbuilder-dialogs' index loads every built-in prompt with Microsoft's text recognizers
 * (about 450 ms of CPU); this bot uses none of those prompts, so starting it and answering a first question
 * must not load them. Each mock below records that a recognizer package was loaded at all.
 */
const mockLoaded: string[] = [];
jest.mock('@microsoft/recognizers-text-number', () => {
  mockLoaded.push('@microsoft/recognizers-text-number');
  return jest.requireActual('@microsoft/recognizers-text-number');
});
jest.mock('@microsoft/recognizers-text-date-time', () => {
  mockLoaded.push('@microsoft/recognizers-text-date-time');
  return jest.requireActual('@microsoft/recognizers-text-date-time');
});
jest.mock('@microsoft/recognizers-text-choice', () => {
  mockLoaded.push('@microsoft/recognizers-text-choice');
  return jest.requireActual('@microsoft/recognizers-text-choice');
});

/** The card templating library (adaptive-expressions and its ANTLR parser): loaded for the first card, not before. */
const mockTemplatingLoads: string[] = [];
jest.mock('adaptivecards-templating', () => {
  mockTemplatingLoads.push('adaptivecards-templating');
  return jest.requireActual('adaptivecards-templating');
});

/** The PostgreSQL driver: a bot on SQLite (the default) never loads it. */
const mockPgLoads: string[] = [];
jest.mock('pg', () => {
  mockPgLoads.push('pg');
  return jest.requireActual('pg');
});

describe('start-up loads only what a turn needs', () => {
  it('starts and answers a first question without loading the built-in prompts’ text recognizers, and parses card templates only for the first card, on SQLite without the PostgreSQL driver', async () => {
    // Loaded here, after the mocks are in place, as `node dist/src/index.js` loads the app.
    const { startBot, visibleText } = await import('./support/botServer');
    const bot = await startBot();
    try {
      // Ready (GET /healthz answers) before any card template is parsed.
      const health = await fetch(bot.url.replace('/api/messages', '/healthz'));
      expect(health.status).toBe(200);
      expect(mockTemplatingLoads).toEqual([]);
      const replies = await bot.send(
        messageActivity('How many on-premises support incidents does a Silver partner get?', person('Ann'), personalChat()),
      );
      // The article: Silver competency partners get 15 on-premises incidents.
      expect(visibleText(replies)).toMatch(/\b15\b/);
      // The answer comes with its card, expanded by the library loaded on this first use.
      expect(replies.some((r) => r.attachments?.some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive'))).toBe(true);
      expect(mockTemplatingLoads).toEqual(['adaptivecards-templating']);
      expect(mockPgLoads).toEqual([]);
    } finally {
      await bot.close();
    }
    expect(mockLoaded).toEqual([]);
    // Compiling and starting the whole app under ts-jest takes 20-30 s on a busy 2-core machine.
  }, 90_000);
});
