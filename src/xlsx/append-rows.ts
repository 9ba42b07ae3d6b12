/**
 * Appends rows to a plan table (where they go: append-target.ts). An Excel table grows
 * downwards to hold them, moving a totals row along; new cells take the formats and
 * drop-down lists of the row above. Nothing outside the written cells and the table's range
 * changes, and occupied cells below the table are never overwritten.
 */
import type ExcelJS from "exceljs";
import { cellAddress, columnLetter, isRawDate, rangeA1, type CellInput, type TableLocation } from "../plan";
import { rangeTarget, tableTarget, type Target } from "./append-target";
import { normalizeCell } from "./cell-value";
import { dataValidations, usesDate1904 } from "./exceljs-internals";
import { FILE_MESSAGES } from "./file-messages";
import { ValidationLookup } from "./validation-ranges";
import { DATE_FORMAT, isDateFormat, toExcelValue } from "./write-cell";
import { WorkbookFileError } from "./workbook-file-error";

/** Rows that will hold table data (or the moved totals row) must be empty below the table. */
function assertFreeBelow(target: Target, firstNew: number, lastNew: number): void {
  const { worksheet, left, width } = target;
  for (let r = firstNew; r <= lastNew; r++) {
    const row = worksheet.findRow(r);
    for (let c = left; c < left + width; c++) {
      if (row !== undefined && normalizeCell(row.findCell(c), false) !== null) {
        throw new WorkbookFileError(
          FILE_MESSAGES.occupiedBelow(worksheet.name, cellAddress(worksheet.name, r, c)),
        );
      }
    }
  }
}

function copyStyle(source: ExcelJS.Cell, target: ExcelJS.Cell): void {
  target.style = structuredClone(source.style);
}

/** Moves a table's totals row down by `rows` rows. */
function moveTotalsRow(target: Target, from: number, rows: number): void {
  const { worksheet, left, width } = target;
  for (let c = left; c < left + width; c++) {
    const source = worksheet.getCell(from, c);
    const destination = worksheet.getCell(from + rows, c);
    destination.value = source.value;
    copyStyle(source, destination);
    source.value = null;
  }
}

function writeRows(target: Target, rows: readonly (readonly CellInput[])[], date1904: boolean): void {
  const { worksheet, left, width, start, dataBottom, bodyTop } = target;
  const store = dataValidations(worksheet);
  const validations = new ValidationLookup(store.model);
  const styleRow = dataBottom >= bodyTop ? worksheet.findRow(dataBottom) : undefined;
  rows.forEach((values, i) => {
    const r = start + i;
    for (let j = 0; j < width; j++) {
      const cell = worksheet.getCell(r, left + j);
      if (r > dataBottom) {
        const source = styleRow?.findCell(left + j);
        if (source !== undefined) copyStyle(source, cell);
        const validation = validations.at(dataBottom, left + j);
        if (validation !== undefined && validations.at(r, left + j) === undefined) {
          store.add(`${columnLetter(left + j)}${r}`, validation);
        }
      }
      const value = values[j] ?? null;
      if (value === null) continue;
      cell.value = toExcelValue(value, date1904);
      if (isRawDate(value) && !isDateFormat(cell.numFmt)) cell.numFmt = DATE_FORMAT;
    }
  });
}

function growTable(target: Target, lastRow: number): void {
  if (target.table === null) return;
  const { model, range } = target.table;
  const dataBottom = Math.max(target.dataBottom, lastRow);
  const added = dataBottom - target.dataBottom;
  if (added === 0) return;
  if (model.totalsRow === true) moveTotalsRow(target, range.bottom, added);
  const bottom = model.totalsRow === true ? dataBottom + 1 : dataBottom;
  model.tableRef = rangeA1({ ...range, bottom });
  model.autoFilterRef = rangeA1({ ...range, bottom: dataBottom });
  if (Array.isArray(model.rows)) for (let i = 0; i < added; i++) model.rows.push([]);
}

export function appendRows(
  workbook: ExcelJS.Workbook,
  location: TableLocation,
  rows: readonly (readonly CellInput[])[],
): void {
  if (rows.length === 0) return;
  const target =
    location.excelTable === null
      ? rangeTarget(workbook, location)
      : tableTarget(workbook, location, location.excelTable);
  const lastRow = target.start + rows.length - 1;
  const totals = target.table?.model.totalsRow === true ? 1 : 0;
  if (lastRow > target.dataBottom) {
    assertFreeBelow(target, target.dataBottom + 1 + totals, lastRow + totals);
  }
  growTable(target, lastRow);
  writeRows(target, rows, usesDate1904(workbook));
}
