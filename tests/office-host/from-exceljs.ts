/**
 * Builds a simulated Excel from a workbook written with raw exceljs (the contract suite's
 * fixtures), holding what Excel would hold after opening the file: values and formula
 * results, number formats, tables, merges, visibility, column widths and defined names.
 * Dates become serial numbers with exceljs's own arithmetic, as they are in the file.
 */
import ExcelJS from "exceljs";
import { parseRange, type RangeRef } from "../../src/plan";
import { SimulatedExcel, type SimulatedExcelOptions } from "./simulated-excel";
import { parseAddress } from "./workbook/addresses";
import { getCell, writeNumberFormat, writeText, writeValue } from "./workbook/cells";
import { newSheet, type SheetModel, type TableModel } from "./workbook/model";

const { ValueType } = ExcelJS;
const DAY_MS = 86_400_000;

interface TableInternals {
  model: {
    name: string;
    ref?: string;
    tableRef?: string;
    headerRow?: boolean;
    totalsRow?: boolean;
    rows?: unknown[];
    columns?: unknown[];
    style?: { theme?: string };
  };
}

type Plain = string | number | boolean | { error: string } | null;

/** Days from 1899-12-30 to 1904-01-01: what a 1904 workbook's serials are short of the 1900 ones. */
const DAYS_1904 = 1462;

/** A cell value or formula result as Excel holds it (a date as the serial of `date1904`'s system). */
function plain(value: unknown, date1904: boolean): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.getTime() / DAY_MS + 25569 - (date1904 ? DAYS_1904 : 0);
  const object = value as {
    error?: string;
    richText?: { text?: string }[];
    text?: unknown;
    result?: unknown;
  };
  if (typeof object.error === "string") return { error: object.error };
  if (Array.isArray(object.richText)) return object.richText.map((run) => run.text ?? "").join("");
  if ("formula" in object || "sharedFormula" in object) return plain(object.result, date1904);
  if (object.text !== undefined) return plain(object.text, date1904);
  return null;
}

function copyCell(
  sheet: SheetModel,
  cell: ExcelJS.Cell,
  row: number,
  column: number,
  date1904: boolean,
): void {
  if (cell.type === ValueType.Merge) return;
  const value = plain(cell.value, date1904);
  // An empty cell keeps its own format (a column formatted as text before anything is typed).
  if (value === null) {
    if (cell.numFmt) writeNumberFormat(sheet, row, column, cell.numFmt);
    return;
  }
  const isDate =
    cell.type === ValueType.Date || (cell.type === ValueType.Formula && cell.result instanceof Date);
  writeNumberFormat(sheet, row, column, cell.numFmt ?? (isDate ? "mm-dd-yy" : "General"));
  if (typeof value === "string") writeText(sheet, row, column, value);
  else if (typeof value === "object") {
    writeText(sheet, row, column, value.error);
    Object.assign(getCell(sheet, row, column) ?? {}, { error: value.error });
  } else writeValue(sheet, row, column, value);
  if (cell.type === ValueType.Formula) {
    Object.assign(getCell(sheet, row, column) ?? {}, { formula: `=${cell.formula ?? ""}` });
  }
}

function tableRef(model: TableInternals["model"]): RangeRef | null {
  const whole = model.tableRef ? parseRange(model.tableRef) : null;
  if (whole) return whole;
  const start = model.ref ? parseRange(model.ref) : null;
  if (!start) return null;
  const rows = (model.headerRow === false ? 0 : 1) + (model.rows?.length ?? 0) + (model.totalsRow ? 1 : 0);
  const right = start.left + Math.max(model.columns?.length ?? 1, 1) - 1;
  return { ...start, bottom: start.top + Math.max(rows, 1) - 1, right };
}

function copyTables(excel: SimulatedExcel, sheet: SheetModel, worksheet: ExcelJS.Worksheet): void {
  const tables = (worksheet as unknown as { tables?: Record<string, TableInternals> }).tables ?? {};
  for (const { model } of Object.values(tables)) {
    const ref = tableRef(model);
    if (!ref) continue;
    const headers = model.headerRow !== false;
    const totals = model.totalsRow === true;
    // Excel keeps at least one data row.
    const minimum = ref.top + (headers ? 1 : 0) + (totals ? 1 : 0);
    const table: TableModel = {
      id: `{table-${excel.book.nextId++}}`,
      name: model.name,
      sheet,
      ref: { ...ref, bottom: Math.max(ref.bottom, minimum) },
      showHeaders: headers,
      showTotals: totals,
      style: model.style?.theme ?? "TableStyleMedium2",
    };
    excel.book.tables.push(table);
  }
}

function copyMerges(sheet: SheetModel, worksheet: ExcelJS.Worksheet): void {
  const merges = (worksheet as unknown as { _merges?: Record<string, { model?: RangeRef }> })._merges ?? {};
  for (const merge of Object.values(merges)) {
    if (merge.model) sheet.merges.push({ ...merge.model });
  }
}

export function excelFromExceljs(
  workbook: ExcelJS.Workbook,
  options: SimulatedExcelOptions = {},
): SimulatedExcel {
  const excel = new SimulatedExcel(options);
  const date1904 = workbook.properties?.date1904 === true;
  excel.book.date1904 = date1904;
  for (const worksheet of workbook.worksheets) {
    const sheet = newSheet(excel.book, worksheet.name);
    const state: string = worksheet.state;
    sheet.visibility = state === "hidden" ? "Hidden" : state === "veryHidden" ? "VeryHidden" : "Visible";
    worksheet.eachRow((row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => copyCell(sheet, cell, r, c, date1904)),
    );
    (worksheet.columns ?? []).forEach((column, i) => {
      if (column?.width !== undefined) sheet.columnWidths.set(i + 1, (column.width * 7 + 5) * 0.75);
    });
    copyTables(excel, sheet, worksheet);
    copyMerges(sheet, worksheet);
  }
  excel.book.active = excel.book.sheets.find((s) => s.visibility === "Visible") ?? null;
  const names = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const { name, ranges } of names) {
    const parsed = ranges[0] === undefined ? null : parseAddress(ranges[0]);
    const sheet = parsed?.sheet ? (excel.book.sheets.find((s) => s.name === parsed.sheet) ?? null) : null;
    excel.book.names.push({
      name,
      sheet,
      ref: sheet && parsed ? parsed.ref : null,
      comment: "",
      visible: true,
    });
  }
  return excel;
}
