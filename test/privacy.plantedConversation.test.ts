import { t } from '../src/i18n/strings';
import { Store } from '../src/store';
import { messageActivity, person, personalChat, submitActivity, TENANT_A, TENANT_B, Where } from './support/activities';
import { RunningBot, startBot, visibleText } from './support/botServer';
import { describeEachStore } from './support/stores';

/**
 * Private messages go to the personal chat Teams confirms belongs to the person: an activity from another
 * tenant claiming a member's Entra id cannot plant a conversation that then receives their IDs or the
 * "ask an admin" notices. Proactive messages go through the real sender to the loopback Bot Connector.
 */
describeEachStore('a conversation planted by a forged activity', (factory) => {
  const ga = person('gina');
  const member = person('max');
  const mallory = person('mallory', TENANT_B);
  const gaChat = personalChat(TENANT_A);
  const memberChat = personalChat(TENANT_A);
  const group: Where = { tenantId: TENANT_A, conversationId: '19:team-chat@unq.gbl.spaces', conversationType: 'groupChat' };
  let store: Store;
  let bot: RunningBot;

  /** What the Bot Connector received for a conversation (the id is in the path). */
  const postedTo = (conversationId: string) =>
    bot.connector.posts.filter((p) => decodeURIComponent(p.path).includes(`/v3/conversations/${conversationId}/`)).map((p) => p.activity);

  /** Mallory, of tenant B, sends from her own personal chat an activity saying it comes from `victim` in tenant A. */
  const plant = async (victim: { aadObjectId: string }, conversationId: string) => {
    const forged = { ...mallory, tenantId: undefined, aadObjectId: victim.aadObjectId };
    await bot.send(messageActivity('hi', forged, { tenantId: TENANT_A, conversationId, conversationType: 'personal' }));
  };

  beforeAll(async () => {
    store = await factory.open();
    bot = await startBot({ BOOTSTRAP_ADMINS: ga.aadObjectId, LOG_LEVEL: 'warn' });
    // Teams knows Mallory's user id as a user of tenant B with her own Entra id.
    bot.connector.members.set(mallory.id, { id: mallory.id, aadObjectId: mallory.aadObjectId, name: mallory.name, tenantId: TENANT_B });
    await bot.send(messageActivity('hi', ga, gaChat));
    await bot.send(messageActivity('hi', member, memberChat));
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  it('"ask an admin" notices reach the admin\'s own chat, not the planted one', async () => {
    await plant(ga, 'a:planted-admin');
    const replies = await bot.send(submitActivity({ verb: 'activation.askAdmin' }, member, group));
    expect(visibleText(replies)).toContain(t('en', 'act.asked', { count: 1 }));
    expect(postedTo('a:planted-admin')).toEqual([]);
    expect(postedTo(gaChat.conversationId)).toHaveLength(1);
    // Teams named the planted chat's sender as Mallory: the bot forgot it.
    expect(await bot.app.store.conversations.get(TENANT_A, 'a:planted-admin')).toBeUndefined();
    expect(await bot.app.store.conversations.get(TENANT_A, gaChat.conversationId)).toMatchObject({ kind: 'personal' });
  });

  it('"Show the IDs" in a group chat sends them to the member\'s own chat, not the planted one', async () => {
    await bot.send(submitActivity({ verb: 'activation.submit', accessId: 'ACC-PLANT-1', contractId: 'CON-PLANT-2' }, ga, gaChat));
    await plant(member, 'a:planted-member');
    const replies = await bot.send(submitActivity({ verb: 'ids.show' }, member, group));
    expect(visibleText(replies)).toContain(t('en', 'ids.sentPrivately'));
    expect(JSON.stringify(postedTo('a:planted-member'))).not.toContain('ACC-PLANT-1');
    expect(postedTo('a:planted-member')).toEqual([]);
    expect(JSON.stringify(postedTo(memberChat.conversationId))).toContain('ACC-PLANT-1');
    expect(await bot.app.store.conversations.get(TENANT_A, 'a:planted-member')).toBeUndefined();
  });

  it('a planted chat is never the one private messages go to, however recent', async () => {
    // Mallory plants three chats for the member after the member's own: each newer than the real one.
    for (const id of ['a:planted-1', 'a:planted-2', 'a:planted-3']) await plant(member, id);
    const replies = await bot.send(submitActivity({ verb: 'ids.show' }, member, group));
    expect(visibleText(replies)).toContain(t('en', 'ids.sentPrivately'));
    for (const id of ['a:planted-1', 'a:planted-2', 'a:planted-3']) expect(postedTo(id)).toEqual([]);
    expect(JSON.stringify(postedTo(memberChat.conversationId).slice(-1))).toContain('ACC-PLANT-1');
  });

  it('a chat planted with a user id Teams does not know (its member lookup answers 404) is forgotten too', async () => {
    const nobody = { ...person('nobody', TENANT_B), tenantId: undefined, aadObjectId: member.aadObjectId };
    // Sent to the Bot Connector's own address, so the test helper does not tell it who the sender is.
    const forged = messageActivity('hi', nobody, { tenantId: TENANT_A, conversationId: 'a:planted-unknown', conversationType: 'personal' });
    await bot.send({ ...forged, serviceUrl: bot.connector.serviceUrl });
    expect(bot.connector.members.has(nobody.id)).toBe(false);
    const replies = await bot.send(submitActivity({ verb: 'ids.show' }, member, group));
    expect(visibleText(replies)).toContain(t('en', 'ids.sentPrivately'));
    expect(postedTo('a:planted-unknown')).toEqual([]);
    expect(JSON.stringify(postedTo(memberChat.conversationId).slice(-1))).toContain('ACC-PLANT-1');
    expect(await bot.app.store.conversations.get(TENANT_A, 'a:planted-unknown')).toBeUndefined();
  });

  it('a forged activity claiming a bootstrap admin\'s Entra id does not put anyone on the roster', async () => {
    const other = person('olga');
    const bot2 = await startBot({ BOOTSTRAP_ADMINS: other.aadObjectId, LOG_LEVEL: 'warn' }, { store });
    try {
      bot2.connector.members.set(mallory.id, { id: mallory.id, aadObjectId: mallory.aadObjectId, tenantId: TENANT_B });
      const forged = { ...mallory, tenantId: undefined, aadObjectId: other.aadObjectId };
      await bot2.send(messageActivity('hi', forged, { tenantId: TENANT_A, conversationId: 'a:planted-roster', conversationType: 'personal' }));
      expect((await store.roles.list(TENANT_A)).map((r) => r.aadObjectId)).not.toContain(other.aadObjectId);
    } finally {
      await bot2.close();
    }
  });
});
