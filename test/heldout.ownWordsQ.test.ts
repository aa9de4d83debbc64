import { startBot } from './support/botServer';
import { describeScenarioSet, scenarioBotOptions } from './support/scenarioRunner';
import { HELDOUT_SET_Q } from './fixtures/heldoutSetQ';

/**
 * Held-out scenario set Q of the own-words issue: a seventh writer with another brief (an audit and clean-up week: admins
 * checking who holds which role and tidying records, the helpdesk clearing a backlog, members chasing their own
 * tickets, outsiders probing), who read neither src/ nor the tests nor the other sets; sealed until this session's
 * fixes were committed, and run once: that first score is the generalization figure
 * (test/fixtures/heldoutSetQ.firstRun.txt).
 */
describeScenarioSet(
  { name: 'held-out scenario set Q', set: HELDOUT_SET_Q, failingFile: 'heldoutSetQ.failing.txt', baselineEnv: 'HELDOUT_Q_BASELINE' },
  () => startBot({ LOG_LEVEL: 'warn', MAX_OPEN_TICKETS_PER_MEMBER: '20' }, scenarioBotOptions),
);
