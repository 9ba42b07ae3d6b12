/**
 * Plan values (`CellInput`) as Office.js writes them: a 2D `values` array and the matching
 * `numberFormat` array, queued number formats first. Every string goes into a cell formatted
 * as text ("@"), so Excel keeps it exactly as given: "=Summa", "+46…", "-" and "@…" stay text
 * instead of becoming formulas, "1.10" is not turned into 1.1 nor "2026-05-14" into a date.
 * Dates are serial numbers shown as `yyyy-mm-dd`, in the workbook's date system (1900, or
 * 1904 for old Mac workbooks). A null number format leaves the cell's format as it is
 * (Office.js ignores null in 2D arrays).
 */
import { isRawDate, type CellInput } from "../plan";
import { isoToSerial } from "./values";

export const TEXT_FORMAT = "@";
export const DATE_FORMAT = "yyyy-mm-dd";

export type OfficeValue = string | number | boolean;

export interface OfficeCell {
  readonly value: OfficeValue;
  readonly format: string | null;
}

export function officeCell(input: CellInput, date1904 = false): OfficeCell {
  if (input === null) return { value: "", format: null };
  if (typeof input === "string") return { value: input, format: TEXT_FORMAT };
  if (typeof input === "number") return { value: Number.isFinite(input) ? input : "", format: null };
  if (typeof input === "boolean") return { value: input, format: null };
  if (isRawDate(input)) {
    const serial = isoToSerial(input.iso, date1904);
    return serial === null
      ? { value: input.iso, format: TEXT_FORMAT }
      : { value: serial, format: DATE_FORMAT };
  }
  return { value: input.code, format: TEXT_FORMAT };
}

export interface OfficeBlock {
  readonly values: OfficeValue[][];
  readonly formats: (string | null)[][];
  /** Whether any cell needs a number format (else the numberFormat write is skipped). */
  readonly hasFormats: boolean;
}

/**
 * Rows padded to `width` cells. `columnFormats` gives a format for empty cells of a column
 * (a text or date column of a table); `date1904`: the workbook's date system.
 */
export function officeBlock(
  rows: readonly (readonly CellInput[])[],
  width: number,
  columnFormats: ReadonlyMap<number, string> = new Map(),
  date1904 = false,
): OfficeBlock {
  let hasFormats = false;
  const values: OfficeValue[][] = [];
  const formats: (string | null)[][] = [];
  for (const row of rows) {
    const v: OfficeValue[] = [];
    const f: (string | null)[] = [];
    for (let j = 0; j < width; j++) {
      const cell = officeCell(row[j] ?? null, date1904);
      const format = cell.format ?? (cell.value === "" ? (columnFormats.get(j) ?? null) : null);
      if (format !== null) hasFormats = true;
      v.push(cell.value);
      f.push(format);
    }
    values.push(v);
    formats.push(f);
  }
  return { values, formats, hasFormats };
}
