/**
 * Chooses ORG_ANSWER_MATCH_THRESHOLD and ORG_ANSWER_MATCH_CONSTANTS on the tuning set
 * (test/fixtures/orgAnswersTuning.ts: its answers' other wordings, its other questions and its near misses) and
 * prints how each threshold does. Run:
 *
 *   npx esbuild scripts/tune-org-answers.ts --bundle --platform=node --packages=external --outfile=.tmp/tune.js && node .tmp/tune.js [--verbose | --grid]
 *
 * A wrong organization answer misleads where the fallback only disappoints, but an answer never found is no use
 * either: of the thresholds that find at least the issue's 85 % of the questions with an answer, the one with the
 * fewest false matches on questions with none is kept (then the fewest wrong answers, then the most found; of a
 * plateau, the middle). `--grid` does the same for every combination of GRID and prints the best (about a minute).
 * F0.5, the earlier rule, chose a threshold that found barely more than half once the near misses were in the set.
 * Also tried and not kept (no better on the tuning set): the share of the closest phrasing the question has (the
 * answer's key words asked about too), a cut when the question's rarest word is not the answer's; and earlier the
 * answer's own text as evidence.
 */
import { ORG_ANSWERS_TUNING } from '../test/fixtures/orgAnswersTuning';
import { ORG_ANSWER_MATCH_CONSTANTS, ORG_ANSWER_MATCH_THRESHOLD, scoreOrganizationAnswers, type OrgAnswerMatchConstants } from '../src/nlu/orgAnswerMatch';
import type { Locale } from '../src/domain/types';

interface Trial {
  locale: Locale;
  text: string;
  /** The answer it asks for; undefined for a question no answer should catch. */
  expected?: string;
  best?: { key: string; score: number };
}

function trials(constants: Readonly<OrgAnswerMatchConstants>): Trial[] {
  const out: Trial[] = [];
  for (const locale of ['en', 'ru', 'fr'] as const) {
    const set = ORG_ANSWERS_TUNING[locale];
    const answers = set.answers.map((a) => ({
      key: a.key,
      locale,
      question: a.question,
      phrasings: a.phrasings,
    }));
    const best = (text: string) => {
      const [top] = scoreOrganizationAnswers(text, locale, answers, constants);
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
  let none = 0;
  let falseOnNone = 0;
  for (const trial of all) {
    const served = trial.best && trial.best.score >= threshold ? trial.best.key : undefined;
    if (trial.expected) {
      if (served === trial.expected) tp += 1;
      else {
        fn += 1;
        if (served) fp += 1;
      }
    } else {
      none += 1;
      if (served) {
        fp += 1;
        falseOnNone += 1;
      }
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f05 = precision + recall === 0 ? 0 : (1.25 * precision * recall) / (0.25 * precision + recall);
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f05,
    falseRate: falseOnNone / Math.max(1, none),
  };
}

type Row = { threshold: number } & ReturnType<typeof evaluate>;

/** The issue's target for the share of questions with an answer that find it. */
const RECALL_TARGET = 0.85;

/**
 * The threshold of a set of trials: of those that find at least RECALL_TARGET of the questions with an answer, the
 * fewest false matches on questions with none, then the fewest wrong answers, then the most found; of those the
 * middle one (a plateau's edge is where a new phrasing tips over). Undefined when no threshold reaches the target.
 */
function choose(all: Trial[], print = false): Row | undefined {
  const rows: Row[] = [];
  for (let i = 5; i <= 90; i += 1) {
    const threshold = i / 100;
    const r = evaluate(all, threshold);
    rows.push({ threshold, ...r });
    if (print && i % 2 === 0 && i <= 50)
      console.log(
        `${threshold.toFixed(2)}  P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  false ${(r.falseRate * 100).toFixed(1)} %  F0.5 ${r.f05.toFixed(3)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`,
      );
  }
  const ok = rows.filter((r) => r.recall >= RECALL_TARGET);
  if (ok.length === 0) return undefined;
  const better = (a: Row, b: Row) => a.falseRate - b.falseRate || a.fp - b.fp || b.recall - a.recall;
  ok.sort(better);
  const kept = ok.filter((r) => better(r, ok[0]) === 0).sort((a, b) => a.threshold - b.threshold);
  return kept[Math.floor((kept.length - 1) / 2)];
}

const GRID: { [K in keyof OrgAnswerMatchConstants]: number[] } = {
  coverageWeight: [0.85, 1],
  unexplainedWeight: [0, 0.5, 1],
  evidenceNeeded: [0, 1.5, 2, 2.5],
  quantityMismatch: [1, 0.6, 0.3],
};

function* combinations(): Generator<OrgAnswerMatchConstants> {
  const keys = Object.keys(GRID) as (keyof OrgAnswerMatchConstants)[];
  const walk = function* (i: number, acc: Partial<OrgAnswerMatchConstants>): Generator<OrgAnswerMatchConstants> {
    if (i === keys.length) {
      yield acc as OrgAnswerMatchConstants;
      return;
    }
    for (const v of GRID[keys[i]]) yield* walk(i + 1, { ...acc, [keys[i]]: v });
  };
  yield* walk(0, {});
}

const show = (c: Readonly<OrgAnswerMatchConstants>) =>
  Object.entries(c)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

if (process.argv.includes('--grid')) {
  // Each combination with its own threshold, compared as thresholds are (see choose); a last tie goes to the first
  // combination in GRID order (the first value of each is the mechanism off).
  const results = [...combinations()].map((c) => ({ c, r: choose(trials(c)) })).filter((x): x is { c: OrgAnswerMatchConstants; r: Row } => x.r !== undefined);
  results.sort((a, b) => a.r.falseRate - b.r.falseRate || a.r.fp - b.r.fp || b.r.recall - a.r.recall);
  for (const { c, r } of results.slice(0, 15))
    console.log(`false ${(r.falseRate * 100).toFixed(1)} % P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} t ${r.threshold.toFixed(2)} | ${show(c)}`);
  const pick = results[0];
  console.log(
    `chosen: ${show(pick.c)}; threshold ${pick.r.threshold.toFixed(2)} (P ${pick.r.precision.toFixed(3)} R ${pick.r.recall.toFixed(3)} false ${(pick.r.falseRate * 100).toFixed(1)} %)`,
  );
} else {
  const all = trials(ORG_ANSWER_MATCH_CONSTANTS);
  if (process.argv.includes('--verbose')) {
    for (const t of all) {
      const mark = t.expected ? (t.best?.key === t.expected ? 'ok ' : 'BAD') : '---';
      console.log(`${mark} ${t.locale} ${(t.best?.score ?? 0).toFixed(3)} ${t.best?.key ?? ''} ${t.expected ? `(wants ${t.expected})` : ''} | ${t.text}`);
    }
  }
  const chosen = choose(all, true);
  const current = evaluate(all, ORG_ANSWER_MATCH_THRESHOLD);
  console.log(`constants: ${show(ORG_ANSWER_MATCH_CONSTANTS)}`);
  console.log(
    `chosen threshold ${chosen ? chosen.threshold.toFixed(2) : `none (no threshold finds ${RECALL_TARGET * 100} %)`}; ORG_ANSWER_MATCH_THRESHOLD = ${ORG_ANSWER_MATCH_THRESHOLD}: P ${current.precision.toFixed(3)} R ${current.recall.toFixed(3)} false ${(current.falseRate * 100).toFixed(1)} %`,
  );
}
