/**
 * Where a generated sheet's printed pages begin: manual page breaks that keep blocks (an
 * activity, a heading with what follows it) on one page. Works in the sheet's own points
 * and the print scale, as Excel and LibreOffice lay out an A4 page.
 */
import type { PageMargins } from "./sheet-layout";

/** A4 in points, portrait. */
export const A4_POINTS = { width: 595.28, height: 841.89 } as const;

/** The height Excel gives a row whose height is not set (Calibri 11). */
export const DEFAULT_ROW_POINTS = 15;

/** Excel's width of a column `chars` characters wide (Calibri 11: 7 px a digit, 5 px padding), in points. */
export function columnPoints(chars: number): number {
  return (Math.round(chars * 7) + 5) * 0.75;
}

/**
 * The print scale (whole per cent) at which Excel fits columns of `widths` to the width of
 * an A4 page between the margins.
 */
export function fitWidthScale(widths: readonly number[], margins: PageMargins): number {
  const sheet = widths.reduce((sum, w) => sum + columnPoints(w), 0);
  const printable = A4_POINTS.width - (margins.left + margins.right) * 72;
  return Math.min(100, Math.floor((100 * printable) / sheet));
}

/** Sheet points that fit on one A4 page between the margins at `scale` per cent. */
export function pageCapacity(scale: number, margins: PageMargins): number {
  return (A4_POINTS.height - (margins.top + margins.bottom) * 72) / (scale / 100);
}

/** Rows that print together: a block, a heading kept with what follows, or one table row. */
export interface PrintUnit {
  /** First and last sheet row (1-based, inclusive). */
  readonly first: number;
  readonly last: number;
  /** Keep on the same page as the next unit (a heading is never left alone at a page's foot). */
  readonly keepWithNext: boolean;
  /** Start a new page (the first page's content ends before it). */
  readonly breakBefore: boolean;
}

export interface PageGeometry {
  /** Sheet points per page. */
  readonly capacity: number;
  /** Points the rows repeated at the top of every later page take. */
  readonly repeated: number;
}

/**
 * The rows that begin a new page (manual breaks), for units in sheet order that cover every
 * row. A unit (with the units it is kept with) that does not fit on what is left of a page
 * starts the next one; a unit taller than a page starts a page and is left to break where
 * the program breaks it, which is followed row by row to know where the next page begins.
 */
export function pageBreaks(
  heights: readonly number[],
  units: readonly PrintUnit[],
  page: PageGeometry,
): number[] {
  const heightOf = (first: number, last: number) => {
    let sum = 0;
    for (let r = first; r <= last; r++) sum += heights[r - 1] ?? DEFAULT_ROW_POINTS;
    return sum;
  };
  const breaks: number[] = [];
  let top = 0;
  let used = 0;
  // Called only where rows of the page above are placed (used > top), so never for row 1
  // and never twice for one row.
  const newPage = (row: number) => {
    breaks.push(row);
    top = page.repeated;
    used = top;
  };
  const fresh = page.capacity - page.repeated;
  // The last unit of a chain placed together: its members follow their heading.
  let chainEnd = -1;
  units.forEach((unit, i) => {
    if (unit.breakBefore && used > top) newPage(unit.first);
    let last = i;
    while (units[last]?.keepWithNext && last + 1 < units.length) last++;
    if (used > top && i > chainEnd) {
      const chain = heightOf(unit.first, units[last]?.last ?? unit.last);
      // A chain too tall for any page starts one, so a heading leads what it is kept with.
      if (chain > fresh || used + chain > page.capacity) newPage(unit.first);
    }
    chainEnd = Math.max(chainEnd, last);
    for (let r = unit.first; r <= unit.last; r++) {
      const h = heights[r - 1] ?? DEFAULT_ROW_POINTS;
      // Where the program breaks inside a unit taller than a page (a row taller than a whole
      // page, at its top, leaves the page over-full either way).
      if (used + h > page.capacity) {
        top = page.repeated;
        used = top;
      }
      used += h;
    }
  });
  return breaks;
}

/**
 * A layout's manual page breaks (`SheetLayout.pageBreaks`: a break above each of these
 * 1-based rows) as each adapter writes them: in order, once each, without a break above row 1
 * (which means nothing). The .xlsx writer turns them into `<rowBreaks>` after the row before;
 * the Office.js one adds a horizontal page break above each.
 */
export function manualPageBreaks(above?: readonly number[]): number[] {
  if (above === undefined) return [];
  return [...new Set(above.filter((r) => Number.isInteger(r) && r > 1))].sort((a, b) => a - b);
}
