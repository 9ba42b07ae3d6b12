/**
 * The follow-up periods (tertial): T1 = 1 January–30 April, T2 = 1 May–31 August, VB = the
 * whole year. Deadlines default to 15 May, 15 September and 15 January the following year.
 */
import type { Period } from "./contract";

export interface PeriodSpan {
  readonly period: Period;
  readonly year: number;
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day, `YYYY-MM-DD`. */
  readonly end: string;
  /** First day of the year: T2 is reported cumulatively January–August. */
  readonly cumulativeStart: string;
  /** Months the period covers (4, 4, 12). */
  readonly months: number;
}

/** Swedish names for the UI and reports. */
export const PERIOD_LABELS: Readonly<Record<Period, string>> = {
  T1: "Tertial 1 (januari–april)",
  T2: "Tertial 2 (maj–augusti)",
  VB: "Verksamhetsberättelse (helår)",
};

/** How many months each period covers. */
export const PERIOD_MONTHS: Readonly<Record<Period, number>> = { T1: 4, T2: 4, VB: 12 };

export function periodSpan(period: Period, year: number): PeriodSpan {
  const cumulativeStart = `${year}-01-01`;
  const months = PERIOD_MONTHS[period];
  switch (period) {
    case "T1":
      return { period, year, start: `${year}-01-01`, end: `${year}-04-30`, cumulativeStart, months };
    case "T2":
      return { period, year, start: `${year}-05-01`, end: `${year}-08-31`, cumulativeStart, months };
    case "VB":
      return { period, year, start: `${year}-01-01`, end: `${year}-12-31`, cumulativeStart, months };
  }
}

/** Deadlines set in the Plan table (Rapportdag T1/T2/VB) for the plan year. */
export type DeadlineOverrides = Partial<Record<Period, string>>;

export function defaultDeadline(period: Period, year: number): string {
  switch (period) {
    case "T1":
      return `${year}-05-15`;
    case "T2":
      return `${year}-09-15`;
    case "VB":
      return `${year + 1}-01-15`;
  }
}

/** The report deadline of a period: the Plan table's date for the plan year, else the default. */
export function deadline(
  period: Period,
  year: number,
  planYear: number | null,
  overrides: DeadlineOverrides,
): string {
  const own = year === planYear ? overrides[period] : undefined;
  return own ?? defaultDeadline(period, year);
}

/** Periods of `year` whose deadline has passed on `checkDate` (strictly after it). */
export function periodsDue(
  year: number,
  checkDate: string,
  planYear: number | null,
  overrides: DeadlineOverrides,
): Period[] {
  const periods: Period[] = ["T1", "T2", "VB"];
  return periods.filter((p) => checkDate > deadline(p, year, planYear, overrides));
}

/** The latest period whose end has passed on `checkDate`, for defaults in the UI. */
export function latestEndedPeriod(checkDate: string): { period: Period; year: number } {
  const year = Number(checkDate.slice(0, 4));
  if (checkDate > `${year}-08-31`) return { period: "T2", year };
  if (checkDate > `${year}-04-30`) return { period: "T1", year };
  return { period: "VB", year: year - 1 };
}
