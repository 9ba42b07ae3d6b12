/**
 * The cells of a sheet as `Range.values`, `numberFormat`, `valueTypes` and `formulas`
 * show them, and what writing them does. Writing a string behaves like typing it into
 * Excel: unless the cell is formatted as text ("@"), "=…", "+…", "-…" and "@…" become
 * formulas (here: a #NAME? error), "1.10" becomes the number 1.1, "2026-05-14" a date
 * and "TRUE"/"FALSE" booleans. So an adapter that forgets to keep text as text is caught.
 */
import type { RangeRef } from "../../../src/plan";
import { invalidArgument } from "../host-error";
import type { Cell, CellFormat, CellScalar, SheetModel } from "./model";

const GENERAL = "General";
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function getCell(sheet: SheetModel, row: number, column: number): Cell | undefined {
  return sheet.cells.get(row)?.get(column);
}

function ensureCell(sheet: SheetModel, row: number, column: number): Cell {
  let cells = sheet.cells.get(row);
  if (!cells) sheet.cells.set(row, (cells = new Map()));
  let cell = cells.get(column);
  if (!cell) cells.set(column, (cell = { value: null, numberFormat: GENERAL }));
  return cell;
}

/** Visits every cell of `ref` in row order (allocating none for reads). */
export function grid<T>(ref: RangeRef, read: (row: number, column: number) => T): T[][] {
  const rows: T[][] = [];
  for (let r = ref.top; r <= ref.bottom; r++) {
    const row: T[] = [];
    for (let c = ref.left; c <= ref.right; c++) row.push(read(r, c));
    rows.push(row);
  }
  return rows;
}

export function readValue(cell: Cell | undefined): CellScalar {
  if (!cell || cell.value === null) return "";
  return cell.error ?? cell.value;
}

export function readValueType(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return "Empty";
  if (cell.error !== undefined) return "Error";
  if (typeof cell.value === "number") return "Double";
  return typeof cell.value === "boolean" ? "Boolean" : "String";
}

export function readFormula(cell: Cell | undefined): CellScalar {
  return cell?.formula ?? readValue(cell);
}

/** 1904-01-01, serial 0 of the 1904 date system. */
const FIRST_1904_MS = Date.UTC(1904, 0, 1);

/**
 * Excel's serial number of an ISO date: in the 1900 date system (with its 29 February 1900),
 * or in the 1904 date system (serial 0 is 1904-01-01) when `date1904`.
 */
export function isoToSerial(iso: string, date1904 = false): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  if (iso === "1900-02-29") return date1904 ? null : 60;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== iso) return null;
  if (date1904) return ms < FIRST_1904_MS ? null : (ms - FIRST_1904_MS) / DAY_MS;
  const days = (ms - Date.UTC(1899, 11, 30)) / DAY_MS;
  return ms < Date.UTC(1900, 2, 1) ? days - 1 : days;
}

/** What Excel makes of a typed string in a cell that is not formatted as text. */
function typed(cell: Cell, text: string): void {
  delete cell.error;
  delete cell.formula;
  if (/^[=+\-@]/.test(text) && !NUMBER.test(text)) {
    cell.formula = text.startsWith("=") ? text : `=${text}`;
    cell.value = "#NAME?";
    cell.error = "#NAME?";
  } else if (NUMBER.test(text.trim())) {
    cell.value = Number(text.trim());
  } else if (/^(true|false)$/i.test(text)) {
    cell.value = text.toLowerCase() === "true";
  } else if (isoToSerial(text) !== null) {
    cell.value = isoToSerial(text);
    if (cell.numberFormat === GENERAL) cell.numberFormat = "yyyy-mm-dd";
  } else {
    cell.value = text;
  }
}

/**
 * Writes one element of a `values` array; `null` leaves the cell as it is. `typeText` types
 * a string even in a text-formatted cell (a misbehaving Excel, SimulatedExcelOptions).
 */
export function writeValue(
  sheet: SheetModel,
  row: number,
  column: number,
  value: unknown,
  typeText = false,
): void {
  if (value === null || value === undefined) return;
  if (value === "" && !getCell(sheet, row, column)) return;
  const cell = ensureCell(sheet, row, column);
  delete cell.error;
  delete cell.formula;
  if (value === "") cell.value = null;
  else if (typeof value === "number" || typeof value === "boolean") cell.value = value;
  else if (typeof value === "string") {
    if (cell.numberFormat === "@" && !typeText) cell.value = value;
    else typed(cell, value);
  } else throw invalidArgument("Range.values", `${typeof value} is not a cell value.`);
}

/** Stores text as it is, whatever the format (table headers are always text). */
export function writeText(sheet: SheetModel, row: number, column: number, text: string): void {
  const cell = ensureCell(sheet, row, column);
  delete cell.error;
  delete cell.formula;
  cell.value = text === "" ? null : text;
}

export function writeFormula(
  sheet: SheetModel,
  row: number,
  column: number,
  formula: unknown,
  typeText = false,
): void {
  if (formula === null || formula === undefined) return;
  const cell = ensureCell(sheet, row, column);
  if (typeof formula === "string" && formula.startsWith("=")) {
    cell.formula = formula;
    cell.value = "#NAME?";
    cell.error = "#NAME?";
  } else writeValue(sheet, row, column, formula, typeText);
}

/** `null` leaves the cell's format as it is; "" resets it to General. */
export function writeNumberFormat(sheet: SheetModel, row: number, column: number, format: unknown): void {
  if (format === null || format === undefined) return;
  if (typeof format !== "string")
    throw invalidArgument("Range.numberFormat", `${typeof format} is no format.`);
  ensureCell(sheet, row, column).numberFormat = format === "" ? GENERAL : format;
}

export function readNumberFormat(cell: Cell | undefined): string {
  return cell?.numberFormat ?? GENERAL;
}

/** Sets one formatting property on every cell of `ref`. */
export function formatCells<K extends keyof CellFormat>(
  sheet: SheetModel,
  ref: RangeRef,
  key: K,
  value: CellFormat[K],
): void {
  for (let r = ref.top; r <= ref.bottom; r++) {
    for (let c = ref.left; c <= ref.right; c++) {
      const cell = ensureCell(sheet, r, c);
      cell.format = { ...cell.format, [key]: value };
    }
  }
}

export function setBorder(sheet: SheetModel, ref: RangeRef, edge: string, style: string): void {
  for (let r = ref.top; r <= ref.bottom; r++) {
    for (let c = ref.left; c <= ref.right; c++) {
      const cell = ensureCell(sheet, r, c);
      cell.format = { ...cell.format, borders: { ...cell.format?.borders, [edge]: style } };
    }
  }
}

function rowNumbers(ref: RangeRef): number[] {
  return Array.from({ length: ref.bottom - ref.top + 1 }, (_, i) => ref.top + i);
}

/** Clears contents and/or formats of every cell in `ref`. */
export function clearCells(sheet: SheetModel, ref: RangeRef, what: "All" | "Contents" | "Formats"): void {
  const rows = ref.bottom - ref.top < sheet.cells.size ? rowNumbers(ref) : [...sheet.cells.keys()];
  for (const r of rows) {
    const cells = sheet.cells.get(r);
    if (!cells || r < ref.top || r > ref.bottom) continue;
    for (const [c, cell] of cells) {
      if (c < ref.left || c > ref.right) continue;
      if (what !== "Formats") {
        cell.value = null;
        delete cell.error;
        delete cell.formula;
      }
      if (what !== "Contents") {
        cell.numberFormat = GENERAL;
        delete cell.format;
      }
    }
  }
}
