import { t } from '../src/i18n/strings';
import { Store } from '../src/store';
import { executeActivity, messageActivity, person, personalChat, TENANT_A } from './support/activities';
import { RunningBot, startBot, visibleText } from './support/botServer';
import { describeEachStore } from './support/stores';
import { waitFor } from './support/waitFor';

describeEachStore('the suggested answer on the ticket card', (factory) => {
  const admin = person('gina');
  const dana = person('dana'); // helpdesk
  const alex = person('alex'); // requester, English
  const ivan = person('ivan'); // requester, Russian
  const max = person('max'); // a member without a role
  const chats = { admin: personalChat(TENANT_A), dana: personalChat(TENANT_A), alex: personalChat(TENANT_A), ivan: personalChat(TENANT_A), max: personalChat(TENANT_A) };
  let store: Store;
  let bot: RunningBot;

  const delivered = (conversationId: string) =>
    bot.connector.posts.filter((p) => (p.status ?? 0) < 300 && p.method === 'POST' && decodeURIComponent(p.path).includes(`/v3/conversations/${conversationId}/`));

  beforeAll(async () => {
    store = await factory.open();
    bot = await startBot({ BOOTSTRAP_ADMINS: admin.aadObjectId }, { store, outbox: { pollMs: 40, baseDelayMs: 40, maxDelayMs: 400 } });
    await bot.send(messageActivity('hi', admin, chats.admin));
    await bot.send(messageActivity(`grant helpdesk ${dana.aadObjectId}`, admin, chats.admin));
    await bot.invoke(executeActivity('helpdesk.create', { draft: 'a1', question: 'where do I open an on-premises request?', locale: 'en' }, alex, chats.alex));
    await bot.invoke(executeActivity('helpdesk.create', { draft: 'i1', question: 'где открыть запрос по локальному продукту?', locale: 'ru' }, ivan, chats.ivan, 'ru-RU'));
    await bot.invoke(executeActivity('helpdesk.create', { draft: 'm1', question: 'what does Partner Center say about activation?', locale: 'en' }, max, chats.max));
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  it('the card shows the topic and first sentence of the bot\u2019s answer, and the other open tickets on that topic', async () => {
    const [one, two] = [await store.tickets.get(TENANT_A, 1), await store.tickets.get(TENANT_A, 2)];
    expect(one?.topic).toBe('onPremisesRequest');
    expect(two?.topic).toBe('onPremisesRequest');
    const card = visibleText(await bot.send(messageActivity('ticket 1', dana, chats.dana)));
    expect(card).toContain('What I would answer');
    expect(card).toContain('On-premises support request: You create support requests for on-premises products in Support for Business.');
    expect(card).toContain('Also open on this topic: #2');
    expect(card).not.toContain('#3');
    expect(card).toContain('Send this answer');
  });

  it('a member cannot send it; the helpdesk can, and the requester gets the full answer card in their language, once', async () => {
    const refused = await bot.invoke(executeActivity('helpdesk.sendAnswer', { number: '2' }, max, chats.max));
    expect(refused.value).toBe(t('en', 'helpdesk.refused'));

    const sent = await bot.invoke(executeActivity('helpdesk.sendAnswer', { number: '2' }, dana, chats.dana));
    expect(sent.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(sent.value)).toContain('dana sent the bot’s answer');
    const got = await waitFor('the answer in Ivan\u2019s chat', () => delivered(chats.ivan.conversationId).find((p) => JSON.stringify(p.activity).includes('"type":"AdaptiveCard"') && JSON.stringify(p.activity).includes('Support for Business')));
    // Ivan asked in Russian: the card is the Russian answer, with its steps.
    expect(JSON.stringify(got.activity)).toMatch(/[А-Яа-я]{4,}/);
    await bot.app.outbox.idle();
    expect(delivered(chats.max.conversationId).filter((p) => JSON.stringify(p.activity).includes('Support for Business'))).toHaveLength(0);
    expect(delivered(chats.ivan.conversationId).filter((p) => JSON.stringify(p.activity).includes('"type":"AdaptiveCard"'))).toHaveLength(1);
  });
});
