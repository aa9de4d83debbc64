import * as set from './fixtures/orgAnswersHeldout2';
import { describeMatchingSet } from './support/orgAnswerSets';

/**
 * Held-out phrasings for matching the organization's answers, set 2: a second writer with another theme (an
 * integrator's internal helpdesk), who had seen neither the retrieval code, its tuning set nor set 1: 36 answers,
 * 135 probes (90 should find one answer, 45 none). Run once after the matcher weighed words by how common they
 * are in questions about the article (the threshold re-chosen on the tuning set, 0.17); that first run is in
 * test/fixtures/orgAnswersHeldout2.firstRun.txt, and the figures may not drop below it.
 *
 * Since the matcher weighs what an answer leaves unexplained, asks for evidence and for the same kind of question
 * (src/nlu/orgAnswerMatch.ts, constants and threshold re-chosen on the tuning set), it scored 70/90 matched and 10/45
 * false matches (first run 71/90, 15/45: three questions lost, one of them a "where ... how much" question whose
 * answer's phrasings ask no quantity, two gained; 5 false matches fewer). Since it reads words by meaning
 * (src/nlu/orgAnswerConcepts.ts: concepts in en / ru / fr, related concepts, what a question asks about a thing), it
 * scores 71/90 matched and 6/45 false matches (threshold 0.33, re-chosen on the tuning set); the figures may not
 * drop below those.
 */
describeMatchingSet('organization answers: held-out phrasings, set 2', set, 'orgAnswersHeldout2.firstRun.json', {
  matched: 71 / 90,
  wrongOnNone: 6 / 45,
  why: 'the matcher reading words by meaning (71/90, 6/45)',
});
