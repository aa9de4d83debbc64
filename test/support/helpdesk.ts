import type { Ticket } from '../../src/domain/tickets';
import type { NewTicket, Store } from '../../src/store';
import type { RunningBot } from './botServer';
import { waitFor } from './waitFor';

/** Outbox timing for helpdesk tests: sends and retries within a fraction of a second. */
export const FAST_OUTBOX = { pollMs: 40, baseDelayMs: 40, maxDelayMs: 400, channelRetryMs: 300 };

/**
 * Waits until every instance's outbox is idle and the tenant has nothing pending. With several instances,
 * one instance being idle is not enough: a conversation's next message is claimed only once the one before it
 * is sent, and another instance's poll may claim it just after that instance looked idle.
 */
export async function deliverAll(tenantId: string, bots: RunningBot[], ms = 8000): Promise<void> {
  await waitFor(`the outbox of ${tenantId} to be delivered`, async () => {
    await Promise.all(bots.map((bot) => bot.app.outbox.idle()));
    const pending = (await bots[0].app.store.outbox.list(tenantId)).filter((m) => m.state === 'pending');
    return pending.length === 0;
  }, ms);
}

/** A ticket written straight into the store (no outbox message), for tests that need many or a given topic. */
export async function seedTicket(
  store: Store,
  tenantId: string,
  ticket: { draftKey: string; requester: NewTicket['requester']; question?: string; topic?: string },
): Promise<Ticket> {
  const { ticket: created } = await store.tickets.create(
    tenantId,
    {
      draftKey: ticket.draftKey,
      requester: ticket.requester,
      locale: 'en',
      question: ticket.question ?? 'Which portal do we open a cloud request in?',
      urgency: 'normal',
      topic: ticket.topic,
      transcript: [],
      entitlement: { competencies: [], activation: { activated: false, state: 'notActivated' } },
    },
    () => [],
    () => [],
  );
  return created;
}
