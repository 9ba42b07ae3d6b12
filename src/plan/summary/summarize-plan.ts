/**
 * `summarizePlan`: one workbook's plan → its district's summary for a period, or why it is
 * left out. The counts and deviations are the district's own tertial report's
 * (`buildTertialReport`), so the summary and the district's report never disagree.
 */
import { PLAN_TABLES, type Period } from "../contract";
import { locatePlanTables } from "../locate-tables";
import { structureProblems } from "../plan-structure";
import { readPlanData } from "../read-plan";
import { buildTertialReport } from "../report/report-model";
import { listSv } from "../text";
import type { WorkbookSnapshot } from "../workbook-port";
import type { DistrictActivity, DistrictSummary, SkippedPlan } from "./summary-types";

export type PlanSummaryOutcome =
  | { readonly kind: "summarized"; readonly summary: DistrictSummary }
  | { readonly kind: "skipped"; readonly skipped: SkippedPlan };

const REQUIRED = PLAN_TABLES.filter((t) => t.required);

function skip(file: string, kind: SkippedPlan["kind"], reason: string): PlanSummaryOutcome {
  return { kind: "skipped", skipped: { file, kind, reason } };
}

/** The file name without its folder and its .xlsx. */
export function fileStem(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.xlsx$/i, "");
}

/**
 * The summary of the plan in `snapshot` (the workbook `file`) for `period`: of `year` when
 * given (a plan of another År is left out), else of the plan's own År.
 */
export function summarizePlan(
  file: string,
  snapshot: WorkbookSnapshot,
  period: Period,
  year: number | undefined,
): PlanSummaryOutcome {
  const located = locatePlanTables(snapshot);
  if (REQUIRED.every((t) => !located.tables.has(t.name))) {
    const sheets = listSv(REQUIRED.map((t) => t.sheet));
    return skip(file, "not-plan", `ingen plan: tabellerna ${sheets} saknas`);
  }
  const problems = structureProblems(
    located,
    REQUIRED.map((t) => t.name),
  );
  if (problems.length > 0) return skip(file, "not-plan", `planen är ofullständig: ${problems.join("; ")}`);
  const plan = readPlanData(located);
  const planYear = plan.info?.year ?? null;
  if (year !== undefined && planYear !== null && planYear !== year) {
    return skip(file, "other-year", `planen gäller ${planYear}, inte ${year}`);
  }
  const summaryYear = year ?? planYear;
  if (summaryYear === null) {
    return skip(
      file,
      "no-year",
      "tabellen Plan har inget År, så det går inte att se vilket år planen gäller",
    );
  }
  const report = buildTertialReport(plan, period, summaryYear);
  const conveners = new Map<string, string | null>();
  for (const area of report.areas) for (const a of area.activities) conveners.set(a.nr, a.convener);
  const activities: DistrictActivity[] = report.overview.rows.map((row) => ({
    ...row,
    convener: conveners.get(row.nr) ?? null,
  }));
  const deviations = report.overview.deviations;
  return {
    kind: "summarized",
    summary: {
      file,
      district: plan.info?.district ?? fileStem(file),
      year: summaryYear,
      counts: { ...report.summary.total, late: deviations.filter((d) => d.kind === "late").length },
      activities,
      deviations,
    },
  };
}
