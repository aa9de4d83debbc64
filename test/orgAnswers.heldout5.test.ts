import * as set from './fixtures/orgAnswersHeldout5';
import { describeMatchingSet } from './support/orgAnswerSets';

/**
 * Held-out phrasings for matching the organization's answers, set 5: a fifth writer with another theme (a managed
 * security services provider with a 24/7 SOC, offices in Lyon and Almaty), who saw neither the retrieval code, its
 * concept lexicon, its tuning set nor sets 1 to 4: 36 answers, 135 probes (90 should find one answer, 45 none, 15 of
 * them near misses). Sealed until this session's fixes were committed, and run once: that first run is in
 * test/fixtures/orgAnswersHeldout5.firstRun.txt, and the figures may not drop below it.
 */
describeMatchingSet('organization answers: held-out phrasings, set 5', set, 'orgAnswersHeldout5.firstRun.json');
