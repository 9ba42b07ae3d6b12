/**
 * What the pane's "Rapportera uppföljning" shows for a workbook: the period (the one given,
 * else the one whose deadline is next), who has reported, the reminders for those who have
 * not, and the activities to choose from with the user's own first.
 */
import type { Period } from "../contract";
import { locatePlanTables } from "../locate-tables";
import { indexPlan } from "../plan-index";
import { assertPlanStructure } from "../plan-structure";
import { readPlanData } from "../read-plan";
import type { WorkbookSnapshot } from "../workbook-port";
import { nextDeadlinePeriod } from "./next-deadline";
import { activityChoices, type ActivityChoice, type UserIdentity } from "./own-activities";
import { buildReminders, type Reminder } from "./reminders";
import { reportingOverview, type ReportingOverview } from "./reporting-status";

export interface ReportingStateRequest {
  /** The period and year chosen; both absent for the one whose deadline is next. */
  readonly period?: { readonly period: Period; readonly year: number };
  readonly checkDate: string;
  readonly workbookUrl: string | null;
  readonly identity: UserIdentity | null;
}

export interface ReportingView {
  readonly overview: ReportingOverview;
  readonly reminders: readonly Reminder[];
  readonly choices: readonly ActivityChoice[];
}

/** Throws PlanStructureError when Aktiviteter or Uppföljning is missing. */
export function readReportingState(
  snapshot: WorkbookSnapshot,
  request: ReportingStateRequest,
): ReportingView {
  const located = locatePlanTables(snapshot);
  assertPlanStructure(located, ["Aktiviteter", "Uppfoljning"], "visa rapporteringsläget");
  const plan = readPlanData(located);
  const index = indexPlan(plan);
  const chosen = request.period ?? nextDeadlinePeriod(request.checkDate, index.planYear, index.deadlines);
  const full = { period: chosen.period, year: chosen.year, checkDate: request.checkDate };
  return {
    overview: reportingOverview(plan, full),
    reminders: buildReminders(plan, { ...full, workbookUrl: request.workbookUrl }),
    choices: activityChoices(plan, request.identity),
  };
}
