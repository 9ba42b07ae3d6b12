import { describe, expect, it } from "vitest";
import { isIsoDate, parseDuration } from "../../src/plan";

describe("parseDuration", () => {
  it.each(["Tillsvidare", "tillsvidare", "TILLSVIDARE", "Tills vidare", "tills vidare", " Tillsvidare "])(
    "reads %j as ongoing",
    (text) => {
      expect(parseDuration(text)).toEqual({ kind: "ongoing" });
    },
  );

  it.each([
    ["2026-01-01–2026-12-31", "an en dash"],
    ["2026-01-01 – 2026-12-31", "a spaced en dash"],
    ["2026-01-01 - 2026-12-31", "a spaced hyphen"],
    ["2026-01-01 till 2026-12-31", '"till"'],
    ["2026-01-01 TILL 2026-12-31", '"TILL"'],
  ])("reads %j (%s) as a date range", (text) => {
    expect(parseDuration(text)).toEqual({ kind: "range", start: "2026-01-01", end: "2026-12-31" });
  });

  it("accepts a range of one day", () => {
    expect(parseDuration("2026-03-01–2026-03-01")).toEqual({
      kind: "range",
      start: "2026-03-01",
      end: "2026-03-01",
    });
  });

  it.each([
    ["2026-12-31–2026-01-01", "ends before it starts"],
    ["2026-01-01-2026-12-31", "an unspaced hyphen"],
    ["2026-01-01", "a single date"],
    ["2026-02-30–2026-12-31", "an impossible date"],
    ["2026-1-1–2026-12-31", "dates not written YYYY-MM-DD"],
    ["Ett år", "free text"],
    ["Tillsvidare från 2026", "more than Tillsvidare"],
    ["", "nothing"],
  ])("rejects %j (%s)", (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe("isIsoDate", () => {
  it.each([
    ["2026-05-15", true],
    ["2024-02-29", true],
    ["2025-02-29", false],
    ["2026-13-01", false],
    ["2026-04-31", false],
    ["26-05-15", false],
    ["2026-05-15T00:00", false],
  ])("says %j is %s", (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });
});
