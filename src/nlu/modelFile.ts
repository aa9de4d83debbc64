import { promises as fs } from 'fs';
import { dirname, resolve } from 'path';
import { ModelFile } from './classifier';

/**
 * Where `scripts/train-nlu.ts` writes the trained model and `createRecognizer` looks for it:
 * `dist/nlu/model.json` for the compiled app (this file runs from dist/src/nlu/).
 */
export const DEFAULT_MODEL_PATH = resolve(__dirname, '..', '..', 'nlu', 'model.json');

/** The model file, or undefined when there is none. Any other failure is thrown. */
export async function readModelFile(path: string): Promise<ModelFile | undefined> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  return JSON.parse(text) as ModelFile;
}

export async function writeModelFile(path: string, model: ModelFile): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true });
  await fs.writeFile(path, JSON.stringify(model));
}
