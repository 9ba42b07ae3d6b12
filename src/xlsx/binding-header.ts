/** A header cell's text as the workbook holds it (read through exceljs). */
import type ExcelJS from "exceljs";
import { rawToText } from "../plan";
import { normalizeCell } from "./cell-value";

/** A header cell's text (rich text as its text); "" for an empty cell. */
export function headerText(worksheet: ExcelJS.Worksheet, row: number, column: number): string {
  return rawToText(normalizeCell(worksheet.findRow(row)?.findCell(column), false)) ?? "";
}
