/** Which period a convener is most likely reporting: the one whose deadline comes next. */
import type { Period } from "../contract";
import { deadline, type DeadlineOverrides } from "../periods";

export interface PeriodOfYear {
  readonly period: Period;
  readonly year: number;
  /** Its report deadline, `YYYY-MM-DD`. */
  readonly deadline: string;
}

const PERIODS: readonly Period[] = ["T1", "T2", "VB"];

/**
 * The period whose deadline is next on `checkDate` (today's counts): in January the last
 * year's VB until its deadline, then T1, T2 and the year's VB. Deadlines are the Plan table's
 * for the plan year, the defaults otherwise.
 */
export function nextDeadlinePeriod(
  checkDate: string,
  planYear: number | null,
  overrides: DeadlineOverrides,
): PeriodOfYear {
  const year = Number(checkDate.slice(0, 4));
  const candidates = [year - 1, year].flatMap((y) =>
    PERIODS.map((period) => ({ period, year: y, deadline: deadline(period, y, planYear, overrides) })),
  );
  const sorted = [...candidates].sort((a, b) => a.deadline.localeCompare(b.deadline));
  // The year's VB is due in January of the next year, so one is always upcoming unless the
  // Plan table moved it earlier: then the latest one.
  const latest = { period: "VB" as const, year, deadline: deadline("VB", year, planYear, overrides) };
  return sorted.find((c) => c.deadline >= checkDate) ?? sorted[sorted.length - 1] ?? latest;
}
