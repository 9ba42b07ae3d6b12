/**
 * Reads an exceljs workbook into the plan domain's `WorkbookSnapshot`: every sheet in tab
 * order with its tables, merged ranges and (for sheets without tables) its used range.
 * Reads only; never creates rows or cells.
 */
import type ExcelJS from "exceljs";
import {
  rawToText,
  type GridSnapshot,
  type RangeRef,
  type RawValue,
  type SheetSnapshot,
  type TableSnapshot,
  type WorkbookSnapshot,
} from "../plan";
import { normalizeCell } from "./cell-value";
import { mergedRanges, tableModels, tableRange, usesDate1904, type TableModel } from "./exceljs-internals";

function readRow(
  worksheet: ExcelJS.Worksheet,
  rowNumber: number,
  left: number,
  width: number,
  date1904: boolean,
): RawValue[] {
  const values: RawValue[] = new Array<RawValue>(width).fill(null);
  const row = worksheet.findRow(rowNumber);
  if (row === undefined) return values;
  for (let i = 0; i < width; i++) values[i] = normalizeCell(row.findCell(left + i), date1904);
  return values;
}

function readTable(
  worksheet: ExcelJS.Worksheet,
  model: TableModel,
  range: RangeRef,
  date1904: boolean,
): TableSnapshot {
  const width = range.right - range.left + 1;
  const hasHeader = model.headerRow !== false;
  const top = hasHeader ? range.top : range.top - 1;
  const headers = hasHeader
    ? readRow(worksheet, range.top, range.left, width, date1904).map(rawToText)
    : model.columns.map((c) => c.name ?? null);
  const last = model.totalsRow === true ? range.bottom - 1 : range.bottom;
  const rows: RawValue[][] = [];
  for (let r = top + 1; r <= last; r++) rows.push(readRow(worksheet, r, range.left, width, date1904));
  return { name: model.name, sheet: worksheet.name, top, left: range.left, headers, rows };
}

/** Cells holding a value, from the top-left used cell to the bottom-right one. */
function readUsedRange(worksheet: ExcelJS.Worksheet, date1904: boolean): GridSnapshot | null {
  const found: { row: number; cells: Map<number, RawValue> }[] = [];
  let left = Infinity;
  let right = -Infinity;
  worksheet.eachRow((row, rowNumber) => {
    let cells: Map<number, RawValue> | null = null;
    row.eachCell((cell, column) => {
      const value = normalizeCell(cell, date1904);
      if (value === null) return;
      cells ??= new Map();
      cells.set(column, value);
      if (column < left) left = column;
      if (column > right) right = column;
    });
    if (cells !== null) found.push({ row: rowNumber, cells });
  });
  const first = found[0];
  const lastFound = found[found.length - 1];
  if (first === undefined || lastFound === undefined) return null;
  const width = right - left + 1;
  const rows: RawValue[][] = [];
  let next = 0;
  for (let r = first.row; r <= lastFound.row; r++) {
    const values = new Array<RawValue>(width).fill(null);
    const entry = found[next];
    if (entry !== undefined && entry.row === r) {
      for (const [column, value] of entry.cells) values[column - left] = value;
      next++;
    }
    rows.push(values);
  }
  return { top: first.row, left, rows };
}

function visibility(worksheet: ExcelJS.Worksheet): SheetSnapshot["visibility"] {
  const state: string = worksheet.state;
  if (state === "hidden") return "hidden";
  if (state === "veryHidden") return "veryHidden";
  return "visible";
}

function readSheet(worksheet: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const tables: TableSnapshot[] = [];
  for (const model of tableModels(worksheet)) {
    const range = tableRange(model);
    if (range !== null) tables.push(readTable(worksheet, model, range, date1904));
  }
  return {
    name: worksheet.name,
    visibility: visibility(worksheet),
    tables,
    usedRange: tables.length === 0 ? readUsedRange(worksheet, date1904) : null,
    merges: mergedRanges(worksheet),
  };
}

export function readWorkbookSnapshot(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const date1904 = usesDate1904(workbook);
  return { sheets: workbook.worksheets.map((worksheet) => readSheet(worksheet, date1904)) };
}
