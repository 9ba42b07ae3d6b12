/**
 * The table changes of "Koppla plan" over exceljs. None of them changes a cell's value,
 * except the headers of added columns: a plain range becomes an Excel table over the cells
 * it has, a table is renamed (formulas naming it follow, as in Excel), columns are added at
 * the right edge, and activity Nr cells get the text format.
 *
 * Callers check the operations first (binding-check.ts); these functions trust them.
 */
import type ExcelJS from "exceljs";
import { excelNameKey, parseRange, rangeA1, rawToText, type RangeRef } from "../plan";
import { normalizeCell } from "./cell-value";
import { tableModels, tableRange, type TableModel } from "./exceljs-internals";
import { isDateFormat, TEXT_FORMAT } from "./write-cell";

/** exceljs keeps a worksheet's tables by name (left out of its type definitions). */
interface TableStore {
  tables: Record<string, { model: TableModel } | undefined>;
}

export interface FoundTable {
  readonly worksheet: ExcelJS.Worksheet;
  readonly model: TableModel;
  readonly range: RangeRef;
}

/** The table with this name on any sheet (case-insensitive, as Excel compares them). */
export function findTable(workbook: ExcelJS.Workbook, name: string): FoundTable | null {
  for (const worksheet of workbook.worksheets) {
    const model = tableModels(worksheet).find((t) => excelNameKey(t.name) === excelNameKey(name));
    const range = model && tableRange(model);
    if (model && range) return { worksheet, model, range };
  }
  return null;
}

export function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((w) => excelNameKey(w.name) === excelNameKey(name));
}

/** The data body's first and last sheet rows. */
export function bodyRows(found: FoundTable): { first: number; last: number } {
  const first = found.model.headerRow === false ? found.range.top : found.range.top + 1;
  const last = found.model.totalsRow === true ? found.range.bottom - 1 : found.range.bottom;
  return { first, last };
}

/** A header cell's text (rich text as its text). */
export function headerText(worksheet: ExcelJS.Worksheet, row: number, column: number): string {
  return rawToText(normalizeCell(worksheet.findRow(row)?.findCell(column), false)) ?? "";
}

/**
 * Makes the range an Excel table with its header row. exceljs's `addTable` writes the cells
 * it is given, so it is given exactly the values they hold; header cells are set back
 * afterwards, so rich text stays rich. Styles are not touched.
 */
export function convertRangeToTable(worksheet: ExcelJS.Worksheet, a1: string, name: string): void {
  const range = parseRange(a1) as RangeRef;
  const valuesOf = (row: number) => {
    const values: ExcelJS.CellValue[] = [];
    for (let c = range.left; c <= range.right; c++) values.push(worksheet.getCell(row, c).value);
    return values;
  };
  const headerValues = valuesOf(range.top);
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = range.top + 1; r <= range.bottom; r++) rows.push(valuesOf(r));
  const filter = worksheet.autoFilter;
  const filterRange = typeof filter === "string" ? parseRange(filter) : null;
  // A table brings its own filter buttons; Excel removes a sheet filter over the range too.
  if (filterRange && filterRange.top === range.top) worksheet.autoFilter = undefined;
  worksheet.addTable({
    name,
    displayName: name,
    ref: rangeA1({ ...range, bottom: range.top, right: range.left }),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headerValues.map((_, j) => ({
      name: headerText(worksheet, range.top, range.left + j),
      filterButton: true,
    })),
    rows,
  });
  headerValues.forEach((value, j) => {
    const cell = worksheet.getCell(range.top, range.left + j);
    if (typeof value !== "string") cell.value = value;
  });
}

/** Renames the table, and formulas that name it (`Tabell1[Nr]` → `Aktiviteter[Nr]`). */
export function renameTable(workbook: ExcelJS.Workbook, found: FoundTable, to: string): void {
  const store = found.worksheet as unknown as TableStore;
  const from = found.model.name;
  const entry = store.tables[from];
  delete store.tables[from];
  found.model.name = to;
  found.model.displayName = to;
  store.tables[to] = entry ?? { model: found.model };
  const escaped = from.replace(/[.\\]/g, "\\$&");
  const pattern = `(^|[^A-Za-z0-9_.\\\\])${escaped}\\[`;
  const names = new RegExp(pattern, "iu");
  const reference = new RegExp(pattern, "giu");
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as ExcelJS.CellFormulaValue | null;
        if (value === null || typeof value !== "object" || typeof value.formula !== "string") return;
        if (!names.test(value.formula)) return;
        cell.value = { ...value, formula: value.formula.replace(reference, `$1${to}[`) };
      }),
    );
  }
}

/** Adds columns at the table's right edge: the header, empty cells below. */
export function addColumns(found: FoundTable, headers: readonly string[]): void {
  const { worksheet, model, range } = found;
  const last = worksheet.getCell(range.top, range.right);
  const filterButton = model.columns[model.columns.length - 1]?.filterButton ?? true;
  headers.forEach((header, k) => {
    const cell = worksheet.getCell(range.top, range.right + 1 + k);
    cell.value = header;
    cell.style = structuredClone(last.style);
    model.columns.push({ name: header, filterButton });
    if (Array.isArray(model.rows)) for (const row of model.rows) row.push(null);
  });
  const right = range.right + headers.length;
  model.tableRef = rangeA1({ ...range, right });
  const { last: dataBottom } = bodyRows(found);
  model.autoFilterRef = rangeA1({ ...range, right, bottom: dataBottom });
}

/**
 * Gives the data cells of the columns (0-based) the text format, so what is typed next stays
 * as typed. No value changes: a number stays a number (the validator still reports it), and
 * a date cell keeps its date format, since text format would show it as a serial number.
 */
export function formatColumnsAsText(found: FoundTable, columns: readonly number[]): void {
  const { first, last } = bodyRows(found);
  for (const index of columns) {
    for (let r = first; r <= last; r++) {
      const cell = found.worksheet.getCell(r, found.range.left + index);
      if (cell.value instanceof Date || (typeof cell.value === "number" && isDateFormat(cell.numFmt)))
        continue;
      // A new style object: exceljs shares one between cells that were loaded alike.
      cell.style = { ...cell.style, numFmt: TEXT_FORMAT };
    }
  }
}
