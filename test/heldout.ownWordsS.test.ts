import { startBot } from './support/botServer';
import { describeScenarioSet, scenarioBotOptions } from './support/scenarioRunner';
import { HELDOUT_SET_S } from './fixtures/heldoutSetS';

/**
 * Held-out scenario set S of the own-words issue: an eighth writer with another brief (a reorganization week: people
 * joining and leaving the helpdesk, the queue moving to another channel, people speaking on behalf of others and by
 * first name, work handed over, outsiders claiming to be the new admin), who read neither src/ nor the tests nor the
 * other sets; sealed until this session's fixes were committed, and run once: that first score is the generalization
 * figure (test/fixtures/heldoutSetS.firstRun.txt).
 */
describeScenarioSet(
  { name: 'held-out scenario set S', set: HELDOUT_SET_S, failingFile: 'heldoutSetS.failing.txt', baselineEnv: 'HELDOUT_S_BASELINE' },
  () => startBot({ LOG_LEVEL: 'warn', MAX_OPEN_TICKETS_PER_MEMBER: '20' }, scenarioBotOptions),
);
