import type { ConversationReference, TurnContext } from 'botbuilder';
import { ConfirmedConversations } from '../src/bot/confirmedConversations';
import type { Membership, MemberDirectory } from '../src/bot/memberDirectory';
import { captureLogger } from '../src/logger';
import type { Store } from '../src/store';
import { describeEachStore } from './support/stores';

/**
 * Where private messages may go: a remembered personal chat counts only once Teams' member lookup names the
 * tenant and the Entra id it is filed under. Teams is played by a table of answers per conversation; the
 * store is real (both backends).
 */
const TENANT = 'aaaaaaaa-0000-4000-8000-000000000001';
const OTHER_TENANT = 'bbbbbbbb-0000-4000-8000-000000000002';
const USER = 'cccccccc-0000-4000-8000-000000000003';

describeEachStore('personal chats confirmed by Teams before private messages go there', (factory) => {
  let store: Store;
  let clock: Date;
  let teams: Map<string, Membership | undefined>;
  let asked: string[];
  let chats: ConfirmedConversations;

  const members: MemberDirectory = {
    membership: async (context: TurnContext) => {
      asked.push(context.activity.conversation.id);
      return teams.get(context.activity.conversation.id);
    },
  };
  const adapter = {
    continueConversationAsync: async (_botAppId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) =>
      logic({ activity: { type: 'event', from: reference.user, conversation: reference.conversation } } as unknown as TurnContext),
  };
  /** A personal chat remembered as its first message claimed it, one minute after the one before. */
  const remember = async (conversationId: string, kind: 'personal' | 'groupChat' = 'personal') => {
    clock = new Date(clock.getTime() + 60_000);
    await store.conversations.upsert(TENANT, {
      conversationId,
      kind,
      reference: { conversation: { id: conversationId, tenantId: TENANT }, user: { id: `29:${conversationId}`, aadObjectId: USER } },
      userAadObjectId: kind === 'personal' ? USER : undefined,
    });
  };
  const theUser: Membership = { tenantId: TENANT, aadObjectId: USER, guest: false };

  beforeEach(async () => {
    clock = new Date('2026-12-01T09:00:00Z');
    store = await factory.open({ now: () => clock });
    teams = new Map();
    asked = [];
    chats = new ConfirmedConversations(store.conversations, adapter, '', members, captureLogger('error').logger);
  });
  afterEach(() => store.close());

  it('the newest chat Teams confirms is the one used, and Teams is asked only about the chats tried', async () => {
    await remember('a:older');
    await remember('a:newer');
    teams.set('a:older', theUser).set('a:newer', theUser);
    expect((await chats.listPersonal(TENANT, [USER])).map((c) => c.conversationId)).toEqual(['a:newer']);
    expect(asked).toEqual(['a:newer']);
  });

  it.each([
    ['someone else', { tenantId: TENANT, aadObjectId: 'dddddddd-0000-4000-8000-000000000004', guest: false }],
    ['a user of another organization', { tenantId: OTHER_TENANT, aadObjectId: USER, guest: false }],
    ['a guest', { tenantId: TENANT, aadObjectId: USER, guest: true }],
    ['not a member of the chat at all', { guest: false }],
  ])('a newer chat whose user Teams names as %s is skipped and forgotten; the older one is used', async (_who, answer) => {
    await remember('a:own');
    await remember('a:planted');
    teams.set('a:own', theUser).set('a:planted', answer as Membership);
    expect((await chats.listPersonal(TENANT, [USER])).map((c) => c.conversationId)).toEqual(['a:own']);
    expect(await store.conversations.get(TENANT, 'a:planted')).toBeUndefined();
    expect(await chats.get(TENANT, 'a:planted')).toBeUndefined();
  });

  it('when Teams cannot be asked, nothing is used and nothing is forgotten', async () => {
    await remember('a:own');
    await remember('a:newer');
    teams.set('a:own', theUser).set('a:newer', undefined);
    expect(await chats.listPersonal(TENANT, [USER])).toEqual([]);
    expect(asked).toEqual(['a:newer']);
    expect(await store.conversations.get(TENANT, 'a:newer')).toMatchObject({ kind: 'personal' });
    expect(await chats.get(TENANT, 'a:newer')).toBeUndefined();
    // Once Teams answers, the chat is used.
    teams.set('a:newer', theUser);
    expect(await chats.get(TENANT, 'a:newer')).toMatchObject({ conversationId: 'a:newer' });
  });

  it('group chats are read as remembered (their sender was confirmed before they were written)', async () => {
    await remember('19:group@thread.v2', 'groupChat');
    expect(await chats.get(TENANT, '19:group@thread.v2')).toMatchObject({ kind: 'groupChat' });
    expect(asked).toEqual([]);
  });
});
