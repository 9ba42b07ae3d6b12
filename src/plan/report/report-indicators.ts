/** Each indicator's Målvärde against its outcomes (Utfall) for the report year. */
import type { Period } from "../contract";
import type { Indicator, Outcome } from "../plan-data";
import { comparable } from "../text";
import type { IndicatorOutcome } from "./report-types";

/** Levels (a share, a percentage) are not summed over periods: the latest value stands. */
const LEVEL = /%|procent|andel|index/i;

export function accumulationOf(indicator: string, unit: string | null): "sum" | "latest" {
  return LEVEL.test(unit ?? "") || /andel|procent|%/i.test(indicator) ? "latest" : "sum";
}

function sumPresent(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
}

function latestPresent(values: readonly (number | null)[]): number | null {
  for (let i = values.length - 1; i >= 0; i--) {
    const value = values[i];
    if (value !== undefined && value !== null) return value;
  }
  return null;
}

/**
 * The outcome for the year so far at the end of `period`.
 * - T1: the T1 value.
 * - T2 (Stockholm reports T2 cumulatively January–August): T1 + T2 for counts, the latest
 *   of T2 and T1 for levels; periods without a value are left out.
 * - VB: the VB row covers the whole year, so when it exists it is the year's outcome;
 *   without it, the year so far as at T2.
 */
export function cumulativeOutcome(
  byPeriod: Readonly<Record<Period, number | null>>,
  period: Period,
  accumulation: "sum" | "latest",
): number | null {
  if (period === "T1") return byPeriod.T1;
  const soFar = [byPeriod.T1, byPeriod.T2];
  const t2 = accumulation === "sum" ? sumPresent(soFar) : latestPresent(soFar);
  if (period === "T2") return t2;
  return byPeriod.VB ?? t2;
}

type ByPeriod = Record<Period, number | null>;

/** The indicator's outcomes per year and period; the first row of a duplicated key counts. */
function outcomesByYear(
  key: string,
  outcomes: readonly Outcome[],
): Map<number, { byPeriod: ByPeriod; comments: Partial<Record<Period, string | null>> }> {
  const years = new Map<number, { byPeriod: ByPeriod; comments: Partial<Record<Period, string | null>> }>();
  for (const outcome of outcomes) {
    if (outcome.year === null || outcome.period === null || outcome.indicator === null) continue;
    if (comparable(outcome.indicator) !== key) continue;
    let year = years.get(outcome.year);
    if (!year) {
      year = { byPeriod: { T1: null, T2: null, VB: null }, comments: {} };
      years.set(outcome.year, year);
    }
    // The first row of a duplicated key counts, as everywhere else (duplicate-key reports it).
    if (year.byPeriod[outcome.period] !== null) continue;
    year.byPeriod[outcome.period] = outcome.value;
    year.comments[outcome.period] = outcome.comment;
  }
  return years;
}

export function indicatorOutcome(
  indicator: Indicator,
  outcomes: readonly Outcome[],
  period: Period,
  year: number,
): IndicatorOutcome {
  const name = indicator.indicator ?? "";
  const accumulation = accumulationOf(name, indicator.unit);
  const years = outcomesByYear(comparable(name), outcomes);
  const own = years.get(year);
  const byPeriod: ByPeriod = own?.byPeriod ?? { T1: null, T2: null, VB: null };
  const earlier = [...years.entries()]
    .filter(([y]) => y < year)
    .sort(([a], [b]) => a - b)
    .flatMap(([y, data]) => {
      const value = cumulativeOutcome(data.byPeriod, "VB", accumulation);
      return value === null ? [] : [{ year: y, value }];
    });
  return {
    indicator: name,
    target: indicator.target,
    unit: indicator.unit,
    byPeriod,
    periodValue: byPeriod[period],
    cumulativeValue: cumulativeOutcome(byPeriod, period, accumulation),
    accumulation,
    comment: own?.comments[period] ?? null,
    baseline: indicator.baseline,
    baselineYear: indicator.baselineYear,
    earlier,
  };
}
