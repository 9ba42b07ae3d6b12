/**
 * A1 addresses as Office.js takes and gives them: "B2", "B2:D9", "5:9" (whole rows),
 * "A:C" (whole columns), optionally after a sheet name ("'Uppföljning'!A1:I20").
 */
import { columnNumber, rangeA1, type RangeRef } from "../../../src/plan";
import { MAX_COLUMNS, MAX_ROWS } from "./model";

export interface ParsedAddress {
  readonly sheet: string | null;
  readonly ref: RangeRef;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const ROW = /^\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;

function corner(part: string, end: boolean): { row: number; column: number } | null {
  const cell = CELL.exec(part);
  if (cell) return { row: Number(cell[2]), column: columnNumber(cell[1] ?? "A") };
  const row = ROW.exec(part);
  if (row) return { row: Number(row[1]), column: end ? MAX_COLUMNS : 1 };
  const column = COLUMN.exec(part);
  if (column) return { row: end ? MAX_ROWS : 1, column: columnNumber(column[1] ?? "A") };
  return null;
}

function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1) };
}

/** One rectangle; null when the text is not an address. */
export function parseAddress(address: string): ParsedAddress | null {
  const { sheet, local } = splitSheet(address.trim());
  const [first = "", second, extra] = local.split(":");
  if (extra !== undefined) return null;
  const a = corner(first, false);
  const b = corner(second ?? first, true);
  if (!a || !b) return null;
  if (second === undefined && !CELL.test(first)) return null;
  const ref = {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
  if (ref.top < 1 || ref.left < 1 || ref.bottom > MAX_ROWS || ref.right > MAX_COLUMNS) return null;
  return { sheet, ref };
}

/** Several rectangles separated by commas ("A1:B2, D4"), as `getRanges` takes them. */
export function parseAreas(address: string): ParsedAddress[] | null {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  const parsed = parts.map(parseAddress);
  return parsed.every((p) => p !== null) ? (parsed as ParsedAddress[]) : null;
}

const LETTERS_ONLY = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
const LOOKS_LIKE_CELL = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

/**
 * A sheet name as this simulated Excel writes it in an address: quoted (inner quotes doubled)
 * when it holds anything but letters, digits, "_" and "." or could be read as a cell
 * ("'Rapport T1 2026'!A1"), bare otherwise, letters outside ASCII included ("Uppföljning!A1").
 * Excel's rule is not documented; this is the rule of its formula bar.
 */
export function sheetInAddress(sheet: string): string {
  if (LETTERS_ONLY.test(sheet) && !LOOKS_LIKE_CELL.test(sheet)) return sheet;
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** "Uppföljning!A1:C4" as Excel writes a range's address. */
export function formatAddress(sheet: string, ref: RangeRef): string {
  return `${sheetInAddress(sheet)}!${rangeA1(ref)}`;
}
