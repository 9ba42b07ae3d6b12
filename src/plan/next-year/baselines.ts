/**
 * Each indicator's Utgångsvärde and Utgångsår for next year: last year's outcome, read as
 * the report reads a year's outcome (`indicatorOutcome`: the VB row, else the year so far at
 * the last period reported: T1 + T2 for counts, the latest for levels). Without any outcome
 * that year, the baseline the indicator already has is kept.
 */
import type { Period } from "../contract";
import type { Indicator, Outcome } from "../plan-data";
import { indicatorOutcome } from "../report/report-indicators";

/**
 * An indicator's new Utgångsvärde and Utgångsår (`baseline`, `baselineYear`). `source`
 * "outcome": from last year's Utfall, with the periods the value stands for ("VB",
 * "T1 + T2", "T2"); "kept": the existing baseline; "none": neither.
 */
export type NextBaseline = {
  readonly activity: string;
  readonly indicator: string;
} & (
  | {
      readonly source: "outcome";
      readonly baseline: number;
      readonly baselineYear: number;
      readonly periods: string;
    }
  | {
      readonly source: "kept" | "none";
      readonly baseline: number | null;
      readonly baselineYear: number | null;
      readonly periods: null;
    }
);

function periodsOf(
  byPeriod: Readonly<Record<Period, number | null>>,
  accumulation: "sum" | "latest",
): string {
  if (byPeriod.VB !== null) return "VB";
  const reported = (["T1", "T2"] as const).filter((p) => byPeriod[p] !== null);
  return accumulation === "sum" ? reported.join(" + ") : (reported[reported.length - 1] ?? "");
}

/** The baseline `indicator` of activity `activity` gets from `fromYear`'s outcomes. */
export function nextBaseline(
  activity: string,
  indicator: Indicator & { readonly indicator: string },
  outcomes: readonly Outcome[],
  fromYear: number,
): NextBaseline {
  const outcome = indicatorOutcome(indicator, outcomes, "VB", fromYear);
  const name = indicator.indicator;
  const value = outcome.cumulativeValue;
  if (value !== null) {
    return {
      activity,
      indicator: name,
      source: "outcome",
      baseline: value,
      baselineYear: fromYear,
      periods: periodsOf(outcome.byPeriod, outcome.accumulation),
    };
  }
  const kept = indicator.baseline !== null || indicator.baselineYear !== null;
  return {
    activity,
    indicator: name,
    source: kept ? "kept" : "none",
    baseline: indicator.baseline,
    baselineYear: indicator.baselineYear,
    periods: null,
  };
}
