import { t } from '../src/i18n/strings';
import type { Store } from '../src/store';
import { messageActivity, person, personalChat, TENANT_A, Where } from './support/activities';
import { RunningBot, startBot, visibleText } from './support/botServer';
import { describeEachStore } from './support/stores';
import { FAST_OUTBOX, seedTicket } from './support/helpdesk';

/**
 * The helpdesk's doors: ticket views quote people's questions, so they are shown only in a personal chat or
 * the organization's helpdesk channel; the queue's filters run before its limit; a requester's view of their
 * ticket names nobody else's ticket.
 */
const HELPDESK_CHANNEL: Where = { tenantId: TENANT_A, conversationId: '19:hd-doors@thread.tacv2', conversationType: 'channel' };
const OTHER_CHANNEL: Where = { tenantId: TENANT_A, conversationId: '19:general-doors@thread.tacv2', conversationType: 'channel' };
const GROUP_CHAT: Where = { tenantId: TENANT_A, conversationId: '19:group-doors@thread.v2', conversationType: 'groupChat' };

describeEachStore('the helpdesk views stay where they may be read', (factory) => {
  const admin = person('doors-admin');
  const dana = person('doors-dana');
  const alex = person('doors-alex');
  const max = person('doors-max');
  let store: Store;
  let bot: RunningBot;

  const ticket = (requester: ReturnType<typeof person>, draftKey: string, question: string, topic?: string) =>
    seedTicket(store, TENANT_A, {
      draftKey,
      requester: { userId: requester.id, aadObjectId: requester.aadObjectId, name: requester.name, conversationId: `a:${requester.name}`, reference: {} },
      question,
      topic,
    });

  beforeAll(async () => {
    store = await factory.open();
    bot = await startBot({ BOOTSTRAP_ADMINS: admin.aadObjectId, LOG_LEVEL: 'warn' }, { store, outbox: FAST_OUTBOX });
    await bot.send(messageActivity('hi', admin, personalChat(TENANT_A)));
    await bot.send(messageActivity(`grant helpdesk ${dana.aadObjectId}`, admin, personalChat(TENANT_A)));
    await bot.send(messageActivity('<at>Partner Benefits Assistant</at> helpdesk here', admin, HELPDESK_CHANNEL));
    await ticket(alex, 'doors-1', 'Our Intune enrollment fails for the Contoso tenant', 'cloudRequest');
    await ticket(max, 'doors-2', 'Max asks about Intune as well', 'cloudRequest');
  });
  afterAll(async () => {
    await bot.close();
    await store.close();
  });

  it.each([
    ['a group chat', GROUP_CHAT],
    ['an ordinary channel', OTHER_CHANNEL],
  ])('in %s, "ticket 1" and "tickets" show nothing of a ticket, to the helpdesk and to the requester', async (_where, where) => {
    for (const [who, text] of [[dana, 'ticket 1'], [dana, 'tickets'], [admin, 'tickets unassigned'], [alex, 'ticket 1']] as const) {
      const said = visibleText(await bot.send(messageActivity(`<at>Partner Benefits Assistant</at> ${text}`, who, where)));
      expect(said).toContain(t('en', 'helpdesk.tickets.notHere'));
      expect(said).not.toContain('Intune');
    }
  });

  it('in a personal chat and the helpdesk channel the helpdesk reads them', async () => {
    expect(visibleText(await bot.send(messageActivity('ticket 1', dana, personalChat(TENANT_A))))).toContain('Our Intune enrollment fails');
    expect(visibleText(await bot.send(messageActivity('<at>Partner Benefits Assistant</at> tickets', dana, HELPDESK_CHANNEL)))).toContain('#2');
  });

  it('a requester’s own ticket names no other ticket on its topic; the helpdesk’s view does', async () => {
    const mine = visibleText(await bot.send(messageActivity('ticket 1', alex, personalChat(TENANT_A))));
    expect(mine).toContain('Our Intune enrollment fails');
    expect(mine).not.toContain('#2');
    expect(visibleText(await bot.send(messageActivity('ticket 1', dana, personalChat(TENANT_A))))).toContain('#2');
  });

  it('after 120 resolved tickets a new one still shows in "tickets unassigned"', async () => {
    for (let i = 0; i < 120; i++) {
      const tk = await ticket(max, `bulk-${i}`, `old question ${i}`);
      await store.tickets.change(TENANT_A, tk.number, { userId: dana.id, aadObjectId: dana.aadObjectId, name: 'dana' }, 'x', (current) => ({
        status: 'resolved',
        assignee: current.assignee,
        event: { at: '', kind: 'resolved', actor: { userId: dana.id, aadObjectId: dana.aadObjectId, name: 'dana' } },
        auditAction: 'ticket.resolved',
        outbox: () => [],
      }));
    }
    const fresh = await ticket(alex, 'doors-fresh', 'A brand new question about Support for Business');
    const unassigned = visibleText(await bot.send(messageActivity('tickets unassigned', dana, personalChat(TENANT_A))));
    expect(unassigned).toContain(`#${fresh.number}`);
    expect(unassigned).not.toContain('old question');
  });
});
