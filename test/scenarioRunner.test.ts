import { startBot } from './support/botServer';
import { describeScenarioSet, scenarioBotOptions } from './support/scenarioRunner';
import type { Scenario } from './fixtures/scenarioTypes';

/**
 * The scenario runner itself, on the README's exact commands (which work): each setup is made as people make
 * it, and the expectations on replies and records can fail (the last two scenarios expect what is not so and
 * run as failing tests).
 */
const SMOKE: Scenario[] = [
  {
    id: 'runner-admin-case', lang: 'en', kind: 'admin', who: 'admin', where: 'personal',
    setup: { activated: true, profile: { tier: 'silver', cloudCompetency: false } },
    turns: ['case opened on-premises 7654321'],
    expect: { state: { casesRecorded: 1, caseNumber: { number: '7654321', present: true, supportType: 'onPremises' } } },
  },
  {
    id: 'runner-member-ids', lang: 'en', kind: 'member', who: 'member', where: 'personal',
    setup: { activated: true },
    turns: ['our IDs'],
    expect: { anywhere: [/AID-7Q2K-99/, /CID-5521-XY/] },
  },
  {
    id: 'runner-outsider', lang: 'en', kind: 'outsider', who: 'outsider', where: 'groupChat',
    setup: { activated: true },
    turns: ['our IDs'],
    expect: { never: [/AID-7Q2K-99/, /CID-5521-XY/], state: { activated: true } },
  },
  {
    id: 'runner-helpdesk-queue', lang: 'en', kind: 'helpdesk', who: 'helpdesk', where: 'helpdeskChannel',
    setup: { queue: true, tickets: [{ question: 'Intune enrollment fails for new laptops' }, { question: 'Where is the cloud request form?', state: 'assigned' }] },
    turns: ['tickets'],
    expect: { anywhere: [/Intune enrollment/], state: { ticketCount: 2, ticket: { n: 2, status: 'assigned', assignedTo: 'me' }, queueHere: true } },
  },
  {
    id: 'runner-expects-wrong-count', lang: 'en', kind: 'admin', who: 'admin', where: 'personal',
    setup: {},
    turns: ['case opened cloud 1112223'],
    expect: { state: { casesRecorded: 2 } },
  },
  {
    id: 'runner-expects-absent-text', lang: 'en', kind: 'member', who: 'member', where: 'personal',
    setup: {},
    turns: ['how many incidents does Gold get for on-premises?'],
    expect: { anywhere: [/no such words in any answer/] },
  },
];

describeScenarioSet(
  { name: 'scenario runner', set: SMOKE, failingFile: 'scenarioRunner.failing.txt', baselineEnv: 'SCENARIO_RUNNER_BASELINE' },
  () => startBot({ LOG_LEVEL: 'warn' }, scenarioBotOptions),
);
