import * as set from './fixtures/orgAnswersHeldout3';
import { describeMatchingSet } from './support/orgAnswerSets';

/**
 * Held-out phrasings for matching the organization's answers, set 3: a third writer with another theme (a
 * cloud managed-services partner's internal helpdesk), who had seen neither the retrieval code, its tuning set nor
 * sets 1 and 2: 36 answers, 135 probes (90 should find one answer, 45 none). Sealed until the matcher weighed what
 * an answer leaves unexplained (threshold 0.15 chosen on the tuning set), and run once: that first run is in
 * test/fixtures/orgAnswersHeldout3.firstRun.txt (4/90 matched, 9/45 false matches).
 *
 * Since the matcher reads words by meaning (src/nlu/orgAnswerConcepts.ts: concepts in en / ru / fr, related concepts,
 * what a question asks about a thing; threshold 0.33, re-chosen on the tuning set), it scores 17/90 matched and 4/45
 * false matches; the figures may not drop below those. Still far from the targets: this writer's paraphrases
 * mostly share no concept the lexicon knows with the saved question.
 */
describeMatchingSet('organization answers: held-out phrasings, set 3', set, 'orgAnswersHeldout3.firstRun.json', {
  matched: 17 / 90,
  wrongOnNone: 4 / 45,
  why: 'the matcher reading words by meaning (17/90, 4/45)',
});
