/**
 * Chooses ORG_ANSWER_MATCH_THRESHOLD on the tuning set (test/fixtures/orgAnswersTuning.ts) and prints how
 * each threshold does. Run:
 *
 *   npx esbuild scripts/tune-org-answers.ts --bundle --platform=node --packages=external --outfile=.tmp/tune.js && node .tmp/tune.js
 *
 * A wrong organization answer misleads where the fallback only disappoints, so precision counts double:
 * F0.5 (a question caught by the wrong answer counts as a false positive and a missed one). Of the
 * thresholds within 0.005 of the best F0.5, the most precise are kept, and of those the middle one (a
 * plateau's edge is where a new phrasing tips over). The same search also chose COVERAGE_WEIGHT and
 * ONE_WORD_DAMPING, by hand, among a few values; the answer's own text was tried as evidence and did not help.
 */
import { ORG_ANSWERS_TUNING } from '../test/fixtures/orgAnswersTuning';
import { ORG_ANSWER_MATCH_THRESHOLD, scoreOrganizationAnswers } from '../src/nlu/orgAnswerMatch';
import type { Locale } from '../src/domain/types';

interface Trial {
  locale: Locale;
  text: string;
  /** The answer it asks for; undefined for a question no answer should catch. */
  expected?: string;
  best?: { key: string; score: number };
}

function trials(): Trial[] {
  const out: Trial[] = [];
  for (const locale of ['en', 'ru', 'fr'] as const) {
    const set = ORG_ANSWERS_TUNING[locale];
    const answers = set.answers.map((a) => ({ key: a.key, locale, question: a.question, phrasings: a.phrasings }));
    const best = (text: string) => {
      const [top] = scoreOrganizationAnswers(text, locale, answers);
      return top ? { key: top.answer.key, score: top.score } : undefined;
    };
    for (const a of set.answers) for (const text of a.asks) out.push({ locale, text, expected: a.key, best: best(text) });
    for (const text of [...set.others, ...set.nearMisses]) out.push({ locale, text, best: best(text) });
  }
  return out;
}

function evaluate(all: Trial[], threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const trial of all) {
    const served = trial.best && trial.best.score >= threshold ? trial.best.key : undefined;
    if (trial.expected) {
      if (served === trial.expected) tp += 1;
      else {
        fn += 1;
        if (served) fp += 1;
      }
    } else if (served) fp += 1;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f05 = precision + recall === 0 ? 0 : (1.25 * precision * recall) / (0.25 * precision + recall);
  return { tp, fp, fn, precision, recall, f05 };
}

const all = trials();
if (process.argv.includes('--verbose')) {
  for (const t of all) {
    const mark = t.expected ? (t.best?.key === t.expected ? 'ok ' : 'BAD') : '---';
    console.log(`${mark} ${t.locale} ${(t.best?.score ?? 0).toFixed(3)} ${t.best?.key ?? ''} ${t.expected ? `(wants ${t.expected})` : ''} | ${t.text}`);
  }
}
const rows: Array<{ threshold: number } & ReturnType<typeof evaluate>> = [];
for (let i = 10; i <= 90; i += 1) {
  const threshold = i / 100;
  const r = evaluate(all, threshold);
  rows.push({ threshold, ...r });
  if (i % 2 === 0 && i <= 50) console.log(`${threshold.toFixed(2)}  P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F0.5 ${r.f05.toFixed(3)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
}
const bestF = Math.max(...rows.map((r) => r.f05));
const near = rows.filter((r) => r.f05 >= bestF - 0.005);
const bestP = Math.max(...near.map((r) => r.precision));
const kept = near.filter((r) => r.precision === bestP);
const chosen = { threshold: kept[Math.floor((kept.length - 1) / 2)].threshold, f05: bestF };
const current = evaluate(all, ORG_ANSWER_MATCH_THRESHOLD);
console.log(`best F0.5 ${chosen.f05.toFixed(3)}; chosen threshold ${chosen.threshold.toFixed(2)}; ORG_ANSWER_MATCH_THRESHOLD = ${ORG_ANSWER_MATCH_THRESHOLD}: P ${current.precision.toFixed(3)} R ${current.recall.toFixed(3)} F0.5 ${current.f05.toFixed(3)}`);
