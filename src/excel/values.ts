/**
 * Cells as Office.js gives them (`values`, `numberFormat`, and `valueTypes` or where the
 * errors are) normalised into the plan domain's `RawValue` exactly as the exceljs adapter
 * does: a number in a date format is a date (1900 date system, 29 February 1900 included, or
 * the 1904 date system of old Mac workbooks when the caller says so), an
 * error is a `RawError`, "" is null. Rich text and hyperlinks already arrive as their text.
 */
import { rawDate, rawError, type RangeRef, type RawValue } from "../plan";

const DAY_MS = 86_400_000;
/** 1899-12-31: where the serial arithmetic (from 1899-12-30) puts serial 1. */
const SERIAL_1_MS = Date.UTC(1899, 11, 31);
/** 1900-03-01 (serial 61): from here the arithmetic is right. */
const SERIAL_61_MS = Date.UTC(1900, 2, 1);
/** Where the arithmetic puts serial 60, Excel's fictitious 1900-02-29. */
const SERIAL_60_MS = Date.UTC(1900, 1, 28);

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Serial 0 of the 1904 date system (1904-01-01) is serial 1462 of the 1900 one; from there
 * on the 1900 arithmetic is right, so a 1904 serial is read as that many days later.
 */
const DAYS_1904 = 1462;

/** The calendar date Excel shows for a serial number; a time of day is dropped. */
export function serialToIso(serial: number, date1904 = false): string | null {
  const ms = Math.round((serial + (date1904 ? DAYS_1904 : 0) - 25569) * DAY_MS);
  const day = Math.floor(ms / DAY_MS) * DAY_MS;
  if (!Number.isFinite(day) || day > Date.UTC(9999, 11, 31)) return null;
  if (day < SERIAL_1_MS || day >= SERIAL_61_MS) return isoOf(day);
  if (day === SERIAL_60_MS) return "1900-02-29";
  return isoOf(day + DAY_MS);
}

/**
 * The serial number Excel stores for an ISO date; null when `iso` is no calendar date or
 * lies before the workbook's first date (1904-01-01 in a 1904 workbook).
 */
export function isoToSerial(iso: string, date1904 = false): number | null {
  if (date1904) {
    const serial = iso === "1900-02-29" ? null : isoToSerial(iso);
    return serial === null || serial < DAYS_1904 ? null : serial - DAYS_1904;
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  if (iso === "1900-02-29") return 60;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (isoOf(ms) !== iso) return null;
  const days = (ms - Date.UTC(1899, 11, 30)) / DAY_MS;
  return ms < SERIAL_61_MS ? days - 1 : days;
}

/** Whether a number format shows a date or time (the test exceljs applies when it loads a cell). */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "") return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

function text(value: string): string | null {
  return value === "" ? null : value;
}

/** One cell (`date1904`: the workbook counts dates from 1904). */
export function normalizeCell(
  value: unknown,
  numberFormat: unknown,
  valueType: unknown,
  date1904 = false,
): RawValue {
  if (valueType === "Error") return rawError(String(value));
  if (valueType === "Empty") return null;
  switch (typeof value) {
    case "string":
      return text(value);
    case "boolean":
      return value;
    case "number": {
      if (!Number.isFinite(value)) return null;
      if (!isDateFormat(numberFormat)) return value;
      const iso = serialToIso(value, date1904);
      return iso === null ? value : rawDate(iso);
    }
    default:
      return null;
  }
}

/** A block of cells; the three arrays have the same shape. */
export function normalizeGrid(
  values: readonly (readonly unknown[])[],
  numberFormat: readonly (readonly unknown[])[],
  valueTypes: readonly (readonly unknown[])[],
): RawValue[][] {
  return values.map((row, i) => {
    const formats = numberFormat[i] ?? [];
    const types = valueTypes[i] ?? [];
    return row.map((value, j) => normalizeCell(value, formats[j], types[j]));
  });
}

/** The value type of a cell known not to hold an error. */
function plainType(value: unknown): string {
  if (value === "" || value === null || value === undefined) return "Empty";
  return typeof value === "string" ? "String" : typeof value === "number" ? "Double" : "Boolean";
}

/**
 * A block of cells read without `valueTypes` (to keep the response small): `errors` are the
 * rectangles (sheet rows and columns, 1-based) that hold error values; `top`/`left` is the
 * block's first cell.
 */
export function normalizeBlock(
  values: readonly (readonly unknown[])[],
  numberFormat: readonly (readonly unknown[])[],
  errors: readonly RangeRef[],
  top: number,
  left: number,
  date1904 = false,
): RawValue[][] {
  const isError = (r: number, c: number): boolean =>
    errors.some((e) => r >= e.top && r <= e.bottom && c >= e.left && c <= e.right);
  return values.map((row, i) => {
    const formats = numberFormat[i] ?? [];
    return row.map((value, j) => {
      const type = errors.length > 0 && isError(top + i, left + j) ? "Error" : plainType(value);
      return normalizeCell(value, formats[j], type, date1904);
    });
  });
}

/** A header row: text, or null for an empty header cell. */
export function headerTexts(values: readonly unknown[]): (string | null)[] {
  return values.map((v) => (v === null || v === undefined || v === "" ? null : String(v)));
}
