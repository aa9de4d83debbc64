import { startBot } from './support/botServer';
import { describeScenarioSet, scenarioBotOptions } from './support/scenarioRunner';
import { HELDOUT_SET_E } from './fixtures/heldoutSetE';

/**
 * Held-out scenario set E of the own-words issue: written by someone who had read neither src/ nor the tests,
 * from the scenario types, the article and the README, before the own-words intents were built; run once then
 * (its first score is in the note). Since then it is a regression set: the scenarios it still fails
 * run as it.failing.
 */
describeScenarioSet(
  { name: 'held-out scenario set E', set: HELDOUT_SET_E, failingFile: 'heldoutSetE.failing.txt', baselineEnv: 'HELDOUT_E_BASELINE' },
  () => startBot({ LOG_LEVEL: 'warn', MAX_OPEN_TICKETS_PER_MEMBER: '20' }, scenarioBotOptions),
);
