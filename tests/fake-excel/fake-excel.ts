/**
 * The fake Excel host: an in-memory workbook behind `run(batch)` (the fake `Excel.run`),
 * counting every `context.sync()` and measuring each batch as Excel on the web would, with
 * its 5 MB limits for a request and for a response. `hang` makes `sync()` never answer, as Excel on the web sometimes
 * does.
 */
import type { Action } from "./client-object";
import { payloadTooLarge, responseTooLarge } from "./errors";
import { newBook, type BookModel } from "./model";
import { FakeRequestContext } from "./request-context";

/** Excel on the web's limit for one request. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** The JSON around the actions of one request. */
const REQUEST_OVERHEAD = 200;

export interface FakeExcelOptions {
  readonly payloadLimitBytes?: number;
  /** The limit for one response (loaded values); Excel on the web's is also 5 MB. */
  readonly responseLimitBytes?: number;
  /** Whether values written just below a table extend it, as Excel's AutoCorrect does (default true). */
  readonly autoExpandTables?: boolean;
}

export interface BatchRecord {
  /** The request's size in bytes (JSON, UTF-8). */
  readonly bytes: number;
  /** The response's size in bytes (loaded values). */
  readonly responseBytes: number;
  readonly actions: number;
  readonly labels: readonly string[];
}

export type ChangeHandler = (args: Record<string, unknown>) => Promise<unknown> | void;

export class FakeExcel {
  readonly book: BookModel;
  readonly payloadLimitBytes: number;
  readonly responseLimitBytes: number;
  autoExpandTables: boolean;
  /** Every `context.sync()` that reached the host, including rejected ones. */
  syncCount = 0;
  readonly batches: BatchRecord[] = [];
  /** Calls the tests look for, e.g. "rows.add". */
  readonly calls: string[] = [];
  /** When true, `sync()` never settles. */
  hang = false;
  readonly handlers = { worksheetChanged: new Set<ChangeHandler>(), tableChanged: new Set<ChangeHandler>() };

  constructor(options: FakeExcelOptions = {}, book: BookModel = newBook()) {
    this.book = book;
    this.payloadLimitBytes = options.payloadLimitBytes ?? WEB_PAYLOAD_LIMIT;
    this.responseLimitBytes = options.responseLimitBytes ?? WEB_PAYLOAD_LIMIT;
    this.autoExpandTables = options.autoExpandTables ?? true;
  }

  /** `Excel.run(batch)` and `Excel.run(context, batch)`. */
  run = async <T>(
    first: ((context: FakeRequestContext) => Promise<T>) | { context?: unknown },
    second?: (context: FakeRequestContext) => Promise<T>,
  ): Promise<T> => {
    const batch = typeof first === "function" ? first : second;
    if (batch === undefined) throw new TypeError("run: no batch");
    const given = typeof first === "function" ? undefined : ((first.context ?? first) as FakeRequestContext);
    const context = given instanceof FakeRequestContext ? given : new FakeRequestContext(this);
    const result = batch(context);
    if (!(result instanceof Promise)) throw new TypeError("RunMustReturnPromise");
    const value = await result;
    if (context.pendingActions > 0) await context.sync();
    return value;
  };

  /** Sync counts since `since` (default: all). */
  syncsSince(since: number): number {
    return this.syncCount - since;
  }

  async _execute(actions: readonly Action[]): Promise<void> {
    this.syncCount++;
    const bytes = REQUEST_OVERHEAD + actions.reduce((sum, a) => sum + a.bytes, 0);
    const record = { bytes, responseBytes: 0, actions: actions.length, labels: actions.map((a) => a.label) };
    this.batches.push(record);
    if (bytes > this.payloadLimitBytes) throw payloadTooLarge(bytes, this.payloadLimitBytes);
    if (this.hang) return new Promise<void>(() => {});
    await Promise.resolve();
    for (const action of actions) action.run();
    record.responseBytes = actions.reduce((sum, a) => sum + (a.responseBytes ?? 0), 0);
    if (record.responseBytes > this.responseLimitBytes) {
      throw responseTooLarge(record.responseBytes, this.responseLimitBytes);
    }
    for (const action of actions) action.after?.();
  }

  /** Calls the registered `onChanged` handlers as Excel does after a user's edit. */
  async fireWorksheetChanged(worksheetId: string, address: string): Promise<void> {
    const args = {
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Local",
      worksheetId,
      address,
    };
    for (const handler of [...this.handlers.worksheetChanged]) await handler(args);
    for (const handler of [...this.handlers.tableChanged]) await handler({ ...args, type: "TableChanged" });
  }
}
