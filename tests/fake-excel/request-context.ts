/**
 * The fake `Excel.RequestContext`: queues actions and sends them to the fake host as one
 * batch in `sync()`.
 */
import type { Action } from "./client-object";
import type { FakeExcel } from "./fake-excel";
import { FakeWorkbook } from "./workbook";

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  /** Office.js's tracked objects; the fake keeps every proxy valid across batches. */
  readonly trackedObjects = { add: (): void => {}, remove: (): void => {} };
  private queue: Action[] = [];

  constructor(readonly host: FakeExcel) {
    this.workbook = new FakeWorkbook(this)._resolved(host.book);
  }

  _enqueue(action: Action): void {
    this.queue.push(action);
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    return this.host._execute(batch);
  }
}
