/**
 * A simulated Excel: the workbook model behind the RichApi protocol engine, answering
 * Microsoft's own Excel client library over its native bridge. It measures every request
 * and response as they cross the bridge, applies Excel on the web's 5 MB limit to each
 * ("Excel add-ins … payload size limit for requests and responses of 5 MB",
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * and sends `worksheets.onChanged` events for the add-in's own writes and for edits made
 * by the user or a co-author (`source: "Remote"`,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#events-and-coauthoring).
 *
 * Tests run the add-in's code against it in Node with `excel.run` (client.ts loads the
 * client library and routes its bridge here); the Chromium end-to-end test connects a page
 * to it over Playwright (browser/).
 */
import type { RangeRef } from "../../src/plan";
import { runInExcel, runInContext } from "./client";
import { HostError } from "./host-error";
import { hostNode, type HostScope } from "./host-types";
import { WORKBOOK } from "./excel/workbook";
import { answerMessage, changedEventMessage, isCleanup, parseRequest, refusal } from "./bridge-messages";
import type { ResponseBody } from "./protocol";
import { RichApiEngine, type NullDerived } from "./rich-api";
import { excelApiOf } from "./api-sets";
import { versionAtLeast, type OfficeShimOptions } from "./office-shim";
import { formatAddress } from "./workbook/addresses";
import { newBook, type BookModel, type SheetModel } from "./workbook/model";

/** Excel on the web's limit for one request and for one response. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** The ExcelApi version the add-in's manifest requires, and the simulated Excel's default. */
export const MANIFEST_EXCEL_API = "1.13";

export interface SimulatedExcelOptions {
  /** The largest request Excel accepts (default 5 MB). */
  readonly payloadLimitBytes?: number;
  /** The largest response Excel sends (default 5 MB). */
  readonly responseLimitBytes?: number;
  /** Whether values written just below a table extend it, as Excel's AutoCorrect does (default true). */
  readonly autoExpandTables?: boolean;
  /** The answer for an object derived from a null object (undocumented; default "error"). */
  readonly nullDerived?: NullDerived;
  /** The ExcelApi requirement set this Excel supports (default the manifest's, 1.13). */
  readonly excelApi?: string;
  /** Other requirement sets it supports, e.g. `{ NestedAppAuth: "1.1" }`. */
  readonly requirementSets?: Readonly<Record<string, string>>;
  /** `Office.context.document.url` (default ""). */
  readonly documentUrl?: string;
  /** The workbook uses the 1904 date system (default false). */
  readonly date1904?: boolean;
  /**
   * An Excel that behaves otherwise than documented, for the self-check's tests: strings
   * written to text-formatted cells are typed as in a General cell ("1.10" becomes 1.1).
   */
  readonly typesTextCells?: boolean;
  /**
   * What to do with a fault (something not modelled, or a bug of the host) besides answering
   * the client with an error. By default it is thrown where nothing catches it, which fails
   * the test run; the host's own tests collect it instead.
   */
  readonly onFault?: (fault: Error) => void;
}

/** One request as it crossed the bridge. */
export interface RequestRecord {
  /** UTF-8 bytes of the request's JSON body. */
  readonly requestBytes: number;
  /** UTF-8 bytes of the response's JSON body (0 while unanswered). */
  readonly responseBytes: number;
  /** Its actions as statements (rich-api.ts `labels`). */
  readonly labels: readonly string[];
  /** The error code Excel answered with, if any. */
  readonly error: string | null;
  /**
   * The client's own clean-up after `Excel.run` (it releases the references it kept, in a
   * request of its own that the run does not wait for): no sync of the add-in's.
   */
  readonly cleanup: boolean;
}

/** Where the host sends its answers and events: the client's `onMessageFromHost`. */
export interface HostEndpoint {
  deliver(message: string): void;
  /** Resolves once everything delivered so far has reached the client and its promise jobs have run. */
  settled?(): Promise<void>;
}

export type EditSource = "Local" | "Remote";

const utf8 = (text: string): number => Buffer.byteLength(text, "utf8");

let hosts = 0;

