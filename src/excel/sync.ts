/**
 * One `Excel.run` as a session: settles each `context.sync()` within a time limit (Excel on
 * the web can hang without an error) and turns a hang into an `ExcelError`.
 */
import { EXCEL_MESSAGES, ExcelError } from "./excel-error";

/** How long one sync may take before the user is told that Excel does not answer. */
export const DEFAULT_SYNC_TIMEOUT_MS = 30_000;

/** `Excel.run`: runs a batch function with a fresh request context. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Waits for `pending` (a `context.sync()`), rejecting with an ExcelError after `timeoutMs`. */
export async function settleWithin(pending: Promise<unknown>, timeoutMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new ExcelError(EXCEL_MESSAGES.timeout(Math.round(timeoutMs / 1000)), { code: "Timeout" }));
    }, timeoutMs);
  });
  try {
    await Promise.race([pending, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export class Session {
  constructor(
    readonly context: Excel.RequestContext,
    readonly timeoutMs: number,
    /** Bytes one request may carry (Excel on the web: 5 MB). */
    readonly payloadLimit: number,
    /** The workbook counts dates from 1904, as its last read found (dates are written so). */
    readonly date1904 = false,
  ) {}

  /** Use as `await session.settle(context.sync())`. */
  settle(pending: Promise<unknown>): Promise<void> {
    return settleWithin(pending, this.timeoutMs);
  }
}
