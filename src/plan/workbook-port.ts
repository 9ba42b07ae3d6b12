/**
 * The workbook port: what the plan's use cases need from a workbook, implemented by
 * `src/xlsx` (exceljs, for the CLI, the preview page and tests) and `src/excel` (Office.js).
 */
import type { RawValue } from "./raw-value";
import type { RangeRef } from "./excel-address";
import type { PrintSetup, SheetLayout } from "./sheet-layout";
import type { TableName } from "./contract";

/** A block of cells: `rows[0]` is at sheet row `top`, `rows[i][0]` at column `left`. */
export interface GridSnapshot {
  readonly top: number;
  readonly left: number;
  readonly rows: readonly (readonly RawValue[])[];
}

/** An Excel table (ListObject) with its header row and data body. */
export interface TableSnapshot {
  readonly name: string;
  readonly sheet: string;
  /** Sheet row of the header row. */
  readonly top: number;
  /** Sheet column of the first column. */
  readonly left: number;
  /** Header texts in sheet order (`null` for an empty header cell). */
  readonly headers: readonly (string | null)[];
  /** The data body, one array per row, as wide as `headers`. Totals rows excluded. */
  readonly rows: readonly (readonly RawValue[])[];
}

export interface SheetSnapshot {
  readonly name: string;
  readonly visibility: "visible" | "hidden" | "veryHidden";
  readonly tables: readonly TableSnapshot[];
  /**
   * The sheet's used range, top-left to bottom-right; null for an empty sheet. Adapters
   * may leave it null on sheets that hold tables.
   */
  readonly usedRange: GridSnapshot | null;
  /** Merged ranges on the sheet. */
  readonly merges: readonly RangeRef[];
}

/**
 * A persistent binding the workbook holds (Excel's bindings collection, or a defined name in
 * a .xlsx file): `id` is `atgardsplan.<TableName>`, `table` the Excel table it points to
 * now (whatever it has been renamed to), or null when the binding is broken.
 */
export interface SnapshotBinding {
  readonly id: string;
  readonly table: string | null;
}

/** Everything the plan domain reads from a workbook, in one go. */
export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  /** The workbook's plan bindings ("Koppla plan"); absent or empty when it has none. */
  readonly bindings?: readonly SnapshotBinding[];
}

/** Where a plan table was found, so writes can go back to it. */
export interface TableLocation {
  readonly table: TableName;
  readonly sheet: string;
  /** The Excel table's name, or null when the table is a plain range on a sheet. */
  readonly excelTable: string | null;
  readonly top: number;
  readonly left: number;
  /**
   * Number of data rows, trailing blank rows included. Appended rows fill the trailing blank
   * rows of an Excel table first (a new table always holds one blank row), so they never
   * leave a blank row in the middle.
   */
  readonly rowCount: number;
  /** Header texts in sheet order. */
  readonly headers: readonly (string | null)[];
}

/** A value to write: plain values, dates as `RawDate`. Text is always written as text. */
export type CellInput = RawValue;

export interface NewTable {
  readonly name: TableName;
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellInput[])[];
  /** Column widths in characters, by column index. */
  readonly widths: readonly number[];
  /** Columns (0-based) to format as text (`@`) so Excel keeps "1.10" as typed. */
  readonly textColumns: readonly number[];
  /** Columns (0-based) with a drop-down list of allowed values. */
  readonly lists: readonly { readonly column: number; readonly values: readonly string[] }[];
  /** Columns (0-based) formatted as dates. */
  readonly dateColumns: readonly number[];
  /**
   * Heights in points for the data rows (index 0 is the first data row) so wrapped text
   * shows; null keeps the default height. Absent: every row keeps the default.
   */
  readonly rowHeights?: readonly (number | null)[];
  /** How the sheet prints (the header row is sheet row 1); absent leaves the defaults. */
  readonly print?: PrintSetup;
}

export interface WriteSheetResult {
  /** The sheet name actually written (the add-in may pick a free name). */
  readonly sheet: string;
  /** True when an earlier sheet made by this tool was replaced. */
  readonly replaced: boolean;
}

/** What to do when a sheet of the same name exists and was not made by this tool. */
export type OwnSheetPolicy = "refuse" | "free-name";

/** Rows for one table, for `WorkbookPort.appendRowsToTables`. */
export interface RowsForTable {
  readonly location: TableLocation;
  readonly rows: readonly (readonly CellInput[])[];
}

/** A cell of a table row, by its column's index in the table's headers (0-based). */
export interface RowCell<T = CellInput> {
  readonly column: number;
  readonly value: T;
}

/** Cells to write in one data row that is there, for `WorkbookPort.writeRows`. */
export interface RowUpdate {
  readonly location: TableLocation;
  /** The data row, 1-based, as read. */
  readonly row: number;
  /** What cells of the row held when read: each must hold the same now, or nothing is written. */
  readonly expected: readonly RowCell<RawValue>[];
  /** The cells to write. Every other cell of the row, and of the workbook, stays as it is. */
  readonly cells: readonly RowCell[];
}

/** One batch of row writes: cells of rows that are there, and rows to add. */
export interface RowsWrite {
  readonly updates: readonly RowUpdate[];
  /**
   * Rows to add as `appendRows` adds them. The table must still have the headers and the
   * `location.rowCount` rows it was read with (someone else's new row changes that).
   */
  readonly appends: readonly RowsForTable[];
}

/** A row (or a table) that is no longer as it was read. */
export interface ChangedRow {
  readonly table: TableName;
  /** The data row; null when the table itself changed (its headers, its number of rows) or is gone. */
  readonly row: number | null;
}

/** Whether `writeRows` wrote, or what it found changed (then it wrote nothing). */
export type RowsWriteResult =
  { readonly written: true } | { readonly written: false; readonly changed: readonly ChangedRow[] };

export interface WorkbookPort {
  /** Reads every sheet with its tables and used range. */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Adds tables on new sheets (the template, an import). Fails when a sheet exists. */
  createTables(tables: readonly NewTable[]): Promise<void>;
  /**
   * Appends rows after a table's last non-blank data row, filling its trailing blank rows
   * before the table grows to hold the rest. Refuses, changing nothing, when a cell below
   * the table is not empty.
   */
  appendRows(location: TableLocation, rows: readonly (readonly CellInput[])[]): Promise<void>;
  /**
   * Appends rows to several tables as `appendRows` does each, in the same round trips
   * (Office.js: one read and one write for all); nothing is written when one refuses.
   * Optional: without it, callers append table by table.
   */
  appendRowsToTables?(batches: readonly RowsForTable[]): Promise<void>;
  /**
   * Writes cells of given rows and adds rows, in one batch, after checking that the rows
   * hold what they held when read (`expected`) and the tables are as read. When something
   * changed, nothing is written and the result says what: the caller reads again and asks
   * the user. A text value goes into a text-formatted cell (so "1.10" and "=x" stay text);
   * a date goes in as a date, or as ISO text into a cell formatted as text.
   * Office.js: the check and the write are two syncs of one `Excel.run`; an edit that reaches
   * Excel between them (one round trip) is not seen.
   */
  writeRows(write: RowsWrite): Promise<RowsWriteResult>;
  /**
   * Writes a generated sheet. A sheet of that name made by this tool is replaced; one the
   * user made is never touched: `refuse` throws, `free-name` writes under a free name.
   */
  writeSheet(layout: SheetLayout, policy: OwnSheetPolicy): Promise<WriteSheetResult>;
}
