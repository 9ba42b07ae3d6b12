/**
 * The workbook port over Office.js: the plan's use cases read and write the open workbook
 * through `Excel.run`. Each method is one `Excel.run` with as few syncs as its work allows
 * (reading a plan: two when the pane opens, one after that, read-snapshot.ts; writing a
 * report or follow-up rows: two more), each sync under a time limit and each request under
 * Excel on the web's 5 MB limit. Batches that write are tracked (workbook-watch.ts) so that
 * live checking can tell the add-in's own changes from the user's. The writing modules are
 * loaded when first used (a dynamic `import()`, a chunk of their own), so the task pane
 * starts with the reading code only.
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
import { WEB_PAYLOAD_LIMIT } from "./chunking";
import { toExcelError } from "./excel-error";
import { readOfficeBindings } from "./read-bindings";
import { readWorkbookSnapshot, type ReadKnowledge } from "./read-snapshot";
import { DEFAULT_SYNC_TIMEOUT_MS, Session, type RunBatch } from "./sync";
import { WorkbookWatch } from "./workbook-watch";

export interface OfficeWorkbookOptions {
  /** Runs a batch: `(batch) => Excel.run(batch)`. */
  readonly run: RunBatch;
  /** How long one `context.sync()` may take (default 30 s). */
  readonly syncTimeoutMs?: number;
  /** The largest request Excel accepts (default Excel on the web's 5 MB). */
  readonly payloadLimitBytes?: number;
  /** Shared with the OfficeHost that listens for changes (connectToExcel gives both one). */
  readonly watch?: WorkbookWatch;
}

export class OfficeWorkbook implements WorkbookPort, BindingPort {
  private readonly run: RunBatch;
  private readonly timeoutMs: number;
  private readonly payloadLimit: number;
  /** What the last read learnt about the workbook: the next one then takes one sync. */
  private known: ReadKnowledge | null = null;
  /** The workbook's date system as the last read found it (1900 until then). */
  private date1904 = false;
  private readonly watch: WorkbookWatch;

  constructor(options: OfficeWorkbookOptions) {
    this.run = options.run;
    this.timeoutMs = options.syncTimeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
    this.payloadLimit = options.payloadLimitBytes ?? WEB_PAYLOAD_LIMIT;
    this.watch = options.watch ?? new WorkbookWatch(this.run, this.timeoutMs);
  }

  /** A session that writes: its changes are the add-in's own (workbook-watch.ts). */
  private writing<T>(action: string, work: (session: Session) => Promise<T>): Promise<T> {
    return this.watch.writing(() => this.session(action, work));
  }

  /** One `Excel.run`; every error leaves as an ExcelError (or the plan's own fault). */
  private async session<T>(action: string, work: (session: Session) => Promise<T>): Promise<T> {
    try {
      return await this.run((context) =>
        work(new Session(context, this.timeoutMs, this.payloadLimit, this.date1904)),
      );
    } catch (error) {
      throw toExcelError(error, action);
    }
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    const read = await this.session("läsa arbetsboken", (session) =>
      readWorkbookSnapshot(session, this.known),
    );
    this.known = read.knowledge;
    this.date1904 = read.lists.date1904;
    this.watch.noteRead(read.lists, read.snapshot);
    return read.snapshot;
  }

  async createTables(tables: readonly NewTable[]): Promise<void> {
    const { createNewTables } = await import("./create-tables");
    return this.writing("skapa tabellerna", (session) => createNewTables(session, tables));
  }

  async appendRows(location: TableLocation, rows: readonly (readonly CellInput[])[]): Promise<void> {
    if (rows.length === 0) return;
    const { appendTableRows } = await import("./append-rows");
    return this.writing("lägga till raderna", (session) => appendTableRows(session, location, rows));
  }

  async appendRowsToTables(batches: readonly RowsForTable[]): Promise<void> {
    if (batches.every((b) => b.rows.length === 0)) return;
    const { appendRowsToTables } = await import("./append-rows");
    return this.writing("lägga till raderna", (session) => appendRowsToTables(session, batches));
  }

  /**
   * One `Excel.run`: a sync to check the rows, one to write them (write-rows.ts, loaded on
   * first use: only the follow-up form saves this way, so it stays out of the start-up bundle).
   */
  async writeRows(write: RowsWrite): Promise<RowsWriteResult> {
    const { writeTableRows } = await import("./write-rows");
    return this.writing("spara raderna", (session) => writeTableRows(session, write));
  }

  async writeSheet(layout: SheetLayout, policy: OwnSheetPolicy): Promise<WriteSheetResult> {
    const { writeSheetLayout } = await import("./render-sheet");
    return this.writing(`skriva bladet "${layout.name}"`, (session) =>
      writeSheetLayout(session, layout, policy),
    );
  }

  /** "Koppla plan": see office-binding.ts. */
  async applyBinding(operations: readonly BindingOperation[]): Promise<void> {
    const { applyOfficeBinding } = await import("./office-binding");
    return this.writing("koppla planen", (session) => applyOfficeBinding(session, operations));
  }

  readBindings(): Promise<BoundTable[]> {
    return this.session("läsa planens kopplingar", (session) =>
      readOfficeBindings(session, this.known?.choice ?? null),
    );
  }
}
