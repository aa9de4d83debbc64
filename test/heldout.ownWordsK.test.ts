import { startBot } from './support/botServer';
import { describeScenarioSet, scenarioBotOptions } from './support/scenarioRunner';
import { HELDOUT_SET_K } from './fixtures/heldoutSetK';

/**
 * Held-out scenario set K of the own-words issue: a fourth writer with another brief (quarter-end week: an admin
 * tidying records before an audit, dates said in words, a helpdesk lead handing the queue over before a holiday,
 * tickets named by who asked them, members chasing things politely and indirectly, corrections before
 * confirming), who read neither src/ nor the tests nor sets E, G and I; sealed until the fixes after set I were
 * done, and run once: that first score is the generalization figure (test/fixtures/heldoutSetK.firstRun.txt).
 */
describeScenarioSet(
  { name: 'held-out scenario set K', set: HELDOUT_SET_K, failingFile: 'heldoutSetK.failing.txt', baselineEnv: 'HELDOUT_K_BASELINE' },
  () => startBot({ LOG_LEVEL: 'warn', MAX_OPEN_TICKETS_PER_MEMBER: '20' }, scenarioBotOptions),
);
