import { t } from '../src/i18n/strings';
import { Store } from '../src/store';
import { messageActivity, person, personalChat, submitActivity, TENANT_A, TENANT_B, Where } from './support/activities';
import { Reply, RunningBot, startBot, visibleText } from './support/botServer';
import { RecordingSender } from './support/fakeSender';
import { describeEachStore } from './support/stores';

const summaries = (replies: Reply[]) => replies.map((r) => `${r.summary ?? ''} ${r.text ?? ''}`).join(' ');

/**
 * Who the sender is comes from Teams' member lookup, never from the activity alone: a sender Teams does not
 * confirm as a user of the conversation's tenant gets nothing of the organization (fail closed).
 */
describeEachStore('identity checks that fail closed', (factory) => {
  const ga = person('gina');
  const member = person('max');
  const otherTenant = person('eve', TENANT_B);
  const b2bGuest = { ...person('greta'), role: 'guest' as const };
  const channel: Where = { tenantId: TENANT_A, conversationId: '19:general@thread.tacv2', conversationType: 'channel' };
  let store: Store;
  let bot: RunningBot;

  beforeAll(async () => {
    store = await factory.open();
    bot = await startBot({ BOOTSTRAP_ADMINS: ga.aadObjectId, LOG_LEVEL: 'warn' }, { store, sender: new RecordingSender() });
    const adminChat = personalChat(TENANT_A);
    await bot.send(messageActivity('profile gold security, cloud platform', ga, adminChat));
    await bot.send(submitActivity({ verb: 'activation.submit', accessId: 'ACC-ID-4242', contractId: 'CON-ID-8484' }, ga, adminChat));
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  it('a member reads the partner profile', async () => {
    const replies = await bot.send(messageActivity('profile', member, channel));
    expect(visibleText(replies)).toContain('Gold');
    expect(visibleText(replies)).toContain('Security');
  });

  it.each([
    ['a guest of the organization', b2bGuest],
    ['a user of another tenant', otherTenant],
  ])('%s is not shown the partner profile', async (_who, p) => {
    for (const where of [channel, personalChat(TENANT_A)]) {
      const replies = await bot.send(messageActivity('profile', p, where));
      const text = visibleText(replies);
      expect(text).not.toContain('Gold');
      expect(text).not.toContain('Security');
      expect(text).toContain(t('en', 'ids.outsider'));
    }
  });

  it('an incidents answer uses the profile for a member only, not for a guest', async () => {
    const forMember = await bot.send(messageActivity('how many cloud incidents do we get?', member, channel));
    expect(summaries(forMember)).toContain('Gold');
    const forGuest = await bot.send(messageActivity('how many cloud incidents do we get?', b2bGuest, channel));
    expect(summaries(forGuest)).not.toContain('Gold');
    expect(visibleText(forGuest)).toContain(t('en', 'clarify.tierCloud'));
  });

  describe('when Teams names no tenant for the sender', () => {
    const noTenant = person('nora');
    beforeAll(() => {
      // The member lookup answers, but without a tenant: the activity's tenant must not be trusted instead.
      bot.connector.members.set(noTenant.id, { id: noTenant.id, aadObjectId: noTenant.aadObjectId, name: noTenant.name });
    });

    it('the IDs are not given', async () => {
      const replies = await bot.send(messageActivity('our IDs', noTenant, personalChat(TENANT_A)));
      expect(JSON.stringify(replies)).not.toContain('ACC-ID-4242');
      expect(JSON.stringify(replies)).not.toContain('CON-ID-8484');
      expect(visibleText(replies)).toContain(t('en', 'tenant.unverified'));
    });

    it('the partner profile is not used in an incidents answer', async () => {
      const replies = await bot.send(messageActivity('how many cloud incidents do we get?', noTenant, personalChat(TENANT_A)));
      expect(summaries(replies)).not.toContain('Gold');
      expect(visibleText(replies)).toContain(t('en', 'clarify.tierCloud'));
    });
  });

  it('an activity claiming an admin\'s Entra id, from a user Teams knows as someone else, is not an admin', async () => {
    const mallory = person('mallory');
    // Teams knows this user id as Mallory; the activity claims to be the Global admin.
    bot.connector.members.set(mallory.id, { id: mallory.id, aadObjectId: mallory.aadObjectId, name: mallory.name, tenantId: TENANT_A });
    const forged = { ...mallory, aadObjectId: ga.aadObjectId };
    const chat = personalChat(TENANT_A);
    const before = await store.benefits.get(TENANT_A);
    const replies = await bot.send(submitActivity({ verb: 'ids.save', accessId: 'EVIL-1', contractId: 'EVIL-2', version: before.version }, forged, chat));
    expect(visibleText(replies)).toContain(t('en', 'tenant.unverified'));
    expect(await store.benefits.get(TENANT_A)).toMatchObject({ accessId: 'ACC-ID-4242', contractId: 'CON-ID-8484' });
    const ids = await bot.send(messageActivity('our IDs', forged, chat));
    expect(JSON.stringify(ids)).not.toContain('ACC-ID-4242');
  });
});
