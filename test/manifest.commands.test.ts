import { messageActivity, person, personalChat, TENANT_A, Where } from './support/activities';
import { RunningBot, startBot, visibleText } from './support/botServer';
import { BOT_COMMAND_TITLES, BOT_COMMANDS_BY_SCOPE, BOT_SCOPES } from '../src/manifest/botCommands';

/**
 * Picking a command in Teams' command menu sends its title: the bot must understand each, in its language and in
 * the scope that offers it. "Understood" is what a person sees: an answer of the command, never the fallback.
 */
const FALLBACK = /not sure I understood|не уверен, что понял|pas sûr d’avoir compris/;
const LOCALE = { en: 'en-US', ru: 'ru-RU', fr: 'fr-FR' } as const;

describe('the command menu', () => {
  const admin = person('menu-admin');
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ BOOTSTRAP_ADMINS: admin.aadObjectId, LOG_LEVEL: 'warn' });
    await bot.send(messageActivity('hi', admin, personalChat(TENANT_A)));
  });
  afterAll(() => bot.close());

  const cases = BOT_SCOPES.flatMap((scope) =>
    (['en', 'ru', 'fr'] as const).flatMap((locale) => BOT_COMMANDS_BY_SCOPE[scope].map((command) => [scope, locale, command, BOT_COMMAND_TITLES[locale][command]] as const)),
  );

  it.each(cases)('%s, %s: "%s" ("%s") is understood', async (scope, locale, _command, title) => {
    const where: Where =
      scope === 'personal'
        ? personalChat(TENANT_A)
        : { tenantId: TENANT_A, conversationId: `19:menu-${scope}-${Math.random().toString(36).slice(2)}@thread.v2`, conversationType: scope === 'team' ? 'channel' : 'groupChat' };
    const text = scope === 'personal' ? title : `<at>Partner Benefits Assistant</at> ${title}`;
    const reply = visibleText(await bot.send(messageActivity(text, admin, where, LOCALE[locale])));
    expect(reply.trim()).not.toBe('');
    expect(reply).not.toMatch(FALLBACK);
  });
});
