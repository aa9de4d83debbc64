import * as fs from 'node:fs';
import { matchOrganizationAnswer } from '../../src/nlu/orgAnswerMatch';
import type { Locale } from '../../src/domain/types';

export interface MatchingSet {
  SAVED_ANSWERS: ReadonlyArray<{ id: string; lang: Locale; question: string; phrasings: string[] }>;
  PROBES: ReadonlyArray<{ lang: Locale; text: string; expect: string | null }>;
}

/**
 * A held-out set of phrasings for matching the organization's answers, as a suite: prints the figures (matched,
 * another answer, false matches on questions with no answer, per language) and fails when they fall below the
 * set's recorded first run (`firstRunFile`, JSON { matched, wrongOnNone } in test/fixtures), or below `since` when a
 * later change of the matcher was accepted with its figures (the first run stays as it was recorded).
 */
export function describeMatchingSet(title: string, set: MatchingSet, firstRunFile: string, since?: { matched: number; wrongOnNone: number; why: string }): void {
  const firstRun = since ?? (JSON.parse(fs.readFileSync(`${__dirname}/../fixtures/${firstRunFile}`, 'utf8')) as { matched: number; wrongOnNone: number });
  describe(title, () => {
    const answers = set.SAVED_ANSWERS.map((a) => ({ ...a, locale: a.lang }));
    const results = set.PROBES.map((p) => ({ p, got: matchOrganizationAnswer(p.text, p.lang, answers)?.answer.id ?? null }));
    const shouldMatch = results.filter((r) => r.p.expect !== null);
    const shouldNot = results.filter((r) => r.p.expect === null);
    const right = shouldMatch.filter((r) => r.got === r.p.expect).length;
    const wrong = shouldNot.filter((r) => r.got !== null).length;
    const matched = right / shouldMatch.length;
    const wrongOnNone = wrong / shouldNot.length;

    it('prints the figures', () => {
      const wrongAnswer = shouldMatch.filter((r) => r.got !== null && r.got !== r.p.expect).length;
      console.log(
        [
          `matched ${right}/${shouldMatch.length} (${(matched * 100).toFixed(1)} %), another answer ${wrongAnswer}`,
          `false matches on questions with no answer: ${wrong}/${shouldNot.length} (${(wrongOnNone * 100).toFixed(1)} %)`,
          ...(['en', 'ru', 'fr'] as const).map((l) => {
            const mine = shouldMatch.filter((r) => r.p.lang === l);
            return `  ${l}: ${mine.filter((r) => r.got === r.p.expect).length}/${mine.length} matched`;
          }),
        ].join('\n'),
      );
    });

    it(since ? `does not fall below its figures since ${since.why}` : 'does not fall below its first run', () => {
      expect(matched).toBeGreaterThanOrEqual(firstRun.matched);
      expect(wrongOnNone).toBeLessThanOrEqual(firstRun.wrongOnNone);
    });
  });
}
