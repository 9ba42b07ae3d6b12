/**
 * One HTTP request with a time limit that covers the whole answer (headers and body): a
 * SharePoint that stops answering half-way is as stuck as one that never answers. The body
 * is read here, so the response handed on is complete.
 */
import { networkFault, subjectOfRequest, timeoutFault } from "./faults";

/** Statuses whose response may not carry a body. */
const NULL_BODY = new Set([101, 204, 205, 304]);

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Sends `init` to `url`, failing with a "timeout" SharePointError after `timeoutMs` and a
 * "network" one when the connection fails or is dropped.
 */
export async function fetchWithTimeout(
  fetchImpl: FetchFunction,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<Response> {
  const controller = new AbortController();
  let timedOut = false;
  const outer = init.signal;
  const abortWithOuter = () => controller.abort(outer?.reason);
  if (outer?.aborted) abortWithOuter();
  outer?.addEventListener("abort", abortWithOuter, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetchImpl(url, { ...init, signal: controller.signal });
    const body = NULL_BODY.has(response.status) ? null : await response.arrayBuffer();
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  } catch (error) {
    if (timedOut) throw timeoutFault(timeoutMs, subjectOfRequest(url), error);
    throw networkFault(new URL(url).host, error);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener("abort", abortWithOuter);
  }
}
