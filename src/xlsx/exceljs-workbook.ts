/**
 * The workbook port over a workbook package: for the CLI, the preview page and tests.
 * Reading goes through exceljs; writing edits the package (the sheet, table and workbook
 * parts a command owns) and never rebuilds it from exceljs' model, so every other part of
 * the user's file stays byte for byte. After a write, the exceljs model is read again from
 * the edited package when it is next needed. Browser-safe (no file system);
 * `workbook-file.ts` reads and writes files.
 */
import ExcelJS from "exceljs";
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
import { planAppend } from "./append-plan";
import { readBindings, snapshotBindings } from "./binding";
import { checkBinding } from "./binding-check";
import { loadWorkbookPackage } from "./load-workbook";
import { appendToPackage } from "./package-append";
import { bindInPackage } from "./package-binding";
import { prepareRowsWrite } from "./package-rows";
import { createTablesInPackage } from "./package-tables";
import { newPackageParts } from "./package/new-package";
import { XlsxPackage } from "./package/xlsx-package";
import { CREATOR } from "./new-workbook";
import { readWorkbookSnapshot } from "./read-snapshot";
import { writeReportSheet } from "./write-report-sheet";

/** A programming fault: the model was asked for after a write, before `current()`. */
function staleModel(): Error {
  return new Error("Arbetsboken har ändrats: läs in den igen med current().");
}

export class ExceljsWorkbook implements WorkbookPort, BindingPort {
  private constructor(
    /** The workbook as exceljs read it; null once a write has made it stale. */
    private model: ExcelJS.Workbook | null,
    /** The package every write edits and every save writes. */
    private readonly pkg: XlsxPackage,
    /** The file name or path it was opened as; null for a workbook made in memory. */
    readonly source: string | null,
  ) {}

  /**
   * The model as it was when the last write began (see `shown`); kept only once a view has
   * asked for `shown`, so the command line's large writes do not hold two models.
   */
  private beforeWrite: ExcelJS.Workbook | null = null;
  private viewed = false;

  /** A new workbook with no sheets. */
  static empty(): ExceljsWorkbook {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = CREATOR;
    return new ExceljsWorkbook(workbook, XlsxPackage.fromParts(newPackageParts(CREATOR)), null);
  }

  /** Opens a workbook from its bytes; `fileName` is only for messages. Throws WorkbookFileError. */
  static async fromBuffer(data: ArrayBuffer | Uint8Array, fileName: string): Promise<ExceljsWorkbook> {
    const { workbook, pkg } = await loadWorkbookPackage(data, fileName);
    return new ExceljsWorkbook(workbook, pkg, fileName);
  }

  /** The exceljs workbook as read; call `current()` first after a write. */
  get workbook(): ExcelJS.Workbook {
    if (this.model === null) throw staleModel();
    return this.model;
  }

  /**
   * The exceljs workbook as last read, for a view that is told when to refresh (the preview's
   * grid): during a write and until `current()` reads the package again it is the workbook as
   * it was before the write, never an error in the middle of a render.
   */
  get shown(): ExcelJS.Workbook {
    this.viewed = true;
    const model = this.model ?? this.beforeWrite;
    if (model === null) throw staleModel();
    return model;
  }

  /** The exceljs workbook as the package is now (read again after a write). */
  async current(): Promise<ExcelJS.Workbook> {
    if (this.model === null) {
      const bytes = await this.pkg.toBytes();
      this.model = (await loadWorkbookPackage(bytes, this.source ?? "arbetsboken")).workbook;
      this.beforeWrite = null;
    }
    return this.model;
  }

  /** The workbook as .xlsx bytes: the package with every edit made. */
  async toBuffer(): Promise<Uint8Array> {
    return this.pkg.toBytes();
  }

  /** The parts written or removed since the workbook was opened (for tests and messages). */
  changedParts(): string[] {
    return this.pkg.changedParts();
  }

  /**
   * Runs a package edit. exceljs' model goes stale with it, and is let go first: the edit of
   * a large sheet needs the memory (it is read again when next needed).
   */
  private async edit<T>(work: () => Promise<T>): Promise<T> {
    if (this.viewed) this.beforeWrite = this.model ?? this.beforeWrite;
    this.model = null;
    return this.pkg.atomically(work);
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    const workbook = await this.current();
    const snapshot = readWorkbookSnapshot(workbook);
    const bindings = snapshotBindings(workbook);
    return bindings.length === 0 ? snapshot : { ...snapshot, bindings };
  }

  async createTables(tables: readonly NewTable[]): Promise<void> {
    await this.edit(() => createTablesInPackage(this.pkg, tables));
  }

  async appendRows(location: TableLocation, rows: readonly (readonly CellInput[])[]): Promise<void> {
    if (rows.length === 0) return;
    const plan = planAppend(await this.current(), location, rows);
    await this.edit(() => appendToPackage(this.pkg, plan, rows));
  }

  /** Checks the rows on the workbook as read, then edits the package (package-rows.ts). */
  async writeRows(write: RowsWrite): Promise<RowsWriteResult> {
    const prepared = prepareRowsWrite(await this.current(), write);
    if (prepared.apply === null) return prepared.changed;
    const { apply } = prepared;
    if (write.updates.some((u) => u.cells.length > 0) || write.appends.some((a) => a.rows.length > 0)) {
      await this.edit(() => apply(this.pkg));
    }
    return { written: true };
  }

  async writeSheet(layout: SheetLayout, policy: OwnSheetPolicy): Promise<WriteSheetResult> {
    return this.edit(() => writeReportSheet(this.pkg, layout, policy));
  }

  /** "Koppla plan": see binding-check.ts and package-binding.ts (bindings are defined names). */
  async applyBinding(operations: readonly BindingOperation[]): Promise<void> {
    const workbook = await this.current();
    checkBinding(workbook, operations);
    await this.edit(() => bindInPackage(this.pkg, workbook, operations));
  }

  async readBindings(): Promise<BoundTable[]> {
    return readBindings(await this.current());
  }
}
