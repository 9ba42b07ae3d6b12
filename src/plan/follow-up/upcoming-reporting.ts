/**
 * The reporting status `validera` shows when a deadline is near: the period whose deadline
 * comes next, when it is at most `withinDays` away (today included).
 */
import { locatePlanTables } from "../locate-tables";
import { indexPlan } from "../plan-index";
import { structureProblems } from "../plan-structure";
import { readPlanData } from "../read-plan";
import type { WorkbookSnapshot } from "../workbook-port";
import { nextDeadlinePeriod } from "./next-deadline";
import { reportingOverview, type ReportingOverview } from "./reporting-status";

/** How near a deadline must be for `validera` to show who has reported. */
export const REPORTING_NOTICE_DAYS = 30;

/** Null when no deadline is that near, or the plan lacks Aktiviteter or Uppföljning. */
export function upcomingReporting(
  snapshot: WorkbookSnapshot,
  checkDate: string,
  withinDays = REPORTING_NOTICE_DAYS,
): ReportingOverview | null {
  const located = locatePlanTables(snapshot);
  if (structureProblems(located, ["Aktiviteter", "Uppfoljning"]).length > 0) return null;
  const plan = readPlanData(located);
  const index = indexPlan(plan);
  const next = nextDeadlinePeriod(checkDate, index.planYear, index.deadlines);
  const overview = reportingOverview(plan, { period: next.period, year: next.year, checkDate });
  return overview.daysLeft >= 0 && overview.daysLeft <= withinDays ? overview : null;
}
