import { describe, expect, it } from "vitest";
import { isDateFormat, isoToSerial, normalizeCell, serialToIso } from "../../src/excel/values";
import { rawDate, rawError } from "../../src/plan";

describe("serialToIso", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [60, "1900-02-29"],
    [61, "1900-03-01"],
    [46156, "2026-05-14"],
    [46156.99, "2026-05-14"],
    [2958465, "9999-12-31"],
  ])("shows serial %d as Excel does (%s)", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
  });

  it.each(["1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01", "2024-02-29", "2026-12-31"])(
    "turns %s into a serial that reads back the same",
    (iso) => {
      const serial = isoToSerial(iso);
      expect(serial).not.toBeNull();
      expect(serialToIso(serial ?? 0)).toBe(iso);
    },
  );

  it("knows no 30 February", () => {
    expect(isoToSerial("2026-02-30")).toBeNull();
  });

  it("counts from 1904-01-01 (serial 0) in the 1904 date system, and knows no earlier date", () => {
    expect(serialToIso(0, true)).toBe("1904-01-01");
    expect(serialToIso(44_695, true)).toBe("2026-05-15");
    expect(isoToSerial("2026-05-15", true)).toBe(44_695);
    expect(isoToSerial("1903-12-31", true)).toBeNull();
    expect(isoToSerial("1900-02-29", true)).toBeNull();
  });
});

describe("normalizeCell", () => {
  it("reads a number in a date format as a date, in a number format as a number", () => {
    expect(normalizeCell(46156, "yyyy-mm-dd", "Double")).toEqual(rawDate("2026-05-14"));
    expect(normalizeCell(46156, "[$-41D]d mmmm yyyy;@", "Double")).toEqual(rawDate("2026-05-14"));
    expect(normalizeCell(46156, '0.0 "dagar"', "Double")).toBe(46156);
    expect(normalizeCell(1.1, "General", "Double")).toBe(1.1);
  });

  it("reads errors, empty cells and text", () => {
    expect(normalizeCell("#N/A", "General", "Error")).toEqual(rawError("#N/A"));
    expect(normalizeCell("#N/A", "@", "String")).toBe("#N/A");
    expect(normalizeCell("", "General", "Empty")).toBeNull();
    expect(normalizeCell("  två ", "@", "String")).toBe("  två ");
    expect(normalizeCell(true, "General", "Boolean")).toBe(true);
  });

  it("tells date formats from others as exceljs does", () => {
    expect(["m/d/yyyy", "yyyy-mm-dd hh:mm", "[h]:mm"].map(isDateFormat)).toEqual([true, true, true]);
    expect(["General", "0.00", "@", '#,##0 "st"'].map(isDateFormat)).toEqual([false, false, false, false]);
  });
});
