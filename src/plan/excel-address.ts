/** A1 addresses as Excel writes them. Pure helpers, shared by every adapter. */

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Excel compares sheet, table and defined names without regard to case: the key under
 * which two names are the same.
 */
export function excelNameKey(name: string): string {
  return name.toLocaleLowerCase("sv-SE");
}

const PLAIN_SHEET_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const LOOKS_LIKE_CELL = /^(?:[A-Za-z]{1,3}\d+|R\d*C\d*|R|C)$/i;

/**
 * A sheet name as it stands before `!` in a reference: quoted when it holds spaces,
 * punctuation or non-ASCII letters (`'Uppföljning'`), with inner quotes doubled.
 */
export function quoteSheetName(sheet: string): string {
  if (PLAIN_SHEET_NAME.test(sheet) && !LOOKS_LIKE_CELL.test(sheet)) return sheet;
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * The sheet a reference names, as Excel writes it: `='Rapport T1 2026'!$A$1` → "Rapport T1
 * 2026", `'Kim''s'!A1` → "Kim's", `Plan!B2` → "Plan". Null when it names no sheet (`B2`,
 * `!B2`). A leading `=` is allowed; only the first reference of a list is read.
 */
export function sheetOfReference(reference: string): string | null {
  const match = /^(?:'((?:[^']|'')+)'|([^!']+))!/.exec(reference.replace(/^=/, ""));
  return match?.[1]?.replace(/''/g, "'") ?? match?.[2] ?? null;
}

export function cellAddress(sheet: string, row: number, column: number): string {
  return `${quoteSheetName(sheet)}!${columnLetter(column)}${row}`;
}

export interface CellRef {
  readonly row: number;
  readonly column: number;
}

export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "B2:D9" or "B2" → a range (1-based, inclusive); null when it is not an A1 range. */
export function parseRange(a1: string): RangeRef | null {
  const local = a1.slice(a1.lastIndexOf("!") + 1);
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(local);
  if (!match) return null;
  const [, c1 = "A", r1 = "1", c2, r2] = match;
  const top = Number(r1);
  const left = columnNumber(c1);
  const bottom = r2 === undefined ? top : Number(r2);
  const right = c2 === undefined ? left : columnNumber(c2);
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

export function rangeA1(range: RangeRef): string {
  const start = `${columnLetter(range.left)}${range.top}`;
  const end = `${columnLetter(range.right)}${range.bottom}`;
  return start === end ? start : `${start}:${end}`;
}

export function rangesIntersect(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
