import { t } from '../src/i18n/strings';
import { messageActivity, person, personalChat, submitActivity, TENANT_A, type Where } from './support/activities';
import { startBot, visibleText, type RunningBot } from './support/botServer';

// The first message of a personal chat is answered without a call to Teams: the chat is remembered under
// the Entra id its sender claims, and Teams' member lookup confirms it only when something private is about
// to be sent there (test/privacy.plantedConversation covers a chat Teams names as someone else's).

const gina = person('gina'); // Global admin (BOOTSTRAP_ADMINS)
const megan = person('megan');

describe('the first message of a personal chat', () => {
  let bot: RunningBot;
  const meganChat = personalChat(TENANT_A);
  const group: Where = { tenantId: TENANT_A, conversationId: '19:first-turn@thread.v2', conversationType: 'groupChat' };
  /** Member lookups Teams got about one conversation (its id is in the path). */
  const lookupsAbout = (conversationId: string) =>
    bot.connector.memberRequests.filter((r) => decodeURIComponent(r.path).includes(`/v3/conversations/${conversationId}/`)).length;

  beforeAll(async () => {
    bot = await startBot({ BOOTSTRAP_ADMINS: gina.aadObjectId, LOG_LEVEL: 'warn' });
  });
  afterAll(() => bot.close());

  it('is answered without asking Teams who the sender is, and the chat is remembered under the user it names', async () => {
    const before = bot.connector.memberLookups;
    const replies = await bot.send(messageActivity('How many on-premises incidents does a Silver partner get?', megan, meganChat));
    // Silver: 15 on-premises incidents (the article's table).
    expect(visibleText(replies)).toMatch(/\b15\b/);
    expect(bot.connector.memberLookups - before).toBe(0);
    expect(await bot.app.store.conversations.get(TENANT_A, meganChat.conversationId)).toMatchObject({
      kind: 'personal',
      userAadObjectId: megan.aadObjectId.toLowerCase(),
    });
  });

  it('Teams is asked about the chat when the IDs are first sent there, and once only', async () => {
    const ginaChat = personalChat(TENANT_A);
    await bot.send(submitActivity({ verb: 'activation.submit', accessId: 'ACC-FIRST-1', contractId: 'CON-FIRST-2' }, gina, ginaChat));
    expect(lookupsAbout(meganChat.conversationId)).toBe(0);

    for (let press = 0; press < 2; press += 1) {
      const replies = await bot.send(submitActivity({ verb: 'ids.show' }, megan, group));
      expect(visibleText(replies)).toContain(t('en', 'ids.sentPrivately'));
    }
    const toMegan = bot.connector.posts.filter((p) => decodeURIComponent(p.path).includes(`/v3/conversations/${meganChat.conversationId}/`));
    expect(JSON.stringify(toMegan)).toContain('ACC-FIRST-1');
    expect(lookupsAbout(meganChat.conversationId)).toBe(1);
  });

  it('a question that needs the sender\'s organization asks Teams once, however many parts of the turn need it', async () => {
    const where = personalChat(TENANT_A);
    const before = bot.connector.memberLookups;
    const replies = await bot.send(messageActivity('Show me our Access ID and Contract ID', megan, where));
    expect(visibleText(replies).length).toBeGreaterThan(0);
    expect(bot.connector.memberLookups - before).toBe(1);
    await bot.send(messageActivity('Show me our Access ID and Contract ID', megan, where));
    expect(bot.connector.memberLookups - before).toBe(1);
  });
});

describe('a complete question in a new chat while Teams is slow to answer member lookups', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot();
    bot.connector.holdMembers = true;
  });
  afterAll(async () => {
    bot.connector.releaseMembers();
    await bot.close();
  });

  it.each([
    // Gold with Cloud Platform: unlimited Signature Cloud Support; Silver: 15 on-premises incidents.
    ['How many cloud incidents does a Gold partner with the Cloud Platform competency get?', /unlimited/i],
    ['How many on-premises support incidents does a Silver partner get?', /\b15\b/],
    ['Сколько облачных инцидентов получает Gold-партнер с компетенцией Cloud Platform?', /неограничен/i],
  ])('"%s" is answered at once and the chat remembered, with nothing asked of Teams', async (question, expected) => {
    const where = personalChat(TENANT_A);
    const replies = await bot.send(messageActivity(question, person(`asker-${where.conversationId}`), where));
    expect(visibleText(replies)).toMatch(expected);
    expect(bot.connector.heldMemberLookups).toBe(0);
    expect(await bot.app.store.conversations.get(TENANT_A, where.conversationId)).toMatchObject({ kind: 'personal' });
  });
});
