import { startBot } from './support/botServer';
import { describeScenarioSet, scenarioBotOptions } from './support/scenarioRunner';
import { HELDOUT_SET_M } from './fixtures/heldoutSetM';

/**
 * Held-out scenario set M of the own-words issue: a fifth writer with another brief (a partner's first week with the
 * bot: the admin setting things up, the helpdesk's first tickets, members describing what they want rather than
 * naming it, details in separate messages, corrections before confirming), who read neither src/ nor the tests nor
 * the other sets; sealed until the fixes after set K were done, and run once: that first score is the
 * generalization figure (test/fixtures/heldoutSetM.firstRun.txt).
 */
describeScenarioSet(
  { name: 'held-out scenario set M', set: HELDOUT_SET_M, failingFile: 'heldoutSetM.failing.txt', baselineEnv: 'HELDOUT_M_BASELINE' },
  () => startBot({ LOG_LEVEL: 'warn', MAX_OPEN_TICKETS_PER_MEMBER: '20' }, scenarioBotOptions),
);
