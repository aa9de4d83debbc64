import { messageActivity, person, personalChat, TENANT_A } from './support/activities';
import { startBot, visibleText, type RunningBot } from './support/botServer';
import { waitFor } from './support/waitFor';

// The first message of a conversation: Teams is asked who the sender is once, however many parts of the
// turn need to know (the conversation to remember, the partner profile, the roles), and the conversation is
// remembered only with what Teams confirmed.

describe('the first message of a conversation', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot.close());

  it('asks Teams once who the sender is, answers, and remembers the chat under the user Teams names', async () => {
    const where = personalChat(TENANT_A);
    const megan = person('megan');
    const before = bot.connector.memberLookups;
    // The IDs question needs the sender's organization and roles; the new chat needs remembering.
    const replies = await bot.send(messageActivity('Show me our Access ID and Contract ID', megan, where));
    expect(visibleText(replies).length).toBeGreaterThan(0);
    expect(bot.connector.memberLookups - before).toBe(1);
    expect(await bot.app.store.conversations.get(TENANT_A, where.conversationId)).toMatchObject({
      conversationId: where.conversationId,
      kind: 'personal',
      userAadObjectId: megan.aadObjectId.toLowerCase(),
    });

    // The next turns of the chat ask nothing more.
    await bot.send(messageActivity('How many on-premises incidents does a Gold partner get?', megan, where));
    expect(bot.connector.memberLookups - before).toBe(1);
  });

  it('does not remember a chat whose sender Teams does not know, and still answers the public question', async () => {
    const where = personalChat(TENANT_A);
    const stranger = person('stranger');
    // Teams knows this user id as someone else: the activity's claimed Entra id is not confirmed.
    bot.connector.members.set(stranger.id, { id: '29:someone-else', aadObjectId: 'another-object-id', tenantId: TENANT_A });
    const replies = await bot.send(messageActivity('How many on-premises incidents does a Silver partner get?', stranger, where));
    expect(visibleText(replies)).toMatch(/\b15\b/);
    expect(await bot.app.store.conversations.get(TENANT_A, where.conversationId)).toBeUndefined();
  });
});

describe('a complete question in a new chat while Teams is slow to say who the sender is', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    bot.connector.releaseMembers();
    await bot.close();
  });

  /** Straight to the bot (not through the helper, which waits for the writes behind the reply). */
  async function ask(text: string, from: ReturnType<typeof person>, where: ReturnType<typeof personalChat>): Promise<string> {
    bot.connector.members.set(from.id, { id: from.id, aadObjectId: from.aadObjectId, tenantId: TENANT_A });
    const res = await fetch(bot.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...messageActivity(text, from, where), serviceUrl: bot.connector.serviceUrl }),
    });
    expect(res.status).toBe(200);
    return JSON.stringify(((await res.json()) as { activities?: unknown[] }).activities);
  }

  it('is answered at once; the chat is remembered once Teams answers', async () => {
    const where = personalChat(TENANT_A);
    bot.connector.holdMembers = true;
    const answer = await ask('How many cloud incidents does a Gold partner with the Cloud Platform competency get?', person('alex'), where);
    expect(answer).toMatch(/unlimited/i);
    // The answer came while Teams had not answered (held lookups are answered only when released).
    await waitFor('the member lookup held by Teams', () => bot.connector.heldMemberLookups === 1);
    expect(await bot.app.store.conversations.get(TENANT_A, where.conversationId)).toBeUndefined();

    bot.connector.releaseMembers();
    await bot.app.settled();
    expect(await bot.app.store.conversations.get(TENANT_A, where.conversationId)).toMatchObject({ kind: 'personal' });
    expect(bot.connector.abandonedMemberLookups).toBe(0);
  });

  it('an on-premises question naming the tier is answered at once too (the competency does not change it)', async () => {
    bot.connector.holdMembers = true;
    const before = bot.connector.heldMemberLookups;
    const answer = await ask('How many on-premises support incidents does a Silver partner get?', person('lee'), personalChat(TENANT_A));
    // Silver: 15 on-premises incidents (the article's table).
    expect(answer).toMatch(/\b15\b/);
    await waitFor('the member lookup held by Teams', () => bot.connector.heldMemberLookups === before + 1);
    bot.connector.releaseMembers();
    await bot.app.settled();
    // Answered without waiting for Teams: the bot never gave up on the lookup it had started.
    expect(bot.connector.abandonedMemberLookups).toBe(0);
  });
});
