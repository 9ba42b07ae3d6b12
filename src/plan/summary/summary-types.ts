/**
 * One summary over many districts' plans (plan-workbook.md, `sammanstall`) as plain data:
 * per district the counts its own tertial report shows, every activity's status and the
 * period's deviations, and the workbooks that could not be summarised, with why.
 */
import type { Period } from "../contract";
import type { Deviation, OverviewRow, StatusCounts } from "../report/report-types";

/** The counts of one district (or all), as its report counts them, and its late reports. */
export interface DistrictCounts extends StatusCounts {
  /** Follow-ups for the period reported after its Rapportdag. */
  readonly late: number;
}

/** An activity of a district: its Nr, name, Sammankallande and status in each period so far. */
export interface DistrictActivity extends OverviewRow {
  readonly convener: string | null;
}

/** One district's plan, summarised for the period: only what the summary shows, never the plan. */
export interface DistrictSummary {
  /** The workbook's file name, as listed in the folder. */
  readonly file: string;
  /** Stadsdelsförvaltning from the Plan table, else the file name without .xlsx. */
  readonly district: string;
  /** The plan year the district was summarised for. */
  readonly year: number;
  readonly counts: DistrictCounts;
  /** In Nr order. */
  readonly activities: readonly DistrictActivity[];
  /** The period's deviations, as the district's report lists them. */
  readonly deviations: readonly Deviation[];
}

export type SkipKind =
  /** The file could not be read (not a workbook, encrypted, too large, not downloadable). */
  | "unreadable"
  /** A workbook without the plan's tables, or with tables or required columns missing. */
  | "not-plan"
  /** A plan of another year than the one summarised. */
  | "other-year"
  /** A plan whose Plan table has no År, when no year was asked for. */
  | "no-year";

/** A workbook left out of the summary, and why (Swedish, as the user reads it). */
export interface SkippedPlan {
  readonly file: string;
  readonly kind: SkipKind;
  readonly reason: string;
}

export interface PlansSummary {
  readonly period: Period;
  readonly year: number;
  /** Where the plans were read from: a folder on disk or a SharePoint address. */
  readonly source: string;
  /** The day the summary was made, `YYYY-MM-DD`, when given. */
  readonly createdOn: string | null;
  /** In the order the files were listed (by file name). */
  readonly districts: readonly DistrictSummary[];
  /** The districts' counts added up. */
  readonly total: DistrictCounts;
  /** In the order the files were listed. */
  readonly skipped: readonly SkippedPlan[];
}
