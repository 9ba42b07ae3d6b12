/**
 * The send step of every request: SharePoint answers 429 (throttled) or 503 (busy) when it
 * wants us to slow down, usually with Retry-After. We wait as asked and try again, a bounded
 * number of times and within a total waiting time; then give up with a clear message.
 */
import type { TimelinePipe } from "@pnp/core";
import type { Queryable } from "@pnp/queryable";
import { throttledFault } from "./faults";
import { fetchWithTimeout, type FetchFunction } from "./timeout";

export interface RetryOptions {
  /** Tries in all, the first one included (default 4). */
  readonly maxAttempts?: number;
  /** The longest we wait in total between tries, in ms (default 60 000). */
  readonly maxTotalWaitMs?: number;
  /** The first wait when there is no Retry-After, in ms, doubled each time (default 1 000). */
  readonly baseDelayMs?: number;
}

export interface SendOptions {
  readonly retry?: RetryOptions;
  /** Time limit for each try, in ms (default 60 000). */
  readonly timeoutMs?: number;
  /** The fetch to use (default: the global fetch). */
  readonly fetch?: FetchFunction;
  /** How to wait (tests may pass a recording one). */
  readonly sleep?: (ms: number) => Promise<void>;
}

const RETRY_STATUSES = new Set([429, 503]);
export const DEFAULT_TIMEOUT_MS = 60_000;

const delay = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** The wait a Retry-After header asks for (delta-seconds or an HTTP date), or null. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === "") return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** How long to wait before try `attempt + 1`. */
export function retryDelay(response: Response, attempt: number, baseDelayMs: number, now: number): number {
  return retryAfterMs(response.headers.get("Retry-After"), now) ?? baseDelayMs * 2 ** (attempt - 1);
}

/** Replaces the send step with fetch + time limit + retries for 429 and 503. */
export function retryingSend(options: SendOptions = {}): TimelinePipe<Queryable> {
  const maxAttempts = Math.max(1, options.retry?.maxAttempts ?? 4);
  const maxTotalWaitMs = options.retry?.maxTotalWaitMs ?? 60_000;
  const baseDelayMs = options.retry?.baseDelayMs ?? 1_000;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const sleep = options.sleep ?? delay;
  return (instance) => {
    instance.on.send.replace(async (url: URL, init: RequestInit): Promise<Response> => {
      const fetchImpl = options.fetch ?? ((input, requestInit) => fetch(input, requestInit));
      let waited = 0;
      for (let attempt = 1; ; attempt++) {
        const response = await fetchWithTimeout(fetchImpl, url.toString(), init, timeoutMs);
        if (!RETRY_STATUSES.has(response.status)) return response;
        const wait = retryDelay(response, attempt, baseDelayMs, Date.now());
        if (attempt >= maxAttempts || waited + wait > maxTotalWaitMs) {
          throw throttledFault(response.status, attempt);
        }
        await sleep(wait);
        waited += wait;
      }
    });
    return instance;
  };
}
