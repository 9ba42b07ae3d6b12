/**
 * "Påminn": the reminders for a period read from a workbook, for `atgardsplan paminn` and the
 * task pane. The year is the one given or the Plan table's.
 */
import type { Period } from "../contract";
import { locatePlanTables } from "../locate-tables";
import { assertPlanStructure, resolvePlanYear } from "../plan-structure";
import { readPlanData } from "../read-plan";
import type { WorkbookPort } from "../workbook-port";
import { buildReminders, type Reminder } from "./reminders";
import { reportingOverview, type ReportingOverview } from "./reporting-status";

export interface RemindRequest {
  readonly period: Period;
  /** Defaults to År in the Plan table. */
  readonly year?: number;
  /** `YYYY-MM-DD`: days left are counted from it. */
  readonly checkDate: string;
  /** The workbook's address when it is in SharePoint. */
  readonly workbookUrl: string | null;
}

export interface RemindResult {
  readonly overview: ReportingOverview;
  readonly reminders: readonly Reminder[];
}

/** Throws PlanStructureError when Aktiviteter or Uppföljning is missing, or the year is unknown. */
export async function remindConveners(port: WorkbookPort, request: RemindRequest): Promise<RemindResult> {
  const located = locatePlanTables(await port.readSnapshot());
  assertPlanStructure(located, ["Aktiviteter", "Uppfoljning"], "skriva påminnelser");
  const plan = readPlanData(located);
  const year = resolvePlanYear(request.year, plan.info?.year ?? null);
  const full = { ...request, year };
  return { overview: reportingOverview(plan, full), reminders: buildReminders(plan, full) };
}