export class SimulatedExcel {
  readonly book: BookModel;
  readonly options: Required<Omit<SimulatedExcelOptions, "requirementSets" | "onFault">> & {
    readonly requirementSets: Readonly<Record<string, string>>;
  };
  /** Every request that reached the host, clean-ups included. */
  readonly requests: RequestRecord[] = [];
  /** Calls tests look for ("TableRowCollection.Add"). */
  readonly calls: string[] = [];
  /** Object paths derived from a null object that requests asked for (see `nullDerived`). */
  readonly nullDerivedPaths: string[] = [];
  /** What the host did not model, or failed at: each also fails the test run. */
  readonly faults: Error[] = [];
  /** When true, requests are taken but never answered, as Excel on the web sometimes does. */
  hang = false;
  /** The sync from which on requests go unanswered (`hangFrom`), or null. */
  private hangAt: number | null = null;
  autoExpandTables: boolean;
  /** The answer for an object derived from a null object, from the next request on. */
  nullDerived: NullDerived;

  private readonly engine: RichApiEngine;
  private readonly onFault: (fault: Error) => void;
  private readonly failures: { at: number; code: string }[] = [];
  private endpoint: HostEndpoint | null = null;
  private nextEventId = 1;

  constructor(options: SimulatedExcelOptions = {}, book: BookModel = newBook()) {
    this.book = book;
    this.options = {
      payloadLimitBytes: options.payloadLimitBytes ?? WEB_PAYLOAD_LIMIT,
      responseLimitBytes: options.responseLimitBytes ?? WEB_PAYLOAD_LIMIT,
      autoExpandTables: options.autoExpandTables ?? true,
      nullDerived: options.nullDerived ?? "error",
      excelApi: options.excelApi ?? MANIFEST_EXCEL_API,
      requirementSets: options.requirementSets ?? {},
      documentUrl: options.documentUrl ?? "",
      date1904: options.date1904 ?? book.date1904,
      typesTextCells: options.typesTextCells ?? false,
    };
    book.date1904 = this.options.date1904;
    this.autoExpandTables = this.options.autoExpandTables;
    this.nullDerived = this.options.nullDerived;
    this.onFault =
      options.onFault ??
      ((fault) =>
        setTimeout(() => {
          throw fault;
        }, 0));
    this.engine = new RichApiEngine(
      hostNode(WORKBOOK, book),
      {
        nullDerived: () => this.nullDerived,
        onNullDerived: (path) => this.nullDerivedPaths.push(path),
        supports: (type, member) => versionAtLeast(this.options.excelApi, excelApiOf(type, member)),
      },
      `sim${++hosts}:`,
    );
  }

  /** `Excel.run(batch)` against this Excel, with Microsoft's client library in this process. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    runInExcel(this, batch);

  /** `Excel.run(context, batch)`: a batch in an existing request context. */
  readonly runIn = <T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => runInContext(this, context, batch);

