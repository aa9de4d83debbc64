import { Intent, Locale } from '../src/domain/types';
import { BOT_COMMAND_TITLES, BotCommand } from '../src/manifest/botCommands';
import { createRecognizer, Recognizer } from '../src/nlu';

/** Picking a command in Teams' command menu sends its title: the bot must understand each, in its language. */
describe('the command menu', () => {
  let recognizer: Recognizer;
  beforeAll(async () => {
    recognizer = await createRecognizer();
  });

  const INTENT: Record<BotCommand, Intent> = { help: 'help', activate: 'activation', ids: 'ids', entitlements: 'incidents' };
  const cases = (Object.entries(BOT_COMMAND_TITLES) as [Locale, Record<BotCommand, string>][]).flatMap(([locale, titles]) =>
    (Object.entries(titles) as [BotCommand, string][]).map(([command, title]) => [locale, command, title] as const),
  );

  it.each(cases)('%s "%s" command ("%s") is understood', async (locale, command, title) => {
    const r = await recognizer.recognize(title);
    expect(r.intent).toBe(INTENT[command]);
    if (r.language) expect(r.language).toBe(locale);
  });
});
