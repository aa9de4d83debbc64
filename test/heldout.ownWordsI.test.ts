import { startBot } from './support/botServer';
import { describeScenarioSet, scenarioBotOptions } from './support/scenarioRunner';
import { HELDOUT_SET_I } from './fixtures/heldoutSetI';

/**
 * Held-out scenario set I of the own-words issue: a third writer with another brief (a busy Monday morning:
 * indirect wording, references back to "that one" and "the second ticket", details out of order, changes of mind
 * before confirming), who read neither src/ nor the tests nor sets E and G; sealed until the fixes after set G
 * were done, and run once: that first score is the generalization figure.
 */
describeScenarioSet(
  { name: 'held-out scenario set I', set: HELDOUT_SET_I, failingFile: 'heldoutSetI.failing.txt', baselineEnv: 'HELDOUT_I_BASELINE' },
  () => startBot({ LOG_LEVEL: 'warn', MAX_OPEN_TICKETS_PER_MEMBER: '20' }, scenarioBotOptions),
);