  /** Requests of the add-in's syncs (the client's clean-ups left out). */
  get syncs(): readonly RequestRecord[] {
    return this.requests.filter((r) => !r.cleanup);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** What `Office.context` answers while this Excel is the one the add-in talks to. */
  officeOptions(): OfficeShimOptions {
    return {
      requirementSets: { ...this.options.requirementSets, ExcelApi: this.options.excelApi },
      documentUrl: this.options.documentUrl,
    };
  }

  /** Whether a `worksheets.onChanged` handler is registered (by any request context). */
  get listensForChanges(): boolean {
    return this.engine.isRegistered("WorksheetCollection.DataChanged");
  }

  /** What every reference id this host hands out begins with ("sim3:"). */
  get referencePrefix(): string {
    return this.engine.referencePrefix;
  }

  /** Events sent so far, by source (the add-in's own writes count as "Local"). */
  readonly eventsSent: {
    readonly source: EditSource;
    readonly address: string;
    readonly triggerSource?: string;
  }[] = [];

  /**
   * Resolves once every answer and event sent so far has reached the client library and the
   * handlers it called have run their promise jobs: a point after which an event that was
   * not handled will not be. (The in-process bridge delivers in order, one macrotask each.)
   */
  eventsHandled(): Promise<void> {
    return this.endpoint?.settled?.() ?? Promise.resolve();
  }

  /** Makes the `nth` of the add-in's next syncs (1 = the next) fail with `code`, changing nothing. */
  failSync(nth: number, code = "GeneralException"): void {
    this.failures.push({ at: this.syncCount + nth, code });
  }

  /** From the `nth` of the add-in's next syncs (1 = the next) on, requests go unanswered, as with `hang`. */
  hangFrom(nth: number): void {
    this.hangAt = this.syncCount + nth;
  }

  /** Sends events from now on to `endpoint` (the page or process the add-in runs in). */
  connect(endpoint: HostEndpoint): void {
    this.endpoint = endpoint;
  }

  /** A message from the client (`sendMessageToHost`); the answer goes to `endpoint`. */
  receive(text: string, endpoint: HostEndpoint): void {
    this.endpoint = endpoint;
    const { id, body } = parseRequest(text);
    const requestBytes = utf8(JSON.stringify(body));
    const cleanup = isCleanup(body);
    const record = {
      requestBytes,
      responseBytes: 0,
      labels: [] as readonly string[],
      error: null as string | null,
      cleanup,
    };
    this.requests.push(record);
    if (this.hang || (this.hangAt !== null && this.syncCount >= this.hangAt)) return;

    const changes: { sheet: SheetModel; ref: RangeRef }[] = [];
    let response: ResponseBody;
    const failure = cleanup ? undefined : this.failures.find((f) => f.at === this.syncCount);
    if (failure || requestBytes > this.options.payloadLimitBytes) {
      record.labels = this.engine.labelsOf(body, this.scope(changes));
    }
    if (failure) {
      response = refusal(failure.code, "The simulated Excel was told to fail this request.", 500);
    } else if (requestBytes > this.options.payloadLimitBytes) {
      response = refusal(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${requestBytes} > ${this.options.payloadLimitBytes} bytes).`,
        413,
      );
    } else {
      const outcome = this.engine.process(body, this.scope(changes));
      record.labels = outcome.labels;
      if (outcome.fault) this.fail(outcome.fault.error, outcome.fault.action);
      response = outcome.response;
      const bytes = utf8(JSON.stringify(response));
      if (bytes > this.options.responseLimitBytes) {
        // The actions have run; only the answer is refused.
        response = refusal(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size has exceeded the limit (${bytes} > ${this.options.responseLimitBytes} bytes).`,
          413,
        );
      }
    }
    const responseText = JSON.stringify(response);
    record.responseBytes = utf8(responseText);
    record.error = response.Error?.Code ?? null;
    endpoint.deliver(answerMessage(id, responseText));
    for (const change of changes) this.emitChanged(change.sheet, change.ref, "Local", true);
  }

  /**
   * The user (`Local`) or a co-author (`Remote`) types `rows` into the sheet from `topLeft`:
   * the cells change and `worksheets.onChanged` fires, as in Excel.
   */
  edit(sheet: SheetModel, ref: RangeRef, write: () => void, source: EditSource): void {
    write();
    this.emitChanged(sheet, ref, source, false);
  }

  private scope(changes: { sheet: SheetModel; ref: RangeRef }[]): HostScope {
    return {
      book: this.book,
      autoExpandTables: this.autoExpandTables,
      typesTextCells: this.options.typesTextCells,
      record: (call) => this.calls.push(call),
      changed: (sheet, ref) => changes.push({ sheet, ref }),
    };
  }

  /**
   * `worksheets.onChanged` for a change, if anyone listens. From ExcelApi 1.14 the event says
   * whether this add-in made the change (`triggerSource: "ThisLocalAddin"`); before, nothing does.
   */
  private emitChanged(sheet: SheetModel, ref: RangeRef, source: EditSource, ownWrite: boolean): void {
    if (!this.listensForChanges || !this.endpoint) return;
    const address = formatAddress(sheet.name, ref).replace(/^.*!/, "");
    const triggerSource = versionAtLeast(this.options.excelApi, "1.14")
      ? { triggerSource: ownWrite ? ("ThisLocalAddin" as const) : ("Unknown" as const) }
      : {};
    const args = {
      type: "WorksheetChanged" as const,
      changeType: "RangeEdited" as const,
      source,
      worksheetId: sheet.id,
      address,
      ...triggerSource,
    };
    this.eventsSent.push({ source, address, ...triggerSource });
    this.endpoint.deliver(changedEventMessage(args, this.nextEventId++));
  }

  /** Fails the test run: the client got an error answer, and the test an uncaught error. */
  private fail(error: Error, action: string): void {
    const fault = new Error(`${error.message} (in ${action})`, { cause: error });
    fault.name = error instanceof HostError ? "SimulatedExcelNotModelled" : "SimulatedExcelFault";
    this.faults.push(fault);
    this.onFault(fault);
  }
}
