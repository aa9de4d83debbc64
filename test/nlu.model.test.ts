import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { captureLogger } from '../src/logger';
import { createRecognizer } from '../src/nlu';
import { corpusHash, IntentClassifier } from '../src/nlu/classifier';
import { writeModelFile } from '../src/nlu/modelFile';
import { createNlp, forgetPreparedTexts } from '../src/nlu/nlpjs';
import { PHRASINGS } from './fixtures/phrasings';

/** The model trained at build time (scripts/train-nlu.ts) and the one trained at start behave alike. */
describe('model file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nlu-model-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function sourceOf(lines: string[]): Record<string, unknown> {
    const ready = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'nlu model ready');
    if (!ready) throw new Error(`no "nlu model ready" line in ${lines.join('\n')}`);
    return ready;
  }

  it('is loaded when present and current, and reads messages as a freshly trained model does', async () => {
    const path = join(dir, 'model.json');
    await writeModelFile(path, (await IntentClassifier.train()).toModel(corpusHash()));
    const { logger, lines } = captureLogger('info');
    const loaded = await createRecognizer({ modelPath: path, logger });
    expect(sourceOf(lines)).toMatchObject({ source: 'file' });
    const trained = await createRecognizer({ useModelFile: false });
    for (const p of PHRASINGS.filter((_, i) => i % 5 === 0)) {
      expect(await loaded.recognize(p.text)).toEqual(await trained.recognize(p.text));
    }
  });

  it('is ignored when it was trained on another corpus, and the recognizer trains instead', async () => {
    const path = join(dir, 'stale.json');
    await writeModelFile(path, (await IntentClassifier.train()).toModel('another corpus'));
    const { logger, lines } = captureLogger('info');
    const recognizer = await createRecognizer({ modelPath: path, logger });
    expect(sourceOf(lines)).toMatchObject({ source: 'trained', reason: 'stale' });
    expect((await recognizer.recognize('how many incidents do we have left?')).intent).toBe('incidentsRemaining');
  });

  it('is trained for when missing, and a corrupt file is reported, not fatal', async () => {
    const missing = captureLogger('info');
    await createRecognizer({ modelPath: join(dir, 'nothing-here.json'), logger: missing.logger });
    expect(sourceOf(missing.lines)).toMatchObject({ source: 'trained', reason: 'missing' });

    const corrupt = join(dir, 'corrupt.json');
    writeFileSync(corrupt, '{"format":');
    const broken = captureLogger('info');
    const recognizer = await createRecognizer({ modelPath: corrupt, logger: broken.logger });
    expect(sourceOf(broken.lines)).toMatchObject({ source: 'trained', reason: 'unreadable' });
    expect(broken.lines.some((l) => l.includes('nlu model file unreadable'))).toBe(true);
    expect((await recognizer.recognize('who can activate?')).intent).toBe('activation');
  });

  it('holds no training sentences for NLP.js’s language guesser', async () => {
    const path = join(dir, 'small.json');
    await writeModelFile(path, (await IntentClassifier.train()).toModel(corpusHash()));
    const model = JSON.parse(readFileSync(path, 'utf8')) as { nlp: { nluManager: { extraSentences: unknown[] } } };
    expect(model.nlp.nluManager.extraSentences).toEqual([]);
  });

  it('can empty NLP.js’s cache of prepared texts (which otherwise grows with every new message)', async () => {
    const nlp = createNlp({ useNoneFeature: true, spellCheck: true });
    nlp.addDocument('en', 'how many incidents', 'incidents');
    nlp.addDocument('en', 'who can activate', 'activation');
    await nlp.train();
    await nlp.nluManager.process('en', 'a message never seen before');
    const cached = () =>
      Object.values(nlp.nluManager.domainManagers.en.domains)
        .map((d) => Object.keys((d.cache?.results.en as object | undefined) ?? {}).length)
        .reduce((a, b) => a + b, 0);
    expect(cached()).toBeGreaterThan(0);
    // NLP.js's English tokenizer and stemmer keep the text's tokens and the words' stems too.
    const heldByLanguage = () =>
      ['tokenizer-en', 'stemmer-en']
        .map((name) => JSON.stringify((nlp.container.get(name) as { cache?: object }).cache ?? {}))
        .join(' ');
    expect(heldByLanguage()).toMatch(/never/);
    forgetPreparedTexts(nlp);
    expect(cached()).toBe(0);
    expect(heldByLanguage()).not.toMatch(/never/);
  });
});
