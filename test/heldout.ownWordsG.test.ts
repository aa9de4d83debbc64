import { startBot } from './support/botServer';
import { describeScenarioSet, scenarioBotOptions } from './support/scenarioRunner';
import { HELDOUT_SET_G } from './fixtures/heldoutSetG';

/**
 * Held-out scenario set G of the own-words issue: a second writer with another brief (a busy Monday: the
 * helpdesk triaging a backlog in the queue and threads, an admin onboarding a new partner year, members
 * following up), who had read neither src/ nor the tests nor set E; sealed until the own-words work was done and
 * run once: that first score is the generalization figure. Since then it is a regression set.
 */
describeScenarioSet(
  { name: 'held-out scenario set G', set: HELDOUT_SET_G, failingFile: 'heldoutSetG.failing.txt', baselineEnv: 'HELDOUT_G_BASELINE' },
  () => startBot({ LOG_LEVEL: 'warn', MAX_OPEN_TICKETS_PER_MEMBER: '20' }, scenarioBotOptions),
);
