/**
 * Plain ranges on a sheet that could become Excel tables: a run of header cells in one of
 * the first rows of the used range (a title row may sit above the header row), reaching
 * down to the last row with anything in its columns.
 *
 * A header run ends at an empty cell. A run is left out when Excel could not make it a table
 * without changing a cell: a header that is not text (Excel would turn it into text), two
 * headers that are the same (Excel would number the second), or a merged range inside it.
 */
import type { RangeRef } from "../excel-address";
import { rangesIntersect } from "../excel-address";
import { isBlank, type RawValue } from "../raw-value";
import type { GridSnapshot, SheetSnapshot } from "../workbook-port";

/** How many rows from the top of the used range may hold the header row. */
export const HEADER_SCAN_ROWS = 10;

export interface HeaderRegion {
  readonly sheet: string;
  /** Header row through the last row with content (at least one data row). */
  readonly bounds: RangeRef;
  /** Header texts, one per column of the region. */
  readonly headers: readonly string[];
}

interface Run {
  readonly start: number;
  readonly end: number;
}

/** Runs of non-empty cells in a row, as indexes into the row. */
function runs(row: readonly RawValue[]): Run[] {
  const found: Run[] = [];
  let start = -1;
  row.forEach((value, j) => {
    if (!isBlank(value)) {
      if (start < 0) start = j;
      return;
    }
    if (start >= 0) found.push({ start, end: j - 1 });
    start = -1;
  });
  if (start >= 0) found.push({ start, end: row.length - 1 });
  return found;
}

function headerTexts(row: readonly RawValue[], run: Run): string[] | null {
  const texts: string[] = [];
  const seen = new Set<string>();
  for (let j = run.start; j <= run.end; j++) {
    const value = row[j];
    if (typeof value !== "string") return null;
    const key = value.trim().toLocaleLowerCase("sv-SE");
    if (seen.has(key)) return null;
    seen.add(key);
    texts.push(value);
  }
  return texts;
}

/** The last grid row (index) at or below `from` with content in columns `run`. */
function lastContentRow(grid: GridSnapshot, from: number, run: Run): number {
  for (let i = grid.rows.length - 1; i > from; i--) {
    const row = grid.rows[i] ?? [];
    for (let j = run.start; j <= run.end; j++) if (!isBlank(row[j] ?? null)) return i;
  }
  return from;
}

/** Every header region in the first rows of the sheet's used range. */
export function headerRegions(sheet: SheetSnapshot): HeaderRegion[] {
  const grid = sheet.usedRange;
  if (grid === null || sheet.tables.length > 0) return [];
  const regions: HeaderRegion[] = [];
  const scan = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < scan; i++) {
    const row = grid.rows[i] ?? [];
    for (const run of runs(row)) {
      const headers = headerTexts(row, run);
      if (headers === null) continue;
      const top = grid.top + i;
      const bottom = Math.max(grid.top + lastContentRow(grid, i, run), top + 1);
      const bounds = { top, bottom, left: grid.left + run.start, right: grid.left + run.end };
      if (sheet.merges.some((m) => rangesIntersect(m, bounds))) continue;
      regions.push({ sheet: sheet.name, bounds, headers });
    }
  }
  return regions;
}
