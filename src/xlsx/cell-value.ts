/**
 * One exceljs cell as the plan domain sees it (`RawValue`), normalised the way the Office.js
 * adapter reads the same cell: text (rich text and hyperlinks as their text), numbers,
 * booleans, dates as `RawDate`, errors as `RawError`, a formula as its cached result, and
 * `null` for an empty cell or the hidden part of a merged range.
 */
import ExcelJS from "exceljs";
import { rawDate, rawError, type RawValue } from "../plan";
import { excelDateIso, excelSerialIso } from "./excel-date";
import { isDateFormat } from "./number-format";

interface RichTextRun {
  readonly text?: unknown;
}

function richText(runs: readonly RichTextRun[]): string {
  let text = "";
  for (const run of runs) if (typeof run.text === "string") text += run.text;
  return text;
}

function text(value: string): string | null {
  return value === "" ? null : value;
}

/** A plain value (a cell's value or a formula's cached result) as a RawValue. */
export function normalizeValue(value: unknown, date1904: boolean): RawValue {
  switch (typeof value) {
    case "string":
      return text(value);
    case "number":
      return Number.isFinite(value) ? value : null;
    case "boolean":
      return value;
    case "object":
      break;
    default:
      return null;
  }
  if (value === null) return null;
  if (value instanceof Date) {
    const iso = excelDateIso(value, date1904);
    return iso === null ? null : rawDate(iso);
  }
  const object = value as {
    readonly error?: unknown;
    readonly richText?: unknown;
    readonly text?: unknown;
    readonly result?: unknown;
    readonly formula?: unknown;
    readonly sharedFormula?: unknown;
  };
  if (typeof object.error === "string") return rawError(object.error);
  if (Array.isArray(object.richText)) return text(richText(object.richText as RichTextRun[]));
  if (object.formula !== undefined || object.sharedFormula !== undefined) {
    return normalizeValue(object.result, date1904);
  }
  if (object.text !== undefined) return normalizeValue(object.text, date1904);
  return null;
}

const { ValueType } = ExcelJS;

/**
 * A number shown as a date is a date. exceljs turns such cells into Dates when it loads a
 * file; this covers cells written in memory the same way.
 */
function dateOrNumber(cell: ExcelJS.Cell, value: number, date1904: boolean): RawValue {
  if (!Number.isFinite(value)) return null;
  if (!isDateFormat(cell.numFmt)) return value;
  const iso = excelSerialIso(value, date1904);
  return iso === null ? null : rawDate(iso);
}

/** The cell's value; null for a missing cell. Never creates cells. */
export function normalizeCell(cell: ExcelJS.Cell | undefined, date1904: boolean): RawValue {
  if (cell === undefined) return null;
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge:
      return null;
    case ValueType.Number:
      return dateOrNumber(cell, cell.value as number, date1904);
    case ValueType.Formula: {
      const result = cell.result;
      if (typeof result === "number") return dateOrNumber(cell, result, date1904);
      return normalizeValue(result, date1904);
    }
    default:
      return normalizeValue(cell.value, date1904);
  }
}
