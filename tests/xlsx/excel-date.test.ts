import { describe, expect, it } from "vitest";
import { excelDateIso, excelDateOf, excelSerialIso } from "../../src/xlsx/excel-date";

/** The Date exceljs makes of a serial: plain arithmetic from 1899-12-30. */
const exceljsDate = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);

describe("excelDateIso", () => {
  it.each([
    [1, "1900-01-01"],
    [2, "1900-01-02"],
    [59, "1900-02-28"],
    [60, "1900-02-29"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [46156, "2026-05-14"],
    [46156.99, "2026-05-14"],
  ])("gives serial %d as Excel shows it, %s", (serial, iso) => {
    expect(excelDateIso(exceljsDate(serial), false)).toBe(iso);
  });

  it("takes a 1904 workbook's dates as they are", () => {
    expect(excelDateIso(new Date(Date.UTC(1904, 0, 2)), true)).toBe("1904-01-02");
  });

  it("gives null for an invalid date", () => {
    expect(excelDateIso(new Date(Number.NaN), false)).toBeNull();
  });
});

describe("excelSerialIso", () => {
  it("reads serials in both date systems", () => {
    expect(excelSerialIso(46156, false)).toBe("2026-05-14");
    expect(excelSerialIso(1, false)).toBe("1900-01-01");
    expect(excelSerialIso(0, true)).toBe("1904-01-01");
  });
});

describe("excelDateOf", () => {
  it.each(["1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01", "2026-05-14", "2100-12-31"])(
    "gives a Date that reads back as %s",
    (iso) => {
      const date = excelDateOf(iso, false);
      expect(date).not.toBeNull();
      expect(excelDateIso(date!, false)).toBe(iso);
    },
  );

  it("refuses a date before a 1904 workbook's first date", () => {
    expect(excelDateOf("1903-12-31", true)).toBeNull();
    expect(excelDateOf("1904-01-01", true)).toEqual(new Date(Date.UTC(1904, 0, 1)));
  });

  it("gives the Date of Excel's serial for dates before March 1900", () => {
    expect(excelDateOf("1900-01-01", false)).toEqual(exceljsDate(1));
    expect(excelDateOf("2026-05-14", false)).toEqual(exceljsDate(46156));
  });

  it.each(["2026-02-30", "2026-13-01", "14/5 2026", "2026-5-14", "1899-12-31", "1850-06-01"])(
    "refuses %s",
    (text) => {
      expect(excelDateOf(text, false)).toBeNull();
    },
  );
});
