import { t } from '../src/i18n/strings';
import { Store } from '../src/store';
import { executeActivity, messageActivity, person, personalChat, submitActivity, TENANT_A, TENANT_B, Where } from './support/activities';
import { Reply, RunningBot, startBot, visibleText } from './support/botServer';
import { describeEachStore } from './support/stores';
import { waitFor } from './support/waitFor';
import { FAST_OUTBOX } from './support/helpdesk';

const CHANNEL: Where = { tenantId: TENANT_A, conversationId: '19:helpdesk@thread.tacv2', conversationType: 'channel' };

/** What the fake Bot Connector accepted (2xx) in a conversation: new messages and card updates. */
function delivered(bot: RunningBot, conversationId: string, method: 'POST' | 'PUT' = 'POST') {
  return bot.connector.posts.filter(
    (p) => (p.status ?? 0) < 300 && p.method === method && decodeURIComponent(p.path).includes(`/v3/conversations/${conversationId}/`),
  );
}

function textOf(activity: unknown): string {
  return visibleText([activity as Reply]);
}

const cardOf = (replies: Reply[]) => replies[0]?.attachments?.[0]?.content as Record<string, unknown>;

describeEachStore('the helpdesk over HTTP', (factory) => {
  const admin = person('gina');
  const dana = person('dana'); // helpdesk
  const hugo = person('hugo'); // helpdesk
  const alex = person('alex'); // requester, English
  const ivan = person('ivan'); // requester, Russian
  const lea = person('lea'); // requester, French
  const max = person('max'); // a member without a role
  const eve = person('eve', TENANT_B); // another organization's user
  const bob = person('bob', TENANT_B); // helpdesk of the other organization
  const chats = {
    admin: personalChat(TENANT_A),
    alex: personalChat(TENANT_A),
    ivan: personalChat(TENANT_A),
    lea: personalChat(TENANT_A),
    max: personalChat(TENANT_A),
    bob: personalChat(TENANT_B),
  };
  let store: Store;
  let bot: RunningBot;

  beforeAll(async () => {
    store = await factory.open();
    bot = await startBot({ BOOTSTRAP_ADMINS: admin.aadObjectId, LOG_LEVEL: 'info' }, { store, outbox: FAST_OUTBOX });
    await bot.send(messageActivity('hi', admin, chats.admin));
    for (const p of [dana, hugo]) await bot.send(messageActivity(`grant helpdesk ${p.aadObjectId}`, admin, chats.admin));
    await store.roles.grant(TENANT_B, { aadObjectId: bob.aadObjectId, name: 'bob' }, 'helpdesk', { userId: 'seed' }, 'seed');
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  it('escalates in English before any channel is set: the ticket is created, the requester told it waits, admins told once', async () => {
    await bot.send(messageActivity('where do I open an on-premises request?', alex, chats.alex));
    const offer = await bot.send(messageActivity('I want to talk to the helpdesk', alex, chats.alex));
    const card = cardOf(offer);
    expect(visibleText(offer)).toContain(t('en', 'helpdesk.escalate.title'));
    // The question typed just before is offered, editable.
    expect(JSON.stringify(card)).toContain('where do I open an on-premises request?');
    const draft = JSON.stringify(card).match(/"draft":"([^"]+)"/)![1];

    const created = await bot.invoke(
      executeActivity('helpdesk.create', { draft, question: 'Support for Business says we have no benefits', urgency: 'high', locale: 'en' }, alex, chats.alex),
    );
    expect(created.value).toBe(t('en', 'helpdesk.createdNoChannel', { number: 1 }));
    // A second click on the same card creates nothing more.
    const again = await bot.invoke(executeActivity('helpdesk.create', { draft, question: 'x', locale: 'en' }, alex, chats.alex));
    expect(again.value).toBe(t('en', 'helpdesk.createdAgain', { number: 1 }));

    const hint = t('en', 'helpdesk.setupHint', { number: 1 });
    await waitFor('the admin hint', () => delivered(bot, chats.admin.conversationId).some((p) => p.activity.text === hint));

    const ticket = (await store.tickets.get(TENANT_A, 1))!;
    expect(ticket).toMatchObject({ status: 'new', urgency: 'high', locale: 'en', question: 'Support for Business says we have no benefits' });
    expect(ticket.requester).toMatchObject({ aadObjectId: alex.aadObjectId, name: 'alex', conversationId: chats.alex.conversationId });
    expect(ticket.transcript.map((x) => x.from)).toEqual(expect.arrayContaining(['user', 'bot']));
    expect(ticket.entitlement.activation).toEqual({ activated: false, state: 'notActivated' });
    expect(JSON.stringify(ticket.entitlement)).not.toMatch(/accessId|contractId/i);
  });

  it('escalates in Russian and French with their own words; the admins are not told twice', async () => {
    const ru = await bot.send(messageActivity('нужен человек', ivan, chats.ivan, 'ru-RU'));
    expect(visibleText(ru)).toContain(t('ru', 'helpdesk.escalate.title'));
    const ruCreated = await bot.invoke(executeActivity('helpdesk.create', { draft: 'ru-1', question: 'Где Access ID?', locale: 'ru' }, ivan, chats.ivan, 'ru-RU'));
    expect(ruCreated.value).toBe(t('ru', 'helpdesk.createdNoChannel', { number: 2 }));

    const fr = await bot.send(messageActivity('je veux parler au support', lea, chats.lea, 'fr-FR'));
    expect(visibleText(fr)).toContain(t('fr', 'helpdesk.escalate.title'));
    const frCreated = await bot.invoke(executeActivity('helpdesk.create', { draft: 'fr-1', question: 'Combien d’incidents ?', locale: 'fr' }, lea, chats.lea, 'fr-FR'));
    expect(frCreated.value).toBe(t('fr', 'helpdesk.createdNoChannel', { number: 3 }));

    await bot.app.outbox.idle();
    const hints = delivered(bot, chats.admin.conversationId).filter((p) => /#\d/.test(p.activity.text ?? '') && (p.activity.text ?? '').includes('helpdesk here'));
    expect(hints).toHaveLength(1);
  });

  it('"helpdesk here": refused for a member, explained outside a channel and in a private channel, then the waiting cards are posted once each', async () => {
    const refused = await bot.send(messageActivity('<at>Partner Benefits Assistant</at> helpdesk here', max, CHANNEL));
    expect(visibleText(refused)).toContain(t('en', 'helpdesk.here.refused'));
    const inChat = await bot.send(messageActivity('helpdesk here', admin, chats.admin));
    expect(visibleText(inChat)).toContain(t('en', 'helpdesk.here.notChannel'));
    const privateChannel = { ...messageActivity('helpdesk here', admin, { ...CHANNEL, conversationId: '19:secret@thread.tacv2' }), channelData: { tenant: { id: TENANT_A }, channel: { id: '19:secret@thread.tacv2', membershipType: 'private' } } };
    expect(visibleText(await bot.send(privateChannel))).toContain(t('en', 'helpdesk.here.private'));
    expect(await store.tickets.getChannel(TENANT_A)).toBeUndefined();

    const set = await bot.send(messageActivity('<at>Partner Benefits Assistant</at> helpdesk here', admin, CHANNEL));
    expect(visibleText(set)).toContain(t('en', 'helpdesk.here.set'));
    expect(visibleText(set)).toContain(t('en', 'helpdesk.here.requeued', { count: 3 }));
    await waitFor('three cards', async () => (await Promise.all([1, 2, 3].map((n) => store.tickets.get(TENANT_A, n)))).every((x) => x?.card));
    await bot.app.outbox.idle();
    const cards = delivered(bot, CHANNEL.conversationId);
    expect(cards).toHaveLength(3);
    expect(cards.map((c) => textOf(c.activity)).join('\n')).toContain(t('en', 'helpdesk.card.title', { number: 2 }));
  });

  it('a new ticket goes straight to the channel, one card', async () => {
    await bot.send(messageActivity('hi', max, chats.max));
    const created = await bot.invoke(executeActivity('helpdesk.ask', { query: 'Azure says This Access ID is already associated' }, max, chats.max));
    expect(JSON.stringify(created.value)).toContain('Azure says This Access ID is already associated');
    const ok = await bot.invoke(executeActivity('helpdesk.create', { draft: 'max-1', question: 'Azure says This Access ID is already associated', locale: 'en' }, max, chats.max));
    expect(ok.value).toBe(t('en', 'helpdesk.created', { number: 4 }));
    await waitFor('card #4', async () => (await store.tickets.get(TENANT_A, 4))?.card);
    expect(delivered(bot, CHANNEL.conversationId)).toHaveLength(4);
  });

  it('assign, a stale second assign, reply, the requester answers, resolve, reopen, close: the same card is updated and each notice reaches the requester once, in their language', async () => {
    const assigned = await bot.invoke(executeActivity('helpdesk.assignSelf', { number: '1', locale: 'en' }, dana, CHANNEL));
    expect(textOf({ attachments: [{ content: assigned.value }] })).toContain('dana');
    expect(textOf({ attachments: [{ content: assigned.value }] })).toContain(t('en', 'helpdesk.status.assigned'));
    const stale = await bot.invoke(executeActivity('helpdesk.assignSelf', { number: '1', locale: 'en' }, hugo, CHANNEL));
    const staleText = textOf({ attachments: [{ content: stale.value }] });
    expect(staleText).toContain('dana');
    expect((await store.tickets.get(TENANT_A, 1))!.assignee?.aadObjectId).toBe(dana.aadObjectId);

    const replied = await bot.invoke(executeActivity('helpdesk.reply', { number: '1', reply: 'Which tenant do you sign in to?', locale: 'en' }, dana, CHANNEL));
    expect(textOf({ attachments: [{ content: replied.value }] })).toContain(t('en', 'helpdesk.status.waiting'));
    const replyCard = await waitFor('the reply card', () =>
      delivered(bot, chats.alex.conversationId).find((p) => textOf(p.activity).includes('Which tenant do you sign in to?')),
    );
    expect(textOf(replyCard.activity)).toContain(t('en', 'helpdesk.reply.title', { number: 1, name: 'dana' }));
    expect(JSON.stringify(replyCard.activity)).toContain('helpdesk.answer');

    const answered = await bot.send(submitActivity({ verb: 'helpdesk.answer', number: '1', answer: 'The contoso tenant', locale: 'en' }, alex, chats.alex));
    expect(visibleText(answered)).toContain(t('en', 'helpdesk.answer.sent', { number: 1 }));
    const thread = await waitFor('the answer in the card thread', () =>
      bot.connector.posts.find((p) => (p.status ?? 0) < 300 && decodeURIComponent(p.path).includes(`${CHANNEL.conversationId};messageid=`) && (p.activity.text ?? '').includes('The contoso tenant')),
    );
    expect(thread.activity.text).toContain(t('en', 'helpdesk.answer.thread', { name: 'alex', number: 1 }));
    expect((await store.tickets.get(TENANT_A, 1))!.status).toBe('assigned');

    for (const verb of ['resolve', 'reopen', 'resolve', 'close']) {
      const r = await bot.invoke(executeActivity(`helpdesk.${verb}`, { number: '1', locale: 'en' }, dana, CHANNEL));
      expect(r.statusCode).toBe(200);
    }
    expect((await store.tickets.get(TENANT_A, 1))!.status).toBe('closed');
    await waitFor('the closed notice', () => delivered(bot, chats.alex.conversationId).some((p) => p.activity.text === t('en', 'helpdesk.notice.closed', { number: 1 })));
    await bot.app.outbox.idle();

    const notices = delivered(bot, chats.alex.conversationId).map((p) => textOf(p.activity));
    const once = (text: string) => expect(notices.filter((n) => n === text)).toHaveLength(1);
    once(t('en', 'helpdesk.notice.assigned', { number: 1, name: 'dana' }));
    once(t('en', 'helpdesk.notice.reopened', { number: 1, name: 'dana' }));
    once(t('en', 'helpdesk.notice.closed', { number: 1 }));
    expect(notices.filter((n) => n === t('en', 'helpdesk.notice.resolved', { number: 1, name: 'dana' }))).toHaveLength(2);
    expect(notices.filter((n) => n.includes('Which tenant do you sign in to?'))).toHaveLength(1);

    // One card in the channel for #1, updated in place.
    const card1 = (await store.tickets.get(TENANT_A, 1))!.card!;
    const cardUpdates = () =>
      delivered(bot, CHANNEL.conversationId, 'PUT').filter((p) => p.path.endsWith(encodeURIComponent(card1.activityId)) || p.path.endsWith(card1.activityId));
    // The channel's updates are paced (Teams' per-conversation limits): the last one may still be on its way.
    await waitFor('the card showing Closed', () => {
      const updates = cardUpdates();
      return updates.length > 0 && textOf(updates[updates.length - 1].activity).includes(t('en', 'helpdesk.status.closed'));
    });
    expect(cardUpdates().length).toBeGreaterThanOrEqual(6);
  });

  it('the Russian requester answers with a plain message while the ticket waits, and gets notices in Russian', async () => {
    await bot.invoke(executeActivity('helpdesk.reply', { number: '2', reply: 'Какой у вас тенант?', locale: 'en' }, hugo, CHANNEL));
    const reply = await waitFor('the reply in Russian', () => delivered(bot, chats.ivan.conversationId).find((p) => textOf(p.activity).includes('Какой у вас тенант?')));
    expect(textOf(reply.activity)).toContain(t('ru', 'helpdesk.reply.title', { number: 2, name: 'hugo' }));
    // "help" stays with the bot while the ticket waits.
    const help = await bot.send(messageActivity('помощь', ivan, chats.ivan, 'ru-RU'));
    expect(visibleText(help)).not.toContain(t('ru', 'helpdesk.answer.sent', { number: 2 }));
    const sent = await bot.send(messageActivity('тенант contoso-ru точка onmicrosoft', ivan, chats.ivan, 'ru-RU'));
    expect(visibleText(sent)).toContain(t('ru', 'helpdesk.answer.sent', { number: 2 }));
    await bot.invoke(executeActivity('helpdesk.resolve', { number: '2', locale: 'en' }, hugo, CHANNEL));
    await waitFor('the resolved notice in Russian', () =>
      delivered(bot, chats.ivan.conversationId).some((p) => p.activity.text === t('ru', 'helpdesk.notice.resolved', { number: 2, name: 'hugo' })),
    );
  });

  it('"ticket 1" shows the whole exchange to the helpdesk; "my tickets" shows each requester only their own', async () => {
    const shown = visibleText(await bot.send(messageActivity('ticket 1', dana, chats.max)));
    expect(shown).toContain('Which tenant do you sign in to?');
    expect(shown).toContain('The contoso tenant');
    const mine = visibleText(await bot.send(messageActivity('my tickets', alex, chats.alex)));
    expect(mine).toContain('#1');
    expect(mine).not.toMatch(/#[234]\b/);
    const ivans = visibleText(await bot.send(messageActivity('мои заявки', ivan, chats.ivan, 'ru-RU')));
    expect(ivans).toContain('#2');
    expect(ivans).not.toMatch(/#[134]\b/);
    // A requester reads their own ticket, nobody else's.
    expect(visibleText(await bot.send(messageActivity('ticket 2', alex, chats.alex)))).toContain(t('en', 'helpdesk.notFound', { number: 2 }));
  });

  it('the queue with filters, for the helpdesk only', async () => {
    const unassigned = visibleText(await bot.send(messageActivity('tickets unassigned', dana, chats.max)));
    expect(unassigned).toMatch(/#3 /);
    expect(unassigned).toMatch(/#4 /);
    expect(unassigned).not.toMatch(/#1 /);
    const waiting = visibleText(await bot.send(messageActivity('queue waiting', dana, chats.max)));
    expect(waiting).not.toMatch(/#\d /);
    expect(visibleText(await bot.send(messageActivity('tickets', max, chats.max)))).toContain(t('en', 'helpdesk.refused'));
  });

  it('forged ticket actions from a member, the requester, another tenant\'s user and another tenant\'s helpdesk change nothing and are audited', async () => {
    const before = (await store.tickets.get(TENANT_A, 4))!;
    const otherChannel: Where = { tenantId: TENANT_A, conversationId: CHANNEL.conversationId, conversationType: 'channel' };
    const cases = [
      { who: max, expected: t('en', 'helpdesk.refused') },
      { who: alex, expected: t('en', 'helpdesk.refused') },
      { who: eve, expected: t('en', 'act.refusedOutsider') },
      { who: bob, expected: t('en', 'act.refusedOutsider') },
    ];
    for (const { who, expected } of cases) {
      for (const [verb, data] of [
        ['helpdesk.assignSelf', { number: '4' }],
        ['helpdesk.assign', { number: '4', assignee: dana.aadObjectId }],
        ['helpdesk.reply', { number: '4', reply: 'forged' }],
        ['helpdesk.resolve', { number: '4' }],
        ['helpdesk.close', { number: 4 }],
      ] as const) {
        const r = await bot.invoke(executeActivity(verb, { ...data, locale: 'en' }, who, otherChannel));
        expect(r.value).toBe(expected);
      }
    }
    // Another tenant's helpdesk in their own tenant sees none of these tickets.
    expect(visibleText(await bot.send(messageActivity('ticket 4', bob, chats.bob)))).toContain(t('en', 'helpdesk.notFound', { number: 4 }));
    const after = (await store.tickets.get(TENANT_A, 4))!;
    expect(after.version).toBe(before.version);
    expect(after.status).toBe('new');
    const refusals = (await store.audit.list(TENANT_A, 200)).filter((e) => e.outcome === 'refused' && e.action.startsWith('ticket.'));
    expect(refusals.length).toBeGreaterThanOrEqual(20);
    expect(JSON.stringify(await store.audit.list(TENANT_B, 200))).not.toContain('forged');
  });

  it('keeps questions and replies out of the logs at info level', () => {
    const info = bot.logLines.filter((l) => !/"level":"debug"/.test(l)).join('\n');
    for (const secret of ['Support for Business says we have no benefits', 'Which tenant do you sign in to?', 'The contoso tenant', 'Где Access ID?']) {
      expect(info).not.toContain(secret);
    }
  });
});
