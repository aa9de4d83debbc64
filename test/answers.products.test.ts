import { messageActivity, person, personalChat, submitActivity } from './support/activities';
import { Reply, RunningBot, startBot } from './support/botServer';
import { cardButtons as buttons } from './support/replies';

/**
 * A named product decides the support type (through the real bot over HTTP): Office 365 is a cloud
 * product, SQL Server an on-premises one, so the bot answers the cell instead of asking "on-premises or
 * cloud?". Exchange and SharePoint exist in both forms: the bot asks with the two products as buttons.
 */

function lead(replies: Reply[]): string {
  const card = replies[0]?.attachments?.[0]?.content as { fallbackText?: string } | undefined;
  return String(card?.fallbackText ?? replies[0]?.text ?? '');
}

const ANSWERED: Array<[string, string, RegExp]> = [
  // Office 365 is cloud: Gold with a cloud competency gets unlimited Signature Cloud Support.
  ["We're Gold with Cloud Productivity. How many incidents for Office 365 problems?", 'en-US', /^Cloud Productivity is a cloud competency, so Gold competency partners get unlimited Signature Cloud Support incidents/],
  ['У нас Gold с компетенцией Cloud Productivity. Сколько инцидентов на проблемы с Office 365?', 'ru-RU', /^Cloud Productivity — облачная компетенция, поэтому партнеры с компетенцией Gold получают неограниченное число инцидентов Signature Cloud Support/],
  ["Nous sommes Gold avec Cloud Productivity. Combien d'incidents pour des problèmes Office 365 ?", 'fr-FR', /^Cloud Productivity est une compétence cloud\u00a0: les partenaires ayant une compétence Gold disposent donc d’incidents Signature Cloud Support illimités/],
  // SQL Server is on-premises: Silver gets 15 incidents of Microsoft Product Support.
  ["We're Silver. How many incidents for SQL Server 2019 issues?", 'en-US', /^Silver competency partners get 15 incidents of Microsoft Product Support/],
  ['У нас Silver. Сколько инцидентов на проблемы с SQL Server 2019?', 'ru-RU', /^Партнеры с компетенцией Silver получают 15 инцидентов Microsoft Product Support/],
  ["Nous sommes Silver. Combien d'incidents pour des soucis SQL Server 2019 ?", 'fr-FR', /^Les partenaires ayant une compétence Silver disposent de 15 incidents Microsoft Product Support/],
  // Windows Server with Action Pack: on-premises, 10.
  ['How many incidents does Action Pack give for Windows Server?', 'en-US', /^Action Pack members get 10 incidents of Microsoft Product Support/],
  // Exchange Online is cloud: Action Pack has none.
  ['Action Pack: how many incidents for Exchange Online?', 'en-US', /^Action Pack members get no Signature Cloud Support/],
];

describe('a named product decides the support type', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());

  it.each(ANSWERED)('"%s" (%s) is answered at once', async (text, locale, expected) => {
    const replies = await bot.send(messageActivity(text, person('u'), personalChat(), locale));
    expect(lead(replies)).toMatch(expected);
  });

  it.each([
    ['Silver, how many incidents for Exchange?', 'en-US', /Exchange exists as a cloud product \(Exchange Online\) and an on-premises one \(Exchange Server\)/, 'Exchange Server', /^Silver competency partners get 15 incidents/],
    ['Silver, сколько инцидентов для Exchange?', 'ru-RU', /Exchange бывает облачным \(Exchange Online\) и локальным \(Exchange Server\)/, 'Exchange Server', /^Партнеры с компетенцией Silver получают 15 инцидентов/],
    ["Silver, combien d'incidents pour SharePoint ?", 'fr-FR', /SharePoint existe en produit cloud \(SharePoint Online\) et en produit local \(SharePoint Server\)/, 'SharePoint Server', /^Les partenaires ayant une compétence Silver disposent de 15 incidents/],
  ])('"%s" (%s): asks which form with the two products as buttons, then answers', async (text, locale, prompt, click, answer) => {
    const who = person('u');
    const where = personalChat();
    const asked = await bot.send(messageActivity(text, who, where, locale));
    expect(lead(asked)).toMatch(prompt);
    const titles = buttons(asked).map((b) => b.title);
    expect(titles).toEqual(expect.arrayContaining([click, click.replace('Server', 'Online')]));
    const chosen = buttons(asked).find((b) => b.title === click)!;
    const answered = await bot.send(submitActivity(chosen.data!, who, where, locale));
    expect(lead(answered)).toMatch(answer);
  });

  it('"Exchange on-premises" needs no question', async () => {
    const replies = await bot.send(messageActivity('Gold: how many incidents for Exchange on-premises?', person('u'), personalChat()));
    expect(lead(replies)).toMatch(/^Gold competency partners get 20 incidents of Microsoft Product Support/);
  });
});

describe('products in a conversation (the context keeps the product with the support type)', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());

  it.each([
    // Gold, cloud, cloud competency → unlimited; then SQL Server (on-premises) → 20 incidents, no cloud row.
    ['en-US', 'How many cloud incidents does Gold get with Cloud Platform?', 'What about SQL Server?', /^Gold competency partners get 20 incidents of Microsoft Product Support/],
    ['ru-RU', 'Сколько облачных инцидентов у Gold с Cloud Platform?', 'А для SQL Server?', /^Партнеры с компетенцией Gold получают 20 инцидентов Microsoft Product Support/],
    ['fr-FR', "Combien d'incidents cloud pour Gold avec Cloud Platform ?", 'Et pour SQL Server ?', /^Les partenaires ayant une compétence Gold disposent de 20 incidents Microsoft Product Support/],
  ])('%s: a follow-up naming a product changes the support type of the last question', async (locale, first, followUp, expected) => {
    const who = person(`follow-${locale}`);
    const where = personalChat();
    const before = await bot.send(messageActivity(first, who, where, locale));
    expect(lead(before)).toMatch(/unlimited|неогранич|illimit/i);
    const after = await bot.send(messageActivity(followUp, who, where, locale));
    expect(lead(after)).toMatch(expected);
    expect(lead(after)).not.toMatch(/Signature Cloud Support/);
  });

  it('a tier and an on-premises product: that row only, not both rows', async () => {
    const replies = await bot.send(messageActivity('Silver partner, how many incidents for Windows Server?', person('u'), personalChat()));
    expect(lead(replies)).toMatch(/^Silver competency partners get 15 incidents of Microsoft Product Support/);
    expect(lead(replies)).not.toMatch(/Signature Cloud Support|\b5\b/);
  });

  it('Action Pack and Exchange: no question, the answer is the same for both forms', async () => {
    const replies = await bot.send(messageActivity('Action Pack, how many incidents for Exchange?', person('u'), personalChat()));
    expect(lead(replies)).toMatch(/^Action Pack members: 10 incidents of Microsoft Product Support .*no Signature Cloud Support/);
    expect(buttons(replies).map((b) => b.title)).not.toContain('Exchange Server');
  });

  it('a product stated with the organization is not kept as a fact: a later question gets both rows', async () => {
    const who = person('stated');
    const where = personalChat();
    await bot.send(messageActivity('We are a Gold partner and we use Exchange', who, where));
    const replies = await bot.send(messageActivity('How many incidents do we get?', who, where));
    expect(lead(replies)).toMatch(/\b20\b/);
    expect(lead(replies)).toMatch(/Signature Cloud Support/);
    expect(buttons(replies).map((b) => b.title)).not.toContain('Exchange Server');
  });
});
