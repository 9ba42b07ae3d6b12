/** Plan values (`CellInput`) as exceljs cell values: text always as text, dates as dates. */
import type ExcelJS from "exceljs";
import { isRawDate, type CellInput } from "../plan";
import { excelDateOf } from "./excel-date";

/** The number format for date cells and date columns. */
export const DATE_FORMAT = "yyyy-mm-dd";
/** The number format that keeps what the user types as text ("1.10" stays "1.10"). */
export const TEXT_FORMAT = "@";

/**
 * The value to give exceljs. A string is a plain string even when it starts with "=" (only
 * `{ formula }` objects become formulas); a date becomes a Date (shown with `DATE_FORMAT`),
 * or its ISO text when Excel cannot hold it as a date (before 1900).
 */
export function toExcelValue(value: CellInput, date1904: boolean): ExcelJS.CellValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (isRawDate(value)) return excelDateOf(value.iso, date1904) ?? value.iso;
  return { error: value.code as ExcelJS.CellErrorValue["error"] };
}

/**
 * Whether the number format shows a date or time: the test exceljs applies when it loads a
 * number cell, so a cell reads the same before and after a save.
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}
