import { describe, expect, it } from "vitest";
import { sheetOfReference } from "../../src/plan";

describe("sheetOfReference", () => {
  it("reads a quoted sheet name before the cell", () => {
    expect(sheetOfReference("'Rapport T1 2026'!$A$1")).toBe("Rapport T1 2026");
  });

  it("reads a reference that starts with =", () => {
    expect(sheetOfReference("='Rapport T1 2026'!$A$1")).toBe("Rapport T1 2026");
    expect(sheetOfReference("=Plan!$B$2")).toBe("Plan");
  });

  it("undoes the doubled quotes in a quoted name", () => {
    expect(sheetOfReference("'Kim''s blad'!A1")).toBe("Kim's blad");
    expect(sheetOfReference("'slut'''!A1")).toBe("slut'");
  });

  it("keeps an exclamation mark inside a quoted name", () => {
    expect(sheetOfReference("'Klart!'!A1:B2")).toBe("Klart!");
  });

  it("reads an unquoted name", () => {
    expect(sheetOfReference("Uppföljning!F2")).toBe("Uppföljning");
    expect(sheetOfReference("Plan!$A$1:$C$9")).toBe("Plan");
  });

  it("reports null for a reference without a sheet", () => {
    expect(sheetOfReference("B2")).toBeNull();
    expect(sheetOfReference("=$A$1")).toBeNull();
    expect(sheetOfReference("!B2")).toBeNull();
    expect(sheetOfReference("")).toBeNull();
  });

  it("reports null for a quote that is not closed", () => {
    expect(sheetOfReference("'Rapport!A1")).toBeNull();
  });
});
