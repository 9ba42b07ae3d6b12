import { describe, expect, it } from "vitest";
import {
  OVERSCAN,
  ROW_HEIGHT,
  columnEdges,
  moveSelection,
  rowWindow,
  scrollToShow,
} from "../../src/preview/grid-window";

describe("rowWindow", () => {
  it("reports the rows in view at the top, and the overscan below them", () => {
    // 10 rows of 24 px fit in 240 px; one more may peek in.
    expect(rowWindow(0, 240, 5000)).toEqual({ first: 1, last: 11 + OVERSCAN });
  });

  it("reports the rows in view far down a long sheet, not the rows above them", () => {
    const window = rowWindow(1000 * ROW_HEIGHT, 240, 5000);
    expect(window).toEqual({ first: 1001 - OVERSCAN, last: 1011 + OVERSCAN });
    expect(window.last - window.first).toBeLessThan(40);
  });

  it("stops at the sheet's last row", () => {
    expect(rowWindow(0, 2400, 30)).toEqual({ first: 1, last: 30 });
  });
});

describe("scrollToShow", () => {
  it("keeps the scroll position when the span is in view", () => {
    expect(scrollToShow(100, 400, 200, 24, 50)).toBe(100);
  });

  it("scrolls so the span stands `lead` from the top when it is below or above the view", () => {
    expect(scrollToShow(0, 400, 2400, 24, 130)).toBe(2270);
    expect(scrollToShow(2400, 400, 480, 24, 130)).toBe(350);
  });

  it("never scrolls before the start", () => {
    expect(scrollToShow(500, 400, 24, 24, 130)).toBe(0);
  });
});

describe("columnEdges", () => {
  it("reports each column's left edge and the right edge of the last", () => {
    expect(columnEdges(3, (c) => c * 10)).toEqual([0, 10, 30, 60]);
  });
});

describe("moveSelection", () => {
  const bounds = { rows: 40, columns: 10, page: 20, lastRow: 9, lastColumn: 6 };

  it("moves one cell with the arrow keys, never past the grid's edges", () => {
    expect(moveSelection("ArrowDown", false, { row: 1, column: 1 }, bounds)).toEqual({ row: 2, column: 1 });
    expect(moveSelection("ArrowRight", false, { row: 1, column: 1 }, bounds)).toEqual({ row: 1, column: 2 });
    expect(moveSelection("ArrowUp", false, { row: 1, column: 1 }, bounds)).toEqual({ row: 1, column: 1 });
    expect(moveSelection("ArrowLeft", false, { row: 3, column: 1 }, bounds)).toEqual({ row: 3, column: 1 });
    expect(moveSelection("ArrowRight", false, { row: 3, column: 10 }, bounds)).toEqual({
      row: 3,
      column: 10,
    });
  });

  it("moves a page with Page Up and Page Down", () => {
    expect(moveSelection("PageDown", false, { row: 5, column: 2 }, bounds)).toEqual({ row: 25, column: 2 });
    expect(moveSelection("PageDown", false, { row: 25, column: 2 }, bounds)).toEqual({ row: 40, column: 2 });
    expect(moveSelection("PageUp", false, { row: 5, column: 2 }, bounds)).toEqual({ row: 1, column: 2 });
  });

  it("goes to the row's ends with Home and End, and the content's corners with Ctrl", () => {
    expect(moveSelection("Home", false, { row: 5, column: 4 }, bounds)).toEqual({ row: 5, column: 1 });
    expect(moveSelection("End", false, { row: 5, column: 1 }, bounds)).toEqual({ row: 5, column: 6 });
    expect(moveSelection("Home", true, { row: 5, column: 4 }, bounds)).toEqual({ row: 1, column: 1 });
    expect(moveSelection("End", true, { row: 1, column: 1 }, bounds)).toEqual({ row: 9, column: 6 });
  });

  it("reports null for a key that does not move the selection", () => {
    expect(moveSelection("a", false, { row: 5, column: 4 }, bounds)).toBeNull();
    expect(moveSelection("Tab", false, { row: 5, column: 4 }, bounds)).toBeNull();
  });
});
