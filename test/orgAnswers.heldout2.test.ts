import * as fs from 'node:fs';
import { matchOrganizationAnswer } from '../src/nlu/orgAnswerMatch';
import { PROBES, SAVED_ANSWERS } from './fixtures/orgAnswersHeldout2';

/**
 * Held-out phrasings for matching the organization's answers, set 2: a second writer with another theme (an
 * integrator's internal helpdesk), who had seen neither the retrieval code, its tuning set nor set 1: 36 answers,
 * 135 probes (90 should find one answer, 45 none). Run once after the matcher weighed words by how common they
 * are in questions about the article (the threshold re-chosen on the tuning set, 0.17); that first run is in
 * test/fixtures/orgAnswersHeldout2.firstRun.txt, and the figures may not drop below it.
 */
const FIRST_RUN = JSON.parse(fs.readFileSync(`${__dirname}/fixtures/orgAnswersHeldout2.firstRun.json`, 'utf8')) as { matched: number; wrongOnNone: number };

describe('organization answers: held-out phrasings, set 2', () => {
  const answers = SAVED_ANSWERS.map((a) => ({ ...a, locale: a.lang }));
  const results = PROBES.map((p) => {
    const found = matchOrganizationAnswer(p.text, p.lang, answers);
    return { p, got: found?.answer.id ?? null };
  });
  const shouldMatch = results.filter((r) => r.p.expect !== null);
  const shouldNot = results.filter((r) => r.p.expect === null);
  const matched = shouldMatch.filter((r) => r.got === r.p.expect).length / shouldMatch.length;
  const wrongOnNone = shouldNot.filter((r) => r.got !== null).length / shouldNot.length;

  it('prints the figures', () => {
    const wrongAnswer = shouldMatch.filter((r) => r.got !== null && r.got !== r.p.expect).length;
    console.log(
      [
        `matched ${shouldMatch.filter((r) => r.got === r.p.expect).length}/${shouldMatch.length} (${(matched * 100).toFixed(1)} %), another answer ${wrongAnswer}`,
        `false matches on questions with no answer: ${shouldNot.filter((r) => r.got !== null).length}/${shouldNot.length} (${(wrongOnNone * 100).toFixed(1)} %)`,
        ...['en', 'ru', 'fr'].map((l) => {
          const mine = shouldMatch.filter((r) => r.p.lang === l);
          return `  ${l}: ${mine.filter((r) => r.got === r.p.expect).length}/${mine.length} matched`;
        }),
      ].join('\n'),
    );
  });

  it('does not fall below its first run', () => {
    expect(matched).toBeGreaterThanOrEqual(FIRST_RUN.matched);
    expect(wrongOnNone).toBeLessThanOrEqual(FIRST_RUN.wrongOnNone);
  });
});
