/**
 * Test helpers around the simulated Excel: fill its workbook from plain data (straight into
 * the model, no requests, no syncs counted), edit it as the user or a co-author would, and
 * read cells back for assertions.
 */
import { columnNumber, type RangeRef } from "../../src/plan";
import type { EditSource, SimulatedExcel } from "./simulated-excel";
import { parseAddress } from "./workbook/addresses";
import {
  getCell,
  grid,
  isoToSerial,
  readValue,
  writeNumberFormat,
  writeText,
  writeValue,
} from "./workbook/cells";
import {
  findSheet,
  newSheet,
  type Cell,
  type CellScalar,
  type NameModel,
  type SheetModel,
  type TableModel,
} from "./workbook/model";

/** A cell to seed: a plain value (strings stored as they are), a date, an error or a formula. */
export type CellSeed =
  | CellScalar
  | null
  | { readonly date: string; readonly format?: string }
  | { readonly error: string }
  | { readonly formula: string; readonly result: CellScalar }
  | { readonly value: CellScalar; readonly format: string };

export function sheetOf(excel: SimulatedExcel, name: string): SheetModel {
  return findSheet(excel.book, name) ?? newSheet(excel.book, name);
}

/** One cell; a date becomes the serial number of the workbook's date system (`date1904`). */
export function seedCell(
  sheet: SheetModel,
  row: number,
  column: number,
  seed: CellSeed,
  date1904 = false,
): void {
  if (seed === null) return;
  if (typeof seed !== "object") {
    if (typeof seed === "string") writeText(sheet, row, column, seed);
    else writeValue(sheet, row, column, seed);
    return;
  }
  if ("date" in seed) {
    writeNumberFormat(sheet, row, column, seed.format ?? "yyyy-mm-dd");
    writeValue(sheet, row, column, isoToSerial(seed.date, date1904));
  } else if ("error" in seed) {
    writeText(sheet, row, column, seed.error);
    Object.assign(getCell(sheet, row, column) ?? {}, { error: seed.error });
  } else if ("formula" in seed) {
    seedCell(sheet, row, column, seed.result, date1904);
    Object.assign(getCell(sheet, row, column) ?? {}, { formula: seed.formula });
  } else {
    writeNumberFormat(sheet, row, column, seed.format);
    if (typeof seed.value === "string") writeText(sheet, row, column, seed.value);
    else writeValue(sheet, row, column, seed.value);
  }
}

/** Writes rows of cells from `topLeft` ("A1") on the sheet, creating the sheet if needed. */
export function seedCells(
  excel: SimulatedExcel,
  sheetName: string,
  topLeft: string,
  rows: readonly (readonly CellSeed[])[],
): void {
  const sheet = sheetOf(excel, sheetName);
  const at = parseAddress(topLeft)?.ref ?? { top: 1, left: 1 };
  rows.forEach((row, i) =>
    row.forEach((seed, j) => seedCell(sheet, at.top + i, at.left + j, seed, excel.book.date1904)),
  );
}

/**
 * The user (`"Local"`) or a co-author (`"Remote"`) types `rows` into the sheet from `topLeft`:
 * the cells change and Excel's `worksheets.onChanged` fires for them.
 */
export function editCells(
  excel: SimulatedExcel,
  sheetName: string,
  topLeft: string,
  rows: readonly (readonly CellSeed[])[],
  source: EditSource = "Local",
): void {
  const sheet = sheetOf(excel, sheetName);
  const at = parseAddress(topLeft)?.ref ?? { top: 1, left: 1 };
  const width = Math.max(1, ...rows.map((row) => row.length));
  const ref = {
    top: at.top,
    left: at.left,
    bottom: at.top + Math.max(rows.length, 1) - 1,
    right: at.left + width - 1,
  };
  excel.edit(sheet, ref, () => seedCells(excel, sheetName, topLeft, rows), source);
}

export interface TableSeed {
  readonly sheet: string;
  readonly name: string;
  /** Top-left cell of the header row (default "A1"). */
  readonly at?: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellSeed[])[];
  readonly showTotals?: boolean;
  /** Number formats per column (0-based) for the data rows, e.g. "@" for a text column. */
  readonly columnFormats?: Readonly<Record<number, string>>;
}

/** Adds an Excel table; no data rows gives the one empty row Excel keeps. */
export function seedTable(excel: SimulatedExcel, spec: TableSeed): TableModel {
  const sheet = sheetOf(excel, spec.sheet);
  const at = parseAddress(spec.at ?? "A1")?.ref ?? { top: 1, left: 1 };
  const body = Math.max(spec.rows.length, 1);
  spec.headers.forEach((h, j) => writeText(sheet, at.top, at.left + j, h));
  for (const [column, format] of Object.entries(spec.columnFormats ?? {})) {
    for (let i = 0; i < body; i++) writeNumberFormat(sheet, at.top + 1 + i, at.left + Number(column), format);
  }
  spec.rows.forEach((row, i) =>
    row.forEach((seed, j) => seedCell(sheet, at.top + 1 + i, at.left + j, seed, excel.book.date1904)),
  );
  const totals = spec.showTotals === true ? 1 : 0;
  const ref: RangeRef = {
    top: at.top,
    left: at.left,
    bottom: at.top + body + totals,
    right: at.left + spec.headers.length - 1,
  };
  const table: TableModel = {
    id: `{table-${excel.book.nextId++}}`,
    name: spec.name,
    sheet,
    ref,
    showHeaders: true,
    showTotals: totals === 1,
    style: "TableStyleMedium2",
  };
  excel.book.tables.push(table);
  return table;
}

/** A workbook-level name referring to `address` on `sheet` (e.g. a report's marker). */
export function seedName(excel: SimulatedExcel, name: string, sheetName: string, address = "A1"): NameModel {
  const ref = parseAddress(address)?.ref ?? { top: 1, left: 1, bottom: 1, right: 1 };
  const model: NameModel = { name, sheet: sheetOf(excel, sheetName), ref, comment: "", visible: true };
  excel.book.names.push(model);
  return model;
}

/** The values of a range as `Range.values` gives them ("" for empty cells). */
export function readValues(excel: SimulatedExcel, sheetName: string, address: string): CellScalar[][] {
  const sheet = findSheet(excel.book, sheetName);
  const ref = parseAddress(address)?.ref;
  if (!sheet || !ref) throw new Error(`no range ${sheetName}!${address}`);
  return grid(ref, (r, c) => readValue(getCell(sheet, r, c)));
}

/** One cell of the model ("B4"), or undefined when it was never written. */
export function cellAt(excel: SimulatedExcel, sheetName: string, address: string): Cell | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  const sheet = findSheet(excel.book, sheetName);
  if (!match || !sheet) return undefined;
  return getCell(sheet, Number(match[2]), columnNumber(match[1] ?? "A"));
}

export function tableModel(excel: SimulatedExcel, name: string): TableModel | undefined {
  return excel.book.tables.find((t) => t.name === name);
}
