import { Store } from '../src/store';
import { executeActivity, messageActivity, person, personalChat, submitActivity, TENANT_A, Where } from './support/activities';
import { Reply, RunningBot, startBot, visibleText } from './support/botServer';
import { describeEachStore } from './support/stores';
import { waitFor } from './support/waitFor';
import { FAST_OUTBOX } from './support/helpdesk';

/**
 * A member pastes the organization's IDs into a ticket (the question, or an answer to the helpdesk): the
 * helpdesk channel, which the whole team reads, never shows them; the requester is told they were hidden.
 */
const CHANNEL: Where = { tenantId: TENANT_A, conversationId: '19:hd-privacy@thread.tacv2', conversationType: 'channel' };
const ACCESS_ID = 'ACC-HD-4711';
const CONTRACT_ID = 'CON-HD-0815';

describeEachStore('IDs typed by a member never reach the helpdesk channel', (factory) => {
  const admin = person('gina');
  const dana = person('dana');
  const alex = person('alex');
  const chats = { admin: personalChat(TENANT_A), alex: personalChat(TENANT_A) };
  let store: Store;
  let bot: RunningBot;

  /** Everything the fake Bot Connector accepted in the channel (posts, thread answers, card updates). */
  const channelTraffic = () =>
    bot.connector.posts.filter((p) => (p.status ?? 0) < 300 && decodeURIComponent(p.path).includes(CHANNEL.conversationId));

  beforeAll(async () => {
    store = await factory.open();
    bot = await startBot({ BOOTSTRAP_ADMINS: admin.aadObjectId, LOG_LEVEL: 'info' }, { store, outbox: FAST_OUTBOX });
    await bot.send(messageActivity('hi', admin, chats.admin));
    await bot.send(messageActivity(`grant helpdesk ${dana.aadObjectId}`, admin, chats.admin));
    await store.benefits.recordActivation(TENANT_A, { accessId: ACCESS_ID, contractId: CONTRACT_ID }, { userId: '29:gina', name: 'gina' }, chats.admin.conversationId, 'privacy-k1');
    await bot.send(messageActivity('<at>Partner Benefits Assistant</at> helpdesk here', admin, CHANNEL));
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  it('the question: the card in the channel masks the recorded ID and an ID named as such; the requester is told', async () => {
    await bot.send(messageActivity('hi', alex, chats.alex));
    const question = `Azure refuses our access id ${ACCESS_ID.toLowerCase()} and contract id CID-9Z-7731, what now?`;
    const created = await bot.invoke(executeActivity('helpdesk.create', { draft: 'alex-ids', question, locale: 'en' }, alex, chats.alex));
    const told = String(created.value);
    expect(told).toContain('#1');
    expect(told).toMatch(/hid|hidden/i);
    expect(told).toMatch(/our IDs/);

    await waitFor('the ticket card in the channel', async () => (await store.tickets.get(TENANT_A, 1))?.card);
    await bot.app.outbox.idle();
    const posted = JSON.stringify(channelTraffic().map((p) => p.activity));
    expect(posted).toContain('Azure refuses our access id');
    expect(posted.toLowerCase()).not.toContain(ACCESS_ID.toLowerCase());
    expect(posted).not.toContain('CID-9Z-7731');
    // The ticket keeps what was typed: the helpdesk reads it in a personal chat.
    expect((await store.tickets.get(TENANT_A, 1))!.question).toBe(question);
  });

  it('an answer to the helpdesk: the thread post and the updated card mask the Contract ID; the requester is told', async () => {
    await bot.invoke(executeActivity('helpdesk.reply', { number: '1', reply: 'Which contract do you mean?', locale: 'en' }, dana, CHANNEL));
    const before = channelTraffic().length;
    const answered = await bot.send(submitActivity({ verb: 'helpdesk.answer', number: '1', answer: `The one with Contract ID ${CONTRACT_ID}`, locale: 'en' }, alex, chats.alex));
    expect(visibleText(answered as Reply[])).toMatch(/hid|hidden/i);
    await waitFor('the answer in the thread', () => channelTraffic().slice(before).some((p) => (p.activity.text ?? '').includes('The one with Contract ID')));
    await bot.app.outbox.idle();
    const posted = JSON.stringify(channelTraffic().map((p) => p.activity));
    expect(posted).not.toContain(CONTRACT_ID);
    expect(posted.toLowerCase()).not.toContain(ACCESS_ID.toLowerCase());
  });

  it('a question without IDs is posted as typed, and the requester is not told anything was hidden', async () => {
    const created = await bot.invoke(executeActivity('helpdesk.create', { draft: 'alex-plain', question: 'Where is the Link support benefits button in 2026?', locale: 'en' }, alex, chats.alex));
    expect(String(created.value)).not.toMatch(/hid|hidden/i);
    await waitFor('card #2', async () => (await store.tickets.get(TENANT_A, 2))?.card);
    await bot.app.outbox.idle();
    expect(JSON.stringify(channelTraffic().map((p) => p.activity))).toContain('Where is the Link support benefits button in 2026?');
  });
});
