import { LruCache } from '../lruCache';
import { Locale } from '../domain/types';
import type { Recognition, Recognizer } from './recognizer';

/**
 * Remembers recent recognitions: people repeat the same questions (and follow-up buttons send the same
 * text), and recognition is pure, so the same text and hint give the same result.
 */
export class MemoizedRecognizer implements Recognizer {
  private readonly cache: LruCache<Recognition>;

  constructor(
    private readonly inner: Recognizer,
    capacity = 2000,
  ) {
    this.cache = new LruCache<Recognition>(capacity);
  }

  async recognize(text: string, hint?: Locale): Promise<Recognition> {
    const key = `${hint ?? ''}\u0000${text}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const result = await this.inner.recognize(text, hint);
    const frozen: Recognition = Object.freeze({ ...result, slots: Object.freeze({ ...result.slots }) });
    this.cache.set(key, frozen);
    return frozen;
  }
}
