import { messageActivity, person, personalChat } from './support/activities';
import { startBot, RunningBot, visibleText } from './support/botServer';

describe('POST /api/messages rejects bad input clearly and keeps serving', () => {
  let bot: RunningBot;
  const alice = person('alice');
  const chat = personalChat();
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot.close());

  const stillServes = async () => {
    const replies = await bot.send(messageActivity('help', alice, chat));
    expect(replies.length).toBeGreaterThan(0);
  };

  it('answers 400 with a JSON error to malformed JSON', async () => {
    const res = await bot.post('{"type": "message", ', true);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/JSON/);
    await stillServes();
  });

  it('answers 400 to an empty object', async () => {
    const res = await bot.post({});
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/type/);
    await stillServes();
  });

  it('answers 400 to a message without from or without conversation', async () => {
    const { from, ...noFrom } = messageActivity('hi', alice, chat);
    const { conversation, ...noConversation } = messageActivity('hi', alice, chat);
    // The fixture had both; each request lacks exactly one of them.
    expect(from).toMatchObject({ id: alice.id });
    expect(conversation).toMatchObject({ id: chat.conversationId });
    expect(noFrom).not.toHaveProperty('from');
    expect(noConversation).not.toHaveProperty('conversation');
    const a = await bot.post(noFrom);
    const b = await bot.post(noConversation);
    expect(a.status).toBe(400);
    expect(a.body.error.message).toMatch(/from\.id/);
    expect(b.status).toBe(400);
    expect(b.body.error.message).toMatch(/conversation\.id/);
    await stillServes();
  });

  it.each([
    ['a number as locale', { locale: 5 }, /locale/],
    ['entities that are not a list', { entities: 'x' }, /entities/],
    ['a member without an id', { type: 'conversationUpdate', membersAdded: ['x'] }, /membersAdded/],
    ['an Action.Execute without its action', { type: 'invoke', name: 'adaptiveCard/action', value: 'x' }, /value\.action/],
  ])('answers 400 to %s', async (_what, patch, message) => {
    const res = await bot.post({ ...messageActivity('hi', alice, chat), ...patch });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
    await stillServes();
  });

  it('survives a mention entity without its mentioned user', async () => {
    const replies = await bot.send({ ...messageActivity('<at>Bot</at> help', alice, chat), entities: [{ type: 'mention', mentioned: null, text: '<at>Bot</at>' }] });
    expect(visibleText(replies)).not.toContain('something went wrong');
    expect(replies.length).toBeGreaterThan(0);
  });

  it('answers a JSON array or a non-JSON content type with a 4xx', async () => {
    expect((await bot.post([1, 2])).status).toBe(400);
    const res = await fetch(bot.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(res.status).toBe(415);
    await stillServes();
  });

  it('answers a 1 MB message politely, without recognizing it', async () => {
    const replies = await bot.send(messageActivity('incidents '.repeat(100_000), alice, chat));
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toMatch(/too long/);
    await stillServes();
  });

  it('answers a body over the size limit with 413', async () => {
    const res = await bot.post(messageActivity('x'.repeat(3 * 1024 * 1024), alice, chat));
    expect(res.status).toBe(413);
    await stillServes();
  });

  it('serves the privacy and terms pages the app package links to', async () => {
    for (const path of ['/privacy', '/terms']) {
      const res = await fetch(bot.url.replace('/api/messages', path));
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/Access ID|helpdesk/);
    }
  });

  it('reports health', async () => {
    const res = await fetch(bot.url.replace('/api/messages', '/healthz'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers a question with text the user can read', async () => {
    const replies = await bot.send(messageActivity('How do I open a request for an on-premises product?', alice, chat));
    expect(visibleText(replies)).toContain('Support for Business');
  });
});
