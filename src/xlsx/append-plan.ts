/**
 * Where appended rows go, decided on the workbook as read (exceljs): after a table's last
 * non-blank data row (an empty table holds one blank row, and Excel users often leave blank
 * rows at a table's end), or below a plain range. Refuses, before anything is written,
 * when a cell the rows (or a moved totals row) would take is not empty, or when the rows
 * would go past Excel's last row.
 */
import type ExcelJS from "exceljs";
import { cellAddress, MAX_ROWS, type CellInput, type RangeRef, type TableLocation } from "../plan";
import { rangeTarget, tableTarget, type Target } from "./append-target";
import { normalizeCell } from "./cell-value";
import { FILE_MESSAGES } from "./file-messages";
import { WorkbookFileError } from "./workbook-file-error";

/** What the package edit needs to know (package-append.ts). */
export interface AppendPlan {
  readonly sheet: string;
  readonly left: number;
  readonly width: number;
  /** First row written. */
  readonly start: number;
  /** Last row of the data body before appending (the style and drop-down source). */
  readonly dataBottom: number;
  /** First data row; rows above it are never a style source. */
  readonly bodyTop: number;
  /** The Excel table that grows, with its whole range and whether it has a totals row. */
  readonly table: { readonly name: string; readonly range: RangeRef; readonly totalsRow: boolean } | null;
}

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

export function planAppend(
  workbook: ExcelJS.Workbook,
  location: TableLocation,
  rows: readonly (readonly CellInput[])[],
): AppendPlan {
  const target =
    location.excelTable === null
      ? rangeTarget(workbook, location)
      : tableTarget(workbook, location, location.excelTable);
  const totals = target.table?.model.totalsRow === true ? 1 : 0;
  const lastRow = target.start + rows.length - 1;
  if (lastRow + totals > MAX_ROWS) {
    throw new WorkbookFileError(FILE_MESSAGES.tooManyRows(target.worksheet.name, lastRow + totals));
  }
  if (lastRow > target.dataBottom) assertFreeBelow(target, target.dataBottom + 1 + totals, lastRow + totals);
  const { worksheet, left, width, start, dataBottom, bodyTop, table } = target;
  return {
    sheet: worksheet.name,
    left,
    width,
    start,
    dataBottom,
    bodyTop,
    table: table === null ? null : { name: table.model.name, range: table.range, totalsRow: totals === 1 },
  };
}
