/**
 * A workbook the preview opened, in two steps so that the page is ready sooner: it is read
 * at once from its package (package-snapshot.ts, without exceljs), which is all the task
 * pane's first validation needs, while the exceljs workbook the grid shows and every write
 * goes through is loaded in its own chunk when first asked for. Until the first write the
 * pane reads the snapshot read at opening; from then on, the exceljs workbook.
 */
import type {
  BindingOperation,
  BindingPort,
  BoundTable,
  CellInput,
  NewTable,
  OwnSheetPolicy,
  RowsWrite,
  RowsWriteResult,
  SheetLayout,
  TableLocation,
  WorkbookPort,
  WorkbookSnapshot,
  WriteSheetResult,
} from "../plan";
import type { ExceljsWorkbook } from "../xlsx/exceljs-workbook";
import { readPackageSnapshot } from "../xlsx/package-snapshot";

/** The exceljs adapter, loaded with the chunk that holds exceljs. */
export async function loadExceljsAdapter(): Promise<typeof ExceljsWorkbook> {
  return (await import(/* webpackChunkName: "exceljs-workbook" */ "../xlsx/exceljs-workbook"))
    .ExceljsWorkbook;
}

export class LazyWorkbook implements WorkbookPort, BindingPort {
  private full: Promise<ExceljsWorkbook> | null = null;
  private loadedWorkbook: ExceljsWorkbook | null = null;
  /** The snapshot read at opening; null once a write has begun (it is stale then). */
  private opening: WorkbookSnapshot | null;

  private constructor(
    private readonly load: () => Promise<ExceljsWorkbook>,
    opening: WorkbookSnapshot | null,
  ) {
    this.opening = opening;
  }

  /** Opens the workbook in `bytes`. Throws WorkbookFileError, as the exceljs reader would. */
  static async open(bytes: Uint8Array, fileName: string): Promise<LazyWorkbook> {
    const snapshot = await readPackageSnapshot(bytes, fileName);
    return new LazyWorkbook(async () => (await loadExceljsAdapter()).fromBuffer(bytes, fileName), snapshot);
  }

  /** A workbook already loaded through exceljs (a new plan). */
  static loaded(workbook: ExceljsWorkbook): LazyWorkbook {
    const lazy = new LazyWorkbook(() => Promise.resolve(workbook), null);
    lazy.loadedWorkbook = workbook;
    lazy.full = Promise.resolve(workbook);
    return lazy;
  }

  /** Whether the exceljs workbook has been loaded (the grid and writes need it). */
  get isLoaded(): boolean {
    return this.loadedWorkbook !== null;
  }

  /** The exceljs workbook, loaded on the first call. */
  workbook(): Promise<ExceljsWorkbook> {
    this.full ??= this.load().then((workbook) => (this.loadedWorkbook = workbook));
    return this.full;
  }

  /** The names of the sheets the grid shows a tab for, as the workbook is now. */
  sheetNames(): string[] {
    const loaded = this.loadedWorkbook;
    if (loaded !== null) {
      return loaded.shown.worksheets.filter((w) => w.state !== "veryHidden").map((w) => w.name);
    }
    return (this.opening?.sheets ?? []).filter((s) => s.visibility !== "veryHidden").map((s) => s.name);
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return this.opening ?? (await this.workbook()).readSnapshot();
  }

  /** The exceljs workbook to write through; the opening snapshot is stale from here on. */
  private async writable(): Promise<ExceljsWorkbook> {
    this.opening = null;
    return this.workbook();
  }

  async createTables(tables: readonly NewTable[]): Promise<void> {
    await (await this.writable()).createTables(tables);
  }

  async appendRows(location: TableLocation, rows: readonly (readonly CellInput[])[]): Promise<void> {
    await (await this.writable()).appendRows(location, rows);
  }

  /** The follow-up form's save: the rows checked against the workbook as it is now, then written. */
  async writeRows(write: RowsWrite): Promise<RowsWriteResult> {
    return (await this.writable()).writeRows(write);
  }

  async writeSheet(layout: SheetLayout, policy: OwnSheetPolicy): Promise<WriteSheetResult> {
    return (await this.writable()).writeSheet(layout, policy);
  }

  async applyBinding(operations: readonly BindingOperation[]): Promise<void> {
    await (await this.writable()).applyBinding(operations);
  }

  async readBindings(): Promise<BoundTable[]> {
    return (await this.workbook()).readBindings();
  }

  /** The workbook as .xlsx bytes, with every edit made. */
  async toBuffer(): Promise<Uint8Array> {
    return (await this.workbook()).toBuffer();
  }
}
