import { plainText } from '../src/domain/plainText';
import { t } from '../src/i18n/strings';
import type { Store } from '../src/store';
import { executeActivity, messageActivity, person, personalChat, submitActivity, TENANT_A, Where } from './support/activities';
import { Reply, RunningBot, startBot, visibleText } from './support/botServer';
import { describeEachStore } from './support/stores';
import { waitFor } from './support/waitFor';
import { FAST_OUTBOX } from './support/helpdesk';

/** Words people type reach others as plain text; a card's draft key is its requester's; a comment stays private. */
describe('plain text from people', () => {
  it.each([
    ['[Re-enter your password](https://evil.example/login)', /https\[:\]\/\/evil\.example\/login/],
    ['<at>Dana</at> please look', /‹at›Dana‹\/at›/],
    ['see www.example.com or javascript:alert(1)', /www\[\.\]example\.com.*javascript\[:\]alert/],
  ])('%s', (text, shown) => {
    const out = plainText(text);
    expect(out).toMatch(shown);
    expect(out).not.toMatch(/\]\(|<|>|https?:\/\//);
  });
  it('leaves ordinary text alone', () => expect(plainText('Our Intune enrollment fails: 20 devices, since 2026-11-02.')).toBe('Our Intune enrollment fails: 20 devices, since 2026-11-02.'));
});

const CHANNEL: Where = { tenantId: TENANT_A, conversationId: '19:hd-text@thread.tacv2', conversationType: 'channel' };
const GROUP_CHAT: Where = { tenantId: TENANT_A, conversationId: '19:group-text@thread.v2', conversationType: 'groupChat' };

function feedbackInvoke(replyToId: string, comment: string, from: ReturnType<typeof person>, where: Where) {
  const { text: _text, textFormat: _format, ...rest } = messageActivity('', from, where);
  return { ...rest, type: 'invoke', name: 'message/submitAction', replyToId, value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: JSON.stringify({ feedbackText: comment }) } } };
}

describeEachStore('what members type, seen by others', (factory) => {
  const admin = person('text-admin');
  const dana = person('text-dana');
  const alex = person('text-alex');
  const max = person('text-max');
  let store: Store;
  let bot: RunningBot;
  const channelTraffic = () => JSON.stringify(bot.connector.posts.filter((p) => decodeURIComponent(p.path).includes(CHANNEL.conversationId)).map((p) => p.activity));

  beforeAll(async () => {
    store = await factory.open();
    bot = await startBot({ BOOTSTRAP_ADMINS: admin.aadObjectId, LOG_LEVEL: 'warn' }, { store, outbox: FAST_OUTBOX });
    await bot.send(messageActivity('hi', admin, personalChat(TENANT_A)));
    await bot.send(messageActivity(`grant helpdesk ${dana.aadObjectId}`, admin, personalChat(TENANT_A)));
    await bot.send(messageActivity('<at>Partner Benefits Assistant</at> helpdesk here', admin, CHANNEL));
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  it('a link or markup in a question and an answer is posted in the channel as plain text', async () => {
    const question = 'Please check [Re-enter your password](https://evil.example/login) <b>now</b>';
    await bot.invoke(executeActivity('helpdesk.create', { draft: 'text-1', question, locale: 'en' }, alex, personalChat(TENANT_A)));
    await waitFor('the card', async () => (await store.tickets.get(TENANT_A, 1))?.card);
    await bot.invoke(executeActivity('helpdesk.reply', { number: '1', reply: 'Which account?', locale: 'en' }, dana, CHANNEL));
    await bot.send(submitActivity({ verb: 'helpdesk.answer', number: '1', answer: 'This one: [portal](https://evil.example/x)', locale: 'en' }, alex, personalChat(TENANT_A)));
    await waitFor('the answer in the thread', () => channelTraffic().includes('This one: portal'));
    await bot.app.outbox.idle();
    const posted = channelTraffic();
    expect(posted).toContain('Re-enter your password');
    expect(posted).not.toMatch(/\]\(https?:|https:\/\/evil|<b>/);
  });

  it('a draft key is its requester’s: another member reusing it gets a ticket of their own', async () => {
    const first = await bot.invoke(executeActivity('helpdesk.create', { draft: 'shared-key', question: 'Alex asks', locale: 'en' }, alex, personalChat(TENANT_A)));
    const second = await bot.invoke(executeActivity('helpdesk.create', { draft: 'shared-key', question: 'Max asks', locale: 'en' }, max, personalChat(TENANT_A)));
    expect(String(first.value)).toMatch(/#2\b/);
    expect(String(second.value)).toMatch(/#3\b/);
    expect((await store.tickets.get(TENANT_A, 3))!.question).toBe('Max asks');
  });

  it('a dislike with a comment in a group chat offers nothing there with the comment; in a personal chat it does', async () => {
    const inGroup = (await bot.send(messageActivity('<at>Partner Benefits Assistant</at> how many on-premises incidents does Gold get?', alex, GROUP_CHAT))).find((r) => r.id);
    const res = await bot.post(feedbackInvoke(inGroup!.id as string, 'my private worry about the renewal', alex, GROUP_CHAT));
    const said = JSON.stringify(res.body);
    expect(said).not.toContain('my private worry');
    expect(visibleText((res.body.activities ?? []) as Reply[])).toContain(t('en', 'feedback.dislike.personalOnly'));

    const chat = personalChat(TENANT_A);
    const inChat = (await bot.send(messageActivity('how many on-premises incidents does Gold get?', alex, chat))).find((r) => r.id);
    const mine = await bot.post(feedbackInvoke(inChat!.id as string, 'my private worry about the renewal', alex, chat));
    expect(JSON.stringify(mine.body)).toContain('my private worry');
  });

  it('a member has at most 5 open tickets (the default), told clearly; a burst creates no more; a colleague still can', async () => {
    const burster = person('text-burst');
    const chat = personalChat(TENANT_A);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => bot.invoke(executeActivity('helpdesk.create', { draft: `burst-${i}`, question: `burst ${i}`, locale: 'en' }, burster, chat))),
    );
    const refused = results.filter((r) => /already have 5 open tickets/.test(String(r.value)));
    expect(refused).toHaveLength(7);
    const open = (await store.tickets.listByRequester(TENANT_A, burster.aadObjectId)).filter((x) => x.status !== 'closed');
    expect(open).toHaveLength(5);
    const colleague = await bot.invoke(executeActivity('helpdesk.create', { draft: 'colleague', question: 'A real question', locale: 'en' }, person('text-colleague'), personalChat(TENANT_A)));
    expect(String(colleague.value)).toMatch(/Ticket #\d+ is created/);
  });
});
