import { messageActivity, person, personalChat, submitActivity, TENANT_A, Where } from './support/activities';
import { RunningBot, startBot, visibleText } from './support/botServer';

/**
 * "my tickets" lists a person's own questions and the helpdesk's replies: in a group chat or channel that
 * list would be read by everyone there, so it is shown only in the personal chat.
 */
describe('my tickets outside a personal chat', () => {
  let bot: RunningBot;
  const megan = person('megan');
  const channel: Where = { tenantId: TENANT_A, conversationId: '19:support@thread.tacv2', conversationType: 'channel' };
  const group: Where = { tenantId: TENANT_A, conversationId: '19:group-chat@thread.v2', conversationType: 'groupChat' };
  const question = 'Our Signature pack shows zero incidents left, who can check?';

  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn' });
    const chat = personalChat(TENANT_A);
    // Megan asks the helpdesk from her personal chat: the confirmation card, then the ticket.
    const offered = await bot.send(submitActivity({ verb: 'helpdesk.ask', query: question }, megan, chat));
    const card = JSON.stringify(offered.map((r) => r.attachments?.map((a) => a.content)));
    const draft = /"draft":"([^"]+)"/.exec(card)?.[1];
    const created = await bot.send(submitActivity({ verb: 'helpdesk.create', draft, question, urgency: 'normal' }, megan, chat));
    expect(visibleText(created)).toMatch(/#1\b/);
  }, 60_000);
  afterAll(() => bot.close());

  it('in her personal chat, Megan sees her ticket', async () => {
    const mine = await bot.send(messageActivity('my tickets', megan, personalChat(TENANT_A)));
    expect(JSON.stringify(mine)).toMatch(/#1\b/);
  });

  it.each([
    ['a channel', channel, 'my tickets', 'en-US', /personal chat/],
    ['a group chat', group, 'мои заявки', 'ru-RU', /личном чате/],
    ['a channel, in French', channel, 'mes tickets', 'fr-FR', /conversation personnelle/],
  ])('in %s the list is not posted; she is sent to her personal chat', async (_where, where, text, locale, pointer) => {
    const replies = await bot.send(messageActivity(text, megan, where, locale));
    expect(visibleText(replies)).toMatch(pointer);
    expect(JSON.stringify(replies)).not.toContain('Signature pack shows zero');
    expect(replies.every((r) => !r.attachments?.length)).toBe(true);
  });
});
