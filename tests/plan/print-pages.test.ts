import { describe, expect, it } from "vitest";
import {
  columnPoints,
  fitWidthScale,
  manualPageBreaks,
  pageBreaks,
  pageCapacity,
  PRINT_MARGINS,
  type PrintUnit,
} from "../../src/plan";

/** Units of one row each, 10 pt tall: `keep` marks those kept with the next. */
function rowsOf(count: number, change: Partial<Record<number, Partial<PrintUnit>>> = {}): PrintUnit[] {
  return Array.from({ length: count }, (_, i) => ({
    first: i + 1,
    last: i + 1,
    keepWithNext: false,
    breakBefore: false,
    ...change[i + 1],
  }));
}

const page = { capacity: 100, repeated: 20 };

describe("pageBreaks", () => {
  it("breaks where the next row no longer fits, the repeated rows counted on every later page", () => {
    // Page 1 holds rows 1–10; later pages 20 + 8 rows.
    expect(pageBreaks(Array(30).fill(10), rowsOf(30), page)).toEqual([11, 19, 27]);
  });

  it("moves a block that does not fit on what is left of a page to the next page", () => {
    const heights = Array(12).fill(10);
    const units: PrintUnit[] = [
      ...rowsOf(7),
      { first: 8, last: 12, keepWithNext: false, breakBefore: false },
    ];
    expect(pageBreaks(heights, units, page)).toEqual([8]);
    // A block that fits stays.
    expect(
      pageBreaks(
        heights,
        [...rowsOf(5), { first: 6, last: 10, keepWithNext: false, breakBefore: false }],
        page,
      ),
    ).toEqual([]);
  });

  it("never leaves a heading alone at a page's foot: it goes with what follows", () => {
    const units = rowsOf(12, { 10: { keepWithNext: true } });
    expect(pageBreaks(Array(12).fill(10), units, page)).toEqual([10]);
  });

  it("starts a page where the layout asks, and not twice at the top of one", () => {
    expect(pageBreaks(Array(6).fill(10), rowsOf(6, { 3: { breakBefore: true } }), page)).toEqual([3]);
    expect(pageBreaks(Array(12).fill(10), rowsOf(12, { 11: { breakBefore: true } }), page)).toEqual([11]);
  });

  it("starts a block taller than a page on a new page and follows the program's breaks inside it", () => {
    const heights = Array(25).fill(10);
    const units: PrintUnit[] = [
      ...rowsOf(3),
      { first: 4, last: 20, keepWithNext: false, breakBefore: false },
      ...rowsOf(25).slice(20),
    ];
    // Rows 4–11 fill page 2 (20 + 80), 12–19 page 3; 20 and the rest then fit on page 4.
    expect(pageBreaks(heights, units, page)).toEqual([4]);
  });
});

describe("pageBreaks at the edges", () => {
  it("takes each row's own height, inside a unit and across a chain", () => {
    // Rows 1–9 are 10 pt; row 10 is 30 pt, so a block of rows 9–10 (40 pt) no longer fits after
    // 80 pt: reading a neighbour's height would see 10 or 30 pt in the wrong place.
    const heights = [...Array(8).fill(10), 10, 30, 10];
    const units: PrintUnit[] = [
      ...rowsOf(8),
      { first: 9, last: 10, keepWithNext: false, breakBefore: false },
      ...rowsOf(11).slice(10),
    ];
    expect(pageBreaks(heights, units, page)).toEqual([9]);
    // One-row units: row 10 (30 pt) does not fit after 90 pt, nor row 11 after 20 + 30 + 40.
    expect(pageBreaks([...Array(9).fill(10), 30, 40, 40], rowsOf(12), page)).toEqual([10, 12]);
  });

  it("does not count the repeated rows on the first page, even where the layout asks for a break there", () => {
    expect(pageBreaks(Array(30).fill(10), rowsOf(30, { 1: { breakBefore: true } }), page)).toEqual([
      11, 19, 27,
    ]);
  });

  it("keeps a chain of headings with what follows up to the last unit", () => {
    // Rows 10–12 are kept together to the end: 30 pt after 90 pt do not fit.
    const units = rowsOf(12, {
      10: { keepWithNext: true },
      11: { keepWithNext: true },
      12: { keepWithNext: true },
    });
    expect(pageBreaks(Array(12).fill(10), units, page)).toEqual([10]);
  });

  it("keeps a heading with a block exactly as tall as a later page where they fit", () => {
    // Heading (row 2) and block (rows 3–9) are 80 pt, what a later page holds: after 10 pt they fit.
    const units: PrintUnit[] = [
      ...rowsOf(1),
      { first: 2, last: 2, keepWithNext: true, breakBefore: false },
      { first: 3, last: 9, keepWithNext: false, breakBefore: false },
    ];
    expect(pageBreaks(Array(9).fill(10), units, page)).toEqual([]);
  });

  it("starts a page with a block taller than later pages hold even where the first page has room", () => {
    // Rows 2–10 are 90 pt: more than the 80 pt a later page holds, so they start one.
    const units: PrintUnit[] = [
      ...rowsOf(1),
      { first: 2, last: 10, keepWithNext: false, breakBefore: false },
    ];
    expect(pageBreaks(Array(10).fill(10), units, page)).toEqual([2]);
  });

  it("never breaks above the first row, even for a first block taller than a page", () => {
    const units: PrintUnit[] = [
      { first: 1, last: 9, keepWithNext: false, breakBefore: false },
      ...rowsOf(10).slice(9),
    ];
    // Rows 1–9 fill page 1 (90 pt); row 10 (10 pt) still fits under them.
    expect(pageBreaks(Array(10).fill(10), units, page)).toEqual([]);
  });

  it("moves a heading to the page its too tall block starts on, and does not leave it there alone", () => {
    const units: PrintUnit[] = [
      ...rowsOf(3),
      { first: 4, last: 4, keepWithNext: true, breakBefore: false },
      { first: 5, last: 20, keepWithNext: false, breakBefore: false },
      ...rowsOf(22).slice(20),
    ];
    // Heading 4 starts page 2 (20 + 10 + 70: rows 5–11), the program breaks at 12 and 20.
    expect(pageBreaks(Array(22).fill(10), units, page)).toEqual([4]);
  });
});

describe("print geometry", () => {
  it("takes Excel's column widths in points and the scale that fits them to A4 between the margins", () => {
    expect(columnPoints(12)).toBe(66.75);
    // 24 + 7 × 12 characters: 597 pt; A4 less 2 × 0.6 in is 508.9 pt: 85 %.
    expect(fitWidthScale([24, 12, 12, 12, 12, 12, 12, 12], PRINT_MARGINS)).toBe(85);
    expect(pageCapacity(85, PRINT_MARGINS)).toBeCloseTo((841.89 - 100.8) / 0.85, 5);
  });
});

describe("manualPageBreaks", () => {
  it("gives the rows to break above in order, once each, without row 1", () => {
    expect(manualPageBreaks([61, 28, 1, 28, 0, 45])).toEqual([28, 45, 61]);
    expect(manualPageBreaks(undefined)).toEqual([]);
  });
});
