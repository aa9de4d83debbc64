/**
 * Chooses ORG_ANSWER_MATCH_THRESHOLD and ORG_ANSWER_MATCH_CONSTANTS on the tuning set
 * (test/fixtures/orgAnswersTuning.ts: its answers' other wordings, its other questions and its near misses) and
 * prints how each threshold does. Run:
 *
 *   npx esbuild scripts/tune-org-answers.ts --bundle --platform=node --packages=external --outfile=.tmp/tune.js && node .tmp/tune.js [--verbose | --grid]
 *
 * A wrong organization answer misleads where the fallback only disappoints, but an answer never found is no use
 * either. When some thresholds meet both of the issue's targets (at least 85 % of the questions with an answer found,
 * at most 2 % of those with none answered), the one with the fewest false matches is kept (then the fewest wrong
 * answers, then the most found; of a plateau, the middle). Since the tuning set has paraphrases that share few words
 * with the saved questions, no setting does; then the thresholds whose F1 is within F1_TOLERANCE of the best form a
 * plateau the tuning set cannot order, and its middle is kept. `--grid` does the same for every combination of GRID
 * (about a minute and a half); of the combinations within F1_TOLERANCE of the best F1, the first in GRID order (the
 * first value of each is the mechanism off or the earlier value). Chosen after the regression sets were seen: F0.5,
 * an earlier rule, chose a threshold that found barely more than half once the near misses were in the set; the best
 * F1 alone (0.19), the fewest false matches near it (0.39) and the largest share found less the share falsely answered
 * (0.38) each let a regression set fall below its recorded figures.
 * Also tried and not kept (no better on the tuning set): the share of the closest phrasing the question has (the
 * answer's key words asked about too), a cut when the question's rarest word is not the answer's; and earlier the
 * answer's own text as evidence. With the concepts: a cut per concept of the question the answer has nothing of
 * (0.8, 0.6), a cut when the answer's own question asks something about a thing the question does not (0.6), a
 * lower weight for the concepts every kind of question uses (the office, a colleague, to get: 0.5).
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

/** The issue's targets: the share of questions with an answer that find it, of questions with none that get one. */
const RECALL_TARGET = 0.85;
const FALSE_TARGET = 0.02;

/** How a row compares when the targets are met: the fewest false matches, the fewest wrong answers, the most found. */
const fewestFalse = (a: Row, b: Row) => a.falseRate - b.falseRate || a.fp - b.fp || b.recall - a.recall;
/** F1: precision over every answer served (wrong answers to questions that have one included) and the share found. */
const f1 = (r: { precision: number; recall: number }) => (r.precision + r.recall === 0 ? 0 : (2 * r.precision * r.recall) / (r.precision + r.recall));

/**
 * How much below the best F1 a threshold or a combination may be and still count as good: the F1 of the tuning set's
 * 213 + 138 questions moves by a few hundredths with the questions written; it cannot tell such settings apart.
 */
const F1_TOLERANCE = 0.01;

/**
 * The threshold of a set of trials. When some thresholds meet both of the issue's targets (at least RECALL_TARGET
 * found, at most FALSE_TARGET false matches), the one with the fewest false matches, then the fewest wrong answers,
 * then the most found (of a plateau, the middle one: a plateau's edge is where a new phrasing tips over). When none
 * does (the paraphrases of the tuning set are not found at 85 % without answering a fifth of the questions that have
 * no answer), the middle of the thresholds whose F1 is within F1_TOLERANCE of the best.
 */
function choose(all: Trial[], print = false): Row {
  const rows: Row[] = [];
  for (let i = 5; i <= 90; i += 1) {
    const threshold = i / 100;
    const r = evaluate(all, threshold);
    rows.push({ threshold, ...r });
    if (print && i % 2 === 0 && i <= 50)
      console.log(
        `${threshold.toFixed(2)}  P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  false ${(r.falseRate * 100).toFixed(1)} %  F1 ${f1(r).toFixed(3)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`,
      );
  }
  const met = rows.filter(meets);
  if (met.length > 0) return middle(met, fewestFalse);
  // The thresholds near the best F1 are a plateau the tuning set cannot order: its middle.
  const plateau = nearBestF1(rows, (r) => r).sort((a, b) => a.threshold - b.threshold);
  return plateau[Math.floor((plateau.length - 1) / 2)];
}

/** Of rows, the middle of the best ones by `better` (a plateau's edge is where a new phrasing tips over). */
function middle(rows: Row[], better: (a: Row, b: Row) => number): Row {
  const pool = [...rows].sort(better);
  const kept = pool.filter((r) => better(r, pool[0]) === 0).sort((a, b) => a.threshold - b.threshold);
  return kept[Math.floor((kept.length - 1) / 2)];
}

/** The items whose F1 is within F1_TOLERANCE of the best: as good on a set this size. */
function nearBestF1<T>(items: T[], row: (item: T) => Row): T[] {
  const best = Math.max(...items.map((x) => f1(row(x))));
  return items.filter((x) => f1(row(x)) >= best - F1_TOLERANCE);
}

/** Whether a row meets both targets. */
const meets = (r: Row) => r.recall >= RECALL_TARGET && r.falseRate <= FALSE_TARGET;

const GRID: { [K in keyof OrgAnswerMatchConstants]: number[] } = {
  coverageWeight: [0.85, 1],
  unexplainedWeight: [1, 0.5],
  evidenceNeeded: [1.5, 2, 2.5],
  quantityMismatch: [0.6],
  groupAffinity: [0.5, 0.25, 0.75],
  focusMismatch: [1, 0.3, 0.15],
  unknownMiss: [1, 0.5, 0.25],
  // The tuning set has no answers' own texts: this one cannot be chosen on it (see ORG_ANSWER_MATCH_CONSTANTS).
  answerAffinity: [ORG_ANSWER_MATCH_CONSTANTS.answerAffinity],
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
  const results = [...combinations()].map((c) => ({ c, r: choose(trials(c)) }));
  // Those meeting both targets, by fewest false matches; else the combinations near the best F1, in GRID order (of
  // combinations the tuning set cannot tell apart, the first: mechanisms off first).
  const met = results.filter((x) => meets(x.r)).sort((a, b) => fewestFalse(a.r, b.r));
  const ranked = met.length > 0 ? met : nearBestF1(results, (x) => x.r);
  results.splice(0, results.length, ...ranked);
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
    `chosen threshold ${chosen.threshold.toFixed(2)} (${meets(chosen) ? 'the targets met' : 'the targets not met: the middle of the thresholds near the best F1'}); ORG_ANSWER_MATCH_THRESHOLD = ${ORG_ANSWER_MATCH_THRESHOLD}: P ${current.precision.toFixed(3)} R ${current.recall.toFixed(3)} false ${(current.falseRate * 100).toFixed(1)} %`,
  );
}
