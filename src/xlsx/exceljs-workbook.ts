/**
 * The workbook port over exceljs: for the CLI, the preview page and tests. Browser-safe
 * (no file system); `workbook-file.ts` reads and writes files.
 */
import ExcelJS from "exceljs";
import type {
  CellInput,
  NewTable,
  OwnSheetPolicy,
  SheetLayout,
  TableLocation,
  WorkbookPort,
  WorkbookSnapshot,
  WriteSheetResult,
} from "../plan";
import { appendRows } from "./append-rows";
import { createTables } from "./create-tables";
import { loadWorkbook } from "./load-workbook";
import { readWorkbookSnapshot } from "./read-snapshot";
import { writeSheetLayout } from "./write-sheet";
import { writeWorkbookBuffer } from "./write-buffer";

export class ExceljsWorkbook implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  /** A new workbook with no sheets. */
  static empty(): ExceljsWorkbook {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "atgardsplan";
    return new ExceljsWorkbook(workbook);
  }

  /** Opens a workbook from its bytes; `fileName` is only for messages. Throws WorkbookFileError. */
  static async fromBuffer(data: ArrayBuffer | Uint8Array, fileName: string): Promise<ExceljsWorkbook> {
    return new ExceljsWorkbook(await loadWorkbook(data, fileName));
  }

  /** The workbook as .xlsx bytes. */
  async toBuffer(): Promise<Uint8Array> {
    return writeWorkbookBuffer(this.workbook);
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return readWorkbookSnapshot(this.workbook);
  }

  async createTables(tables: readonly NewTable[]): Promise<void> {
    createTables(this.workbook, tables);
  }

  async appendRows(location: TableLocation, rows: readonly (readonly CellInput[])[]): Promise<void> {
    appendRows(this.workbook, location, rows);
  }

  async writeSheet(layout: SheetLayout, policy: OwnSheetPolicy): Promise<WriteSheetResult> {
    return writeSheetLayout(this.workbook, layout, policy);
  }
}
