import { describe, expect, it } from "vitest";
import { deadline, defaultDeadline, latestEndedPeriod, periodSpan, periodsDue } from "../../src/plan";

describe("periodSpan", () => {
  it("spans T1 1 January–30 April, T2 1 May–31 August and VB the whole year", () => {
    expect(periodSpan("T1", 2026)).toEqual({
      period: "T1",
      year: 2026,
      start: "2026-01-01",
      end: "2026-04-30",
      cumulativeStart: "2026-01-01",
      months: 4,
    });
    expect(periodSpan("T2", 2026)).toEqual({
      period: "T2",
      year: 2026,
      start: "2026-05-01",
      end: "2026-08-31",
      cumulativeStart: "2026-01-01",
      months: 4,
    });
    expect(periodSpan("VB", 2026)).toEqual({
      period: "VB",
      year: 2026,
      start: "2026-01-01",
      end: "2026-12-31",
      cumulativeStart: "2026-01-01",
      months: 12,
    });
  });
});

describe("defaultDeadline", () => {
  it("is 15 May, 15 September and 15 January of the following year", () => {
    expect(defaultDeadline("T1", 2026)).toBe("2026-05-15");
    expect(defaultDeadline("T2", 2026)).toBe("2026-09-15");
    expect(defaultDeadline("VB", 2026)).toBe("2027-01-15");
  });
});

describe("deadline", () => {
  const overrides = { T1: "2026-05-31", VB: "2027-02-01" };

  it("uses the Plan table's date for the plan year", () => {
    expect(deadline("T1", 2026, 2026, overrides)).toBe("2026-05-31");
    expect(deadline("VB", 2026, 2026, overrides)).toBe("2027-02-01");
  });

  it("falls back to the default for a period without a date of its own", () => {
    expect(deadline("T2", 2026, 2026, overrides)).toBe("2026-09-15");
  });

  it("ignores the Plan table's dates for other years, and without a plan year", () => {
    expect(deadline("T1", 2025, 2026, overrides)).toBe("2025-05-15");
    expect(deadline("T1", 2026, null, overrides)).toBe("2026-05-15");
  });
});

describe("periodsDue", () => {
  it.each([
    ["2026-05-14", []],
    ["2026-05-15", []],
    ["2026-05-16", ["T1"]],
    ["2026-09-15", ["T1"]],
    ["2026-09-16", ["T1", "T2"]],
    ["2027-01-15", ["T1", "T2"]],
    ["2027-01-16", ["T1", "T2", "VB"]],
    ["2025-12-31", []],
  ])("on %s lists %j for 2026 (strictly after each deadline)", (checkDate, due) => {
    expect(periodsDue(2026, checkDate, 2026, {})).toEqual(due);
  });

  it("uses the Plan table's deadlines for the plan year", () => {
    expect(periodsDue(2026, "2026-05-20", 2026, { T1: "2026-05-31" })).toEqual([]);
    expect(periodsDue(2026, "2026-06-01", 2026, { T1: "2026-05-31" })).toEqual(["T1"]);
    expect(periodsDue(2025, "2025-05-20", 2026, { T1: "2025-05-31" })).toEqual(["T1"]);
  });
});

describe("latestEndedPeriod", () => {
  it.each([
    ["2026-03-01", { period: "VB", year: 2025 }],
    ["2026-04-30", { period: "VB", year: 2025 }],
    ["2026-05-01", { period: "T1", year: 2026 }],
    ["2026-08-31", { period: "T1", year: 2026 }],
    ["2026-09-01", { period: "T2", year: 2026 }],
    ["2026-12-31", { period: "T2", year: 2026 }],
    ["2027-01-01", { period: "VB", year: 2026 }],
  ])("on %s is %j", (checkDate, expected) => {
    expect(latestEndedPeriod(checkDate)).toEqual(expected);
  });
});
