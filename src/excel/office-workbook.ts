/**
 * The workbook port over Office.js: the plan's use cases read and write the open workbook
 * through `Excel.run`. Each method is one `Excel.run` with as few syncs as its work allows
 * (reading a plan: one; writing a report or follow-up rows: two more), each sync under a
 * time limit and each request under Excel on the web's 5 MB limit.
 *
 * Construct with the function that runs a batch (tests give the simulated Excel's):
 * `new OfficeWorkbook({ run: (batch) => Excel.run(batch) })`.
 */
import type {
  BindingOperation,
  BindingPort,
  BoundTable,
  CellInput,
  NewTable,
  OwnSheetPolicy,
  RowsForTable,
  RowsWrite,
  RowsWriteResult,
  SheetLayout,
  TableLocation,
  WorkbookPort,
  WorkbookSnapshot,
  WriteSheetResult,
} from "../plan";
import { appendRowsToTables, appendTableRows } from "./append-rows";
import { WEB_PAYLOAD_LIMIT } from "./chunking";
import { createNewTables } from "./create-tables";
import { toExcelError } from "./excel-error";
import { readWorkbookSnapshot } from "./read-snapshot";
import { applyOfficeBinding, readOfficeBindings } from "./office-binding";
import { writeSheetLayout } from "./render-sheet";
import { DEFAULT_SYNC_TIMEOUT_MS, Session, type RunBatch } from "./sync";

export interface OfficeWorkbookOptions {
  /** Runs a batch: `(batch) => Excel.run(batch)`. */
  readonly run: RunBatch;
  /** How long one `context.sync()` may take (default 30 s). */
  readonly syncTimeoutMs?: number;
  /** The largest request Excel accepts (default Excel on the web's 5 MB). */
  readonly payloadLimitBytes?: number;
}

export class OfficeWorkbook implements WorkbookPort, BindingPort {
  private readonly run: RunBatch;
  private readonly timeoutMs: number;
  private readonly payloadLimit: number;

  constructor(options: OfficeWorkbookOptions) {
    this.run = options.run;
    this.timeoutMs = options.syncTimeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
    this.payloadLimit = options.payloadLimitBytes ?? WEB_PAYLOAD_LIMIT;
  }

  /** One `Excel.run`; every error leaves as an ExcelError (or the plan's own fault). */
  private async session<T>(action: string, work: (session: Session) => Promise<T>): Promise<T> {
    try {
      return await this.run((context) => work(new Session(context, this.timeoutMs, this.payloadLimit)));
    } catch (error) {
      throw toExcelError(error, action);
    }
  }

  readSnapshot(): Promise<WorkbookSnapshot> {
    return this.session("läsa arbetsboken", readWorkbookSnapshot);
  }

  createTables(tables: readonly NewTable[]): Promise<void> {
    return this.session("skapa tabellerna", (session) => createNewTables(session, tables));
  }

  appendRows(location: TableLocation, rows: readonly (readonly CellInput[])[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    return this.session("lägga till raderna", (session) => appendTableRows(session, location, rows));
  }

  appendRowsToTables(batches: readonly RowsForTable[]): Promise<void> {
    if (batches.every((b) => b.rows.length === 0)) return Promise.resolve();
    return this.session("lägga till raderna", (session) => appendRowsToTables(session, batches));
  }

  /**
   * One `Excel.run`: a sync to check the rows, one to write them (write-rows.ts, loaded on
   * first use: only the follow-up form saves this way, so it stays out of the start-up bundle).
   */
  async writeRows(write: RowsWrite): Promise<RowsWriteResult> {
    const { writeTableRows } = await import("./write-rows");
    return this.session("spara raderna", (session) => writeTableRows(session, write));
  }

  writeSheet(layout: SheetLayout, policy: OwnSheetPolicy): Promise<WriteSheetResult> {
    return this.session(`skriva bladet "${layout.name}"`, (session) =>
      writeSheetLayout(session, layout, policy),
    );
  }

  /** "Koppla plan": see office-binding.ts. */
  applyBinding(operations: readonly BindingOperation[]): Promise<void> {
    return this.session("koppla planen", (session) => applyOfficeBinding(session, operations));
  }

  readBindings(): Promise<BoundTable[]> {
    return this.session("läsa planens kopplingar", readOfficeBindings);
  }
}
