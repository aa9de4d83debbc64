import { startBot, RunningBot } from './support/botServer';
import { runScenario, scenarioBotOptions } from './support/scenarioRunner';
import type { Scenario } from './fixtures/scenarioTypes';

/**
 * The helpdesk names a ticket by what it is about, then corrects itself before confirming: "the other one" is the
 * same action on the other open ticket, with the person named in the first message kept; with several others the
 * bot asks which, and nothing is written until the confirmation is pressed.
 */
const CONFIRM = /^(?!.*(cancel|change|отмен|измен|annul|modif)).*(confirm|yes|assign|take|close|подтверд|^да|назнач|взять|закры|confirm|oui|attribu|prendre|fermer)/i;
const CONFIRM_RESOLVE = /^(?!.*(cancel|change|отмен|измен)).*(confirm|yes|resolve|подтверд|^да|реш)/i;
const TWO_TICKETS = [
  { question: 'Exchange 2019 transport service stops every night after the backup' },
  { question: 'Teams meeting recordings do not appear for guests' },
];

const SCENARIOS: Scenario[] = [
  {
    id: 'other-en', lang: 'en', kind: 'helpdesk', who: 'helpdesk', where: 'personal',
    setup: { activated: true, queue: true, tickets: TWO_TICKETS },
    turns: ['pass the Exchange one over to Dana Lee', 'hmm no, I meant the other ticket', { press: CONFIRM }],
    expect: { state: { ticket: { n: 2, status: 'assigned', assignedTo: 'Dana Lee' } } },
  },
  {
    id: 'other-ru', lang: 'ru', kind: 'helpdesk', who: 'helpdesk', where: 'personal',
    setup: { activated: true, queue: true, tickets: TWO_TICKETS },
    turns: ['беру заявку про Teams', 'ой, не ту, вторую', { press: CONFIRM }],
    expect: { state: { ticket: { n: 1, status: 'assigned', assignedTo: 'me' } } },
  },
  {
    id: 'other-fr', lang: 'fr', kind: 'helpdesk', who: 'helpdesk', where: 'personal',
    setup: { activated: true, queue: true, tickets: TWO_TICKETS },
    turns: ['je prends celui sur Exchange', 'euh non, l’autre'],
    // Proposed again for ticket 2, and nothing written before the confirmation.
    expect: { anywhere: [/(n°|#) ?2/], state: { ticket: { n: 2, status: 'new' } } },
  },
  {
    id: 'other-several', lang: 'en', kind: 'helpdesk', who: 'helpdesk', where: 'personal',
    setup: { activated: true, queue: true, tickets: [...TWO_TICKETS, { question: 'Azure Site Recovery failover test fails' }] },
    turns: ['I will take the Exchange one', 'no wait, the other one'],
    // Two others: the question of which, with both as buttons, and ticket 1 left as it was.
    expect: { buttons: [/#2/, /#3/], state: { ticket: { n: 1, status: 'new' } } },
  },
  // A pronoun with the ticket's subject or requester in the same message: that ticket, in any script.
  {
    id: 'pronoun-product-ru', lang: 'ru', kind: 'helpdesk', who: 'helpdesk', where: 'personal',
    setup: { activated: true, queue: true, tickets: [...TWO_TICKETS, { question: 'Intune enrollment fails with 0x80180014 on new laptops' }] },
    turns: ['с интюном всё, отметь её решённой', { press: CONFIRM_RESOLVE }],
    expect: { state: { ticket: { n: 3, status: 'resolved' } } },
  },
  {
    id: 'pronoun-requester-ru', lang: 'ru', kind: 'helpdesk', who: 'helpdesk', where: 'personal',
    setup: { activated: true, queue: true, tickets: [TWO_TICKETS[1]] },
    turns: ['возьму ту, что прислал Alex Kim', { press: CONFIRM }],
    expect: { state: { ticket: { n: 1, status: 'assigned', assignedTo: 'me' } } },
  },
];

describe('"not that one, the other one" before confirming a ticket action', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'warn', MAX_OPEN_TICKETS_PER_MEMBER: '20' }, scenarioBotOptions);
  });
  afterAll(() => bot.close());

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s', async (_id, s) => {
    const outcome = await runScenario(bot, s);
    expect(outcome.problems).toEqual([]);
  });
});
