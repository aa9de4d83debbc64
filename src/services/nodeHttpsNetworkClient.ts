import http from 'node:http';
import https from 'node:https';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

export interface NodeHttpsNetworkClientOptions {
  /**
   * Extra trust anchors (PEM). When given they REPLACE the system CAs for these requests, exactly like
   * Node's `ca` option: for a private cloud's authority, or a test Entra on 127.0.0.1 with a self-signed cert.
   */
  ca?: string | Buffer | Array<string | Buffer>;
  /** Deadline per request when msal gives none (msal only passes one for some GETs). */
  timeoutMs?: number;
  /** Largest response accepted; token and metadata responses are a few KB. */
  maxResponseBytes?: number;
}

/**
 * msal-node's HTTP client (`system.networkClient`) over node:https. msal-node 7's default client uses the
 * global fetch, which cannot be given a CA per client; this one can, and it is still the real HTTP path
 * msal uses in production (plain https with the system trust store when no `ca` is set).
 */
export class NodeHttpsNetworkClient implements INetworkModule {
  private readonly timeoutMs: number;
  private readonly maxResponseBytes: number;

  constructor(private readonly options: NodeHttpsNetworkClientOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxResponseBytes = options.maxResponseBytes ?? 1_000_000;
  }

  sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions, timeout?: number): Promise<NetworkResponse<T>> {
    return this.send<T>('GET', url, options, timeout);
  }

  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.send<T>('POST', url, options);
  }

  private send<T>(method: 'GET' | 'POST', url: string, options?: NetworkRequestOptions, timeout?: number): Promise<NetworkResponse<T>> {
    const target = new URL(url);
    const transport = target.protocol === 'http:' ? http : https;
    const headers: Record<string, string> = { ...(options?.headers ?? {}) };
    const body = method === 'POST' ? (options?.body ?? '') : undefined;
    if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
    const deadline = timeout && timeout > 0 ? timeout : this.timeoutMs;

    return new Promise<NetworkResponse<T>>((resolveRaw, rejectRaw) => {
      // A hard deadline for the whole exchange (a socket idle timeout would let a slow drip run forever).
      const timer = setTimeout(
        () => req.destroy(new Error(`request to ${target.host} timed out after ${deadline} ms`)),
        deadline,
      );
      const resolve = (v: NetworkResponse<T>) => {
        clearTimeout(timer);
        resolveRaw(v);
      };
      const reject = (e: unknown) => {
        clearTimeout(timer);
        rejectRaw(e);
      };
      const req = transport.request(
        target,
        { method, headers, ...(target.protocol === 'https:' && this.options.ca ? { ca: this.options.ca } : {}) },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > this.maxResponseBytes) {
              req.destroy(new Error(`response from ${target.host} over ${this.maxResponseBytes} bytes`));
              return;
            }
            chunks.push(chunk);
          });
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = {};
            try {
              if (text.trim() !== '') parsed = JSON.parse(text);
            } catch {
              reject(new Error(`non-JSON response from ${target.host}${target.pathname} (HTTP ${res.statusCode})`));
              return;
            }
            resolve({ status: res.statusCode ?? 0, headers: flattenHeaders(res.headers), body: parsed as T });
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}
