import { messageActivity, person, personalChat } from './support/activities';
import { RunningBot, startBot, visibleText } from './support/botServer';

/**
 * The article gives Microsoft Product Support "for recent On-Premise products only" and leaves which ones are
 * recent to aka.ms/n-1: a question naming an on-premises product with its version gets that rule with the
 * answer, and the bot never says whether the version is covered. A cloud product, or no version, gets no note.
 */
const LOCALE = { en: 'en-US', ru: 'ru-RU', fr: 'fr-FR' } as const;

describe('an on-premises product named with its version', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());
  const ask = (lang: keyof typeof LOCALE, text: string) => bot.send(messageActivity(text, person(`pv-${Math.random()}`), personalChat(), LOCALE[lang]));

  it.each([
    ['en', 'Gold partner: our customer still runs Exchange Server 2013, how many incidents can we use on it?', /recent on-premises products only/],
    ['ru', 'мы Silver, у клиента SQL Server 2012, сколько инцидентов можно потратить?', /только на последние версии/],
    ['fr', 'Nous sommes Gold, un client a encore Windows Server 2012 R2, combien d’incidents ?', /que les versions récentes/],
  ] as const)('%s: the answer says the rule and where the list is', async (lang, text, rule) => {
    const said = visibleText(await ask(lang, text));
    expect(said).toMatch(/aka\.ms\/n-1/);
    expect(said).toMatch(rule);
    // The article's figures still lead: Gold 20 and Silver 15 on-premises incidents.
    expect(said).toMatch(lang === 'ru' ? /15/ : /20/);
  });

  it.each([
    ['en', 'Gold partner, Azure VM problem, how many incidents?'],
    ['en', 'how many incidents for SQL Server with Silver?'],
  ] as const)('%s: no note without an on-premises version: %s', async (lang, text) => {
    expect(visibleText(await ask(lang, text))).not.toMatch(/aka\.ms\/n-1/);
  });
});
