import * as set from './fixtures/orgAnswersHeldout1';
import { describeMatchingSet } from './support/orgAnswerSets';

/**
 * Held-out phrasings for matching the organization's answers, written by someone who had not seen the
 * retrieval code nor its tuning set: 36 saved answers (12 per language) and 135 probes, 90 of which should
 * find one answer and 45 none (article questions, near misses, chit-chat). Its first run, with the threshold as
 * tuned on the developer's own set, is in test/fixtures/orgAnswersHeldout1.firstRun.txt (the figures:
 * at least 85 % matched, at most 2 % wrong matches on questions the organization has no answer for). The
 * figures may not drop below that first run.
 *
 * Since the matcher weighs what an answer leaves unexplained, asks for evidence and for the same kind of question
 * (src/nlu/orgAnswerMatch.ts, constants and threshold re-chosen on the tuning set), it scored 65/90 matched and 10/45
 * false matches (first run 61/90, 21/45). Since it reads words by meaning (src/nlu/orgAnswerConcepts.ts: concepts
 * in en / ru / fr, related concepts, what a question asks about a thing), it scores 66/90 matched and 4/45 false
 * matches (threshold 0.33, re-chosen on the tuning set); the figures may not drop below those.
 */
describeMatchingSet('organization answers: held-out phrasings', set, 'orgAnswersHeldout1.firstRun.json', {
  matched: 66 / 90,
  wrongOnNone: 4 / 45,
  why: 'the matcher reading words by meaning (66/90, 4/45)',
});
