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
