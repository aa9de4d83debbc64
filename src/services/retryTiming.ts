/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date. Undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim();
  if (v === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so retries from many
 * clients spread out but never collapse to zero. `attempt` counts from 0 (the first retry).
 */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const step = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(step / 2 + (step / 2) * random());
}

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

type HeaderBag = { get?: (name: string) => string | null | undefined } & Record<string, unknown>;

/** HTTP status of a connector failure: RestError.statusCode, or the response's status. */
export function statusOf(err: unknown): number | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const e = err as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } };
  for (const v of [e.statusCode, e.response?.status, e.status]) if (typeof v === 'number') return v;
  return undefined;
}

/** Retry-After from a RestError's response headers (HttpHeaders with get(), or a plain object). */
export function retryAfterOf(err: unknown): string | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const e = err as { response?: { headers?: HeaderBag }; headers?: HeaderBag };
  for (const headers of [e.response?.headers, e.headers]) {
    if (!headers) continue;
    const v = typeof headers.get === 'function' ? headers.get('retry-after') : (headers['retry-after'] ?? headers['Retry-After']);
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return undefined;
}
