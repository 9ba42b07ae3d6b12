/**
 * Where appended rows go: for an Excel table, after its last non-blank data row (an empty
 * table holds one blank row, and Excel users often leave blank rows at a table's end); for
 * a plain range, below its last row.
 */
import { excelNameKey } from "../plan";
import type ExcelJS from "exceljs";
import type { RangeRef, TableLocation } from "../plan";
import { normalizeCell } from "./cell-value";
import { tableModels, tableRange, type TableModel } from "./exceljs-internals";
import { FILE_MESSAGES } from "./file-messages";
import { WorkbookFileError } from "./workbook-file-error";

/** Where the rows go and what grows. */
export interface Target {
  readonly worksheet: ExcelJS.Worksheet;
  readonly left: number;
  readonly width: number;
  /** First row written. */
  readonly start: number;
  /** Last row of the data body before appending (the style and validation source). */
  readonly dataBottom: number;
  /** First data row; rows above it are never used as a style source. */
  readonly bodyTop: number;
  readonly table: { readonly model: TableModel; readonly range: RangeRef } | null;
}

function isBlankRow(worksheet: ExcelJS.Worksheet, row: number, left: number, width: number): boolean {
  const found = worksheet.findRow(row);
  if (found === undefined) return true;
  for (let c = left; c < left + width; c++)
    if (normalizeCell(found.findCell(c), false) !== null) return false;
  return true;
}

function findTable(workbook: ExcelJS.Workbook, location: TableLocation, name: string) {
  const sheets = [
    ...workbook.worksheets.filter((w) => w.name === location.sheet),
    ...workbook.worksheets.filter((w) => w.name !== location.sheet),
  ];
  for (const worksheet of sheets) {
    const model = tableModels(worksheet).find((t) => excelNameKey(t.name) === excelNameKey(name));
    const range = model && tableRange(model);
    if (model && range) return { worksheet, model, range };
  }
  throw new WorkbookFileError(FILE_MESSAGES.tableNotFound(name, location.sheet));
}

export function tableTarget(workbook: ExcelJS.Workbook, location: TableLocation, name: string): Target {
  const { worksheet, model, range } = findTable(workbook, location, name);
  const bodyTop = model.headerRow === false ? range.top : range.top + 1;
  const dataBottom = model.totalsRow === true ? range.bottom - 1 : range.bottom;
  const width = range.right - range.left + 1;
  let lastFilled = dataBottom;
  while (lastFilled >= bodyTop && isBlankRow(worksheet, lastFilled, range.left, width)) lastFilled--;
  return {
    worksheet,
    left: range.left,
    width,
    start: lastFilled + 1,
    dataBottom,
    bodyTop,
    table: { model, range },
  };
}

export function rangeTarget(workbook: ExcelJS.Workbook, location: TableLocation): Target {
  const worksheet = workbook.worksheets.find((w) => w.name === location.sheet);
  if (worksheet === undefined) throw new WorkbookFileError(FILE_MESSAGES.sheetNotFound(location.sheet));
  const dataBottom = location.top + location.rowCount;
  const width = Math.max(location.headers.length, 1);
  return {
    worksheet,
    left: location.left,
    width,
    start: dataBottom + 1,
    dataBottom,
    bodyTop: location.top + 1,
    table: null,
  };
}
