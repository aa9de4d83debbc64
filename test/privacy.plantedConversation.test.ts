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
    expect(await store.conversations.get(TENANT_A, 'a:planted-admin')).toBeUndefined();
    const replies = await bot.send(submitActivity({ verb: 'activation.askAdmin' }, member, group));
    expect(visibleText(replies)).toContain(t('en', 'act.asked', { count: 1 }));
    expect(postedTo('a:planted-admin')).toEqual([]);
    expect(postedTo(gaChat.conversationId)).toHaveLength(1);
  });

  it('"Show the IDs" in a group chat sends them to the member\'s own chat, not the planted one', async () => {
    await bot.send(submitActivity({ verb: 'activation.submit', accessId: 'ACC-PLANT-1', contractId: 'CON-PLANT-2' }, ga, gaChat));
    await plant(member, 'a:planted-member');
    expect(await store.conversations.get(TENANT_A, 'a:planted-member')).toBeUndefined();
    const replies = await bot.send(submitActivity({ verb: 'ids.show' }, member, group));
    expect(visibleText(replies)).toContain(t('en', 'ids.sentPrivately'));
    expect(JSON.stringify(postedTo('a:planted-member'))).not.toContain('ACC-PLANT-1');
    expect(postedTo('a:planted-member')).toEqual([]);
    expect(JSON.stringify(postedTo(memberChat.conversationId))).toContain('ACC-PLANT-1');
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
