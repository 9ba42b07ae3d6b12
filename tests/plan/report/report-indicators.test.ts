import { describe, expect, it } from "vitest";
import type { Indicator, Outcome, Period } from "../../../src/plan";
import { accumulationOf, indicatorOutcome } from "../../../src/plan/report/report-indicators";

function indicator(name: string | null, unit: string | null = "st"): Indicator {
  return {
    row: 1,
    activity: "2.3",
    indicator: name,
    target: 8,
    unit,
    source: null,
    baseline: null,
    baselineYear: null,
  };
}

function outcome(
  year: number | null,
  period: Period | null,
  value: number | null,
  name: string | null = "Vandringar",
  comment: string | null = null,
): Outcome {
  return { row: 1, activity: "2.3", indicator: name, year, period, value, comment };
}

describe("accumulationOf", () => {
  it("takes the latest value of a level named by its unit or its name, and sums counts", () => {
    expect([
      accumulationOf("Trygga", "%"),
      accumulationOf("Trygga", "Index"),
      accumulationOf("Andel trygga", null),
      accumulationOf("Trygga", null),
      accumulationOf("Vandringar", "st"),
    ]).toEqual(["latest", "latest", "latest", "sum", "sum"]);
  });
});

describe("indicatorOutcome", () => {
  it("keeps T1's level for the year so far when T2 has no value", () => {
    const got = indicatorOutcome(
      indicator("Trygga", "%"),
      [outcome(2026, "T1", 62, "Trygga"), outcome(2026, "T2", null, "Trygga")],
      "T2",
      2026,
    );
    expect([got.accumulation, got.periodValue, got.cumulativeValue]).toEqual(["latest", null, 62]);
  });

  it("gives T2 the year so far, not the year's VB row", () => {
    const got = indicatorOutcome(
      indicator("Vandringar"),
      [outcome(2026, "T1", 3), outcome(2026, "T2", 4), outcome(2026, "VB", 9)],
      "T2",
      2026,
    );
    expect(got.cumulativeValue).toBe(7);
    expect(got.byPeriod).toEqual({ T1: 3, T2: 4, VB: 9 });
  });

  it("leaves out rows without year, period or indicator, and counts the first of duplicated rows", () => {
    const got = indicatorOutcome(
      indicator("Vandringar"),
      [
        outcome(null, "VB", 5),
        outcome(2026, null, 5),
        outcome(2026, "T1", 5, null),
        outcome(2026, "T1", 3, "Vandringar", "Första"),
        outcome(2026, "T1", 6, "Vandringar", "Andra"),
      ],
      "T1",
      2026,
    );
    expect([got.byPeriod, got.periodValue, got.comment, got.earlier]).toEqual([
      { T1: 3, T2: null, VB: null },
      3,
      "Första",
      [],
    ]);
  });

  it("lists earlier years in year order, each with its year's outcome, leaving out years without a value", () => {
    const got = indicatorOutcome(
      indicator("Vandringar"),
      [
        outcome(2025, "VB", 6),
        outcome(2023, "T1", null),
        outcome(2024, "T1", 2),
        outcome(2024, "T2", 3),
        outcome(2026, "T1", 1),
      ],
      "T1",
      2026,
    );
    expect(got.earlier).toEqual([
      { year: 2024, value: 5 },
      { year: 2025, value: 6 },
    ]);
  });

  it("names an indicator without a name with empty text", () => {
    expect(indicatorOutcome(indicator(null), [], "T1", 2026).indicator).toBe("");
  });
});
