/**
 * The slice of the WHATWG fetch API the services use, so tests and hosts can inject their own client.
 * Node's global fetch satisfies it.
 */
export interface HttpRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  redirect?: 'follow' | 'manual' | 'error';
}

export interface HttpResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type FetchLike = (url: string, init: HttpRequestInit) => Promise<HttpResponseLike>;

export interface HttpTextResponse {
  status: number;
  headers: { get(name: string): string | null };
  body: string;
}

/** The request (headers and body) did not complete within its time budget. */
export class HttpTimeoutError extends Error {
  override name = 'HttpTimeoutError';
}

/** The request never produced a response (refused, reset, DNS, TLS...). */
export class HttpNetworkError extends Error {
  override name = 'HttpNetworkError';
}

/**
 * One request with a hard deadline covering the headers and the whole body. Never retries.
 * A body longer than `maxBodyChars` is an error: the callers only expect small JSON documents.
 */
export async function fetchText(
  fetch: FetchLike,
  url: string,
  init: Omit<HttpRequestInit, 'signal'>,
  timeoutMs: number,
  maxBodyChars = 1_000_000,
): Promise<HttpTextResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(url, { ...init, signal: controller.signal });
    const body = await res.text();
    if (body.length > maxBodyChars) throw new HttpNetworkError(`response body over ${maxBodyChars} characters`);
    return { status: res.status, headers: res.headers, body };
  } catch (err) {
    if (controller.signal.aborted) throw new HttpTimeoutError(`no complete response within ${timeoutMs} ms`);
    if (err instanceof HttpNetworkError) throw err;
    const cause = err instanceof Error ? ((err as { cause?: { code?: string } }).cause?.code ?? err.message) : 'unknown';
    throw new HttpNetworkError(`request failed: ${cause}`);
  } finally {
    clearTimeout(timer);
  }
}
