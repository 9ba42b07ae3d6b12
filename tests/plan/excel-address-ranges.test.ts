import { describe, expect, it } from "vitest";
import {
  columnNumber,
  excelNameKey,
  parseRange,
  rangeA1,
  rangesIntersect,
  sheetOfReference,
  type RangeRef,
} from "../../src/plan/excel-address";

describe("columnNumber", () => {
  it.each([
    ["A", 1],
    ["z", 26],
    ["AA", 27],
    ["AZ", 52],
    ["XFD", 16_384],
  ])("%s is column %d", (letters, column) => {
    expect(columnNumber(letters)).toBe(column);
  });
});

describe("excelNameKey", () => {
  it("is the name in lower case, Swedish letters too", () => {
    expect(excelNameKey("UPPFÖLJNING Å")).toBe("uppföljning å");
  });
});

describe("sheetOfReference", () => {
  it("drops only a leading =, not one in the sheet's name", () => {
    expect(sheetOfReference("'Mål=medel'!A1")).toBe("Mål=medel");
    expect(sheetOfReference("='Mål=medel'!A1")).toBe("Mål=medel");
  });
});

describe("parseRange", () => {
  it.each<[string, RangeRef | null]>([
    ["B2", { top: 2, left: 2, bottom: 2, right: 2 }],
    ["$B$2:$D$9", { top: 2, left: 2, bottom: 9, right: 4 }],
    ["AA10:AB3", { top: 3, left: 27, bottom: 10, right: 28 }],
    ["A1:XFD1048576", { top: 1, left: 1, bottom: 1_048_576, right: 16_384 }],
    ["Plan!B2:C3", { top: 2, left: 2, bottom: 3, right: 3 }],
    ["'Kim''s!'!C4", { top: 4, left: 3, bottom: 4, right: 3 }],
    ["ABCD2", null],
    ["1B2", null],
    ["B2x", null],
    ["B2:C3 ", null],
    ["B2:ABCD3", null],
    ["Plan", null],
    ["", null],
  ])("reads %j as %j", (a1, range) => {
    expect(parseRange(a1)).toEqual(range);
  });
});

describe("rangeA1", () => {
  it("writes one cell as itself and a range from corner to corner", () => {
    expect(rangeA1({ top: 2, left: 2, bottom: 2, right: 2 })).toBe("B2");
    expect(rangeA1({ top: 2, left: 2, bottom: 9, right: 28 })).toBe("B2:AB9");
  });
});

describe("rangesIntersect", () => {
  const range = (a1: string) => parseRange(a1)!;

  it.each([
    ["B2:D4", "D4:F6", true],
    ["D4:F6", "B2:D4", true],
    ["C1:C9", "A1:C1", true],
    ["A1:C1", "C1:C9", true],
    ["A1:B9", "C1:D9", false],
    ["C1:D9", "A1:B9", false],
    ["A1:D2", "A3:D4", false],
    ["A3:D4", "A1:D2", false],
    ["B2", "B2", true],
  ])("%s and %s: %s", (a, b, meet) => {
    expect(rangesIntersect(range(a), range(b))).toBe(meet);
  });
});
