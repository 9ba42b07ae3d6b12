/**
 * Cell values as every workbook adapter hands them to the plan domain.
 *
 * Adapters normalise what the spreadsheet holds so that the same workbook gives
 * identical raw values whether it was read with exceljs or through Office.js.
 */

/** A cell that Excel shows as a date (a date cell, not text that looks like one). */
export interface RawDate {
  readonly kind: "date";
  /** The calendar date as `YYYY-MM-DD`; a time of day, if any, is dropped. */
  readonly iso: string;
}

/** A cell holding an Excel error value such as `#N/A` or `#REF!`. */
export interface RawError {
  readonly kind: "error";
  /** The error exactly as Excel writes it, e.g. `#DIV/0!`. */
  readonly code: string;
}

/**
 * One cell: text (rich text and hyperlinks as their text, numbers stored as text left as
 * text), a number, a boolean, a date, an error, or `null` for an empty cell. A formula cell
 * is its cached result.
 */
export type RawValue = string | number | boolean | RawDate | RawError | null;

export const EXCEL_ERROR_CODES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
] as const;

export function rawDate(iso: string): RawDate {
  return { kind: "date", iso };
}

export function rawError(code: string): RawError {
  return { kind: "error", code };
}

export function isRawDate(value: RawValue): value is RawDate {
  return typeof value === "object" && value !== null && value.kind === "date";
}

export function isRawError(value: RawValue): value is RawError {
  return typeof value === "object" && value !== null && value.kind === "error";
}

/** Empty cell or a cell holding only whitespace. */
export function isBlank(value: RawValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** The value as the user sees it, for messages and `Finding.value`. */
export function rawToText(value: RawValue): string | null {
  if (value === null) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "SANT" : "FALSKT";
  return value.kind === "date" ? value.iso : value.code;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

/**
 * Whether two cells hold the same: equal text, numbers and booleans, the same date or error;
 * an empty string and an empty cell are the same. For seeing whether a cell changed.
 */
export function sameRawValue(a: RawValue, b: RawValue): boolean {
  const left = a === "" ? null : a;
  const right = b === "" ? null : b;
  if (left === right) return true;
  if (typeof left !== "object" || typeof right !== "object" || left === null || right === null) return false;
  if (left.kind === "date" && right.kind === "date") return left.iso === right.iso;
  if (left.kind === "error" && right.kind === "error") return left.code === right.code;
  return false;
}
