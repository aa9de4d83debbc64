/**
 * `node dist/scripts/train-nlu.js [path]`: trains the intent classifier on src/nlu/corpus and writes
 * the model (default dist/nlu/model.json, where createRecognizer looks), so the bot loads it at start
 * instead of training. A model whose corpus hash does not match the code is ignored at start, so a
 * stale file costs a retrain, never wrong answers.
 */
import { corpusHash, IntentClassifier } from '../src/nlu/classifier';
import { DEFAULT_MODEL_PATH, writeModelFile } from '../src/nlu/modelFile';

async function main(): Promise<void> {
  const path = process.argv[2] ?? DEFAULT_MODEL_PATH;
  const started = performance.now();
  const classifier = await IntentClassifier.train();
  const trainedMs = performance.now() - started;
  await writeModelFile(path, classifier.toModel(corpusHash()));
  process.stdout.write(`nlu model written to ${path} (trained in ${Math.round(trainedMs)} ms)\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`train-nlu failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
