/**
 * `buildTertialReport`: the plan's rows for a period and year → the report as plain data.
 * Pure and fast; the layout and the workbook writers only arrange what it decides.
 */
import type { Period } from "../contract";
import { deadline, PERIOD_LABELS, periodSpan } from "../periods";
import type { Activity, Area, PlanData } from "../plan-data";
import { areaOfActivity, indexPlan, type PlanIndex } from "../plan-index";
import { isAssessed } from "../prepared-rows";
import { compareActivityNr } from "../text";
import { periodEntry } from "./report-follow-up";
import { indicatorOutcome } from "./report-indicators";
import { buildOverview } from "./report-overview";
import type {
  ActivityReport,
  AreaAssessment,
  AreaSection,
  AreaSummary,
  MissingFollowUp,
  ReportTitle,
  StatusCounts,
  TertialReport,
} from "./report-types";

export interface ReportOptions {
  /** The day the report is made, `YYYY-MM-DD`, shown in the title; omitted when absent. */
  readonly createdOn?: string;
}

const DEFAULT_TITLE = "Åtgärdsplan för gemensamma prioriteringar";

function title(
  plan: PlanData,
  index: PlanIndex,
  period: Period,
  year: number,
  createdOn: string | null,
): ReportTitle {
  const span = periodSpan(period, year);
  const info = plan.info;
  return {
    planTitle: info?.title ?? DEFAULT_TITLE,
    district: info?.district ?? null,
    policeArea: info?.policeArea ?? null,
    registrationNumber: info?.registrationNumber ?? null,
    periodLabel: PERIOD_LABELS[period],
    start: span.start,
    end: span.end,
    cumulativeStart: span.cumulativeStart,
    deadline: deadline(period, year, index.planYear, index.deadlines),
    createdOn,
  };
}

function activityReport(
  index: PlanIndex,
  activity: Activity,
  nr: string,
  period: Period,
  year: number,
): ActivityReport {
  // The VB shows T1 and T2 beside the year's own row; a tertial report only its period.
  const earlier: readonly Period[] = period === "VB" ? ["T1", "T2"] : [];
  const current = periodEntry(index, activity, period, year, period === "T2");
  const periods = [...earlier.map((p) => periodEntry(index, activity, p, year)), current];
  const outcomes = index.outcomesByActivity.get(nr) ?? [];
  const indicators = (index.indicatorsByActivity.get(nr) ?? [])
    .filter((i) => i.indicator !== null)
    .map((i) => indicatorOutcome(i, outcomes, period, year));
  return {
    nr,
    name: activity.name ?? "",
    convener: activity.convener,
    measurableGoals: activity.measurableGoals,
    meetingFrequency: activity.meetingFrequency,
    current,
    periods,
    indicators,
  };
}

export function countStatuses(activities: readonly ActivityReport[]): StatusCounts {
  const counts = {
    activities: activities.length,
    reported: 0,
    met: 0,
    partly: 0,
    notMet: 0,
    notAssessed: 0,
    missing: 0,
  };
  for (const activity of activities) {
    const followUp = activity.current.followUp;
    if (followUp === null) {
      counts.missing++;
      continue;
    }
    counts.reported++;
    if (followUp.status === "Uppfyllt") counts.met++;
    else if (followUp.status === "Delvis uppfyllt") counts.partly++;
    else if (followUp.status === "Ej uppfyllt") counts.notMet++;
    else counts.notAssessed++;
  }
  return counts;
}

/** The area's written assessment for the period: the first such row of the area, year and period. */
function assessmentOf(plan: PlanData, area: number, period: Period, year: number): AreaAssessment | null {
  const row = plan.assessments?.find(
    (a) => a.area === area && a.year === year && a.period === period && isAssessed(a),
  );
  return row ? { summary: row.summary, analysis: row.analysis, nextSteps: row.nextSteps } : null;
}

/** Areas in Nr order, then activities whose Nr names no area (their own group each). */
function sections(
  plan: PlanData,
  reports: readonly ActivityReport[],
  period: Period,
  year: number,
): AreaSection[] {
  const byArea = new Map<number | null, ActivityReport[]>();
  for (const report of reports) {
    const nr = areaOfActivity(report.nr);
    const list = byArea.get(nr) ?? [];
    list.push(report);
    byArea.set(nr, list);
  }
  const named = new Map<number, Area>();
  for (const area of plan.areas) if (area.nr !== null && !named.has(area.nr)) named.set(area.nr, area);
  const grouped = [...byArea.keys()].filter((n): n is number => n !== null);
  const numbers = [...new Set([...named.keys(), ...grouped])];
  numbers.sort((a, b) => a - b);
  const result: AreaSection[] = numbers.map((nr) => {
    const area = named.get(nr);
    return {
      nr,
      name: area?.name ?? `Område ${nr} (finns inte i tabellen Områden)`,
      goal: area?.goal ?? null,
      situation: area?.situation ?? null,
      assessment: assessmentOf(plan, nr, period, year),
      activities: byArea.get(nr) ?? [],
    };
  });
  const loose = byArea.get(null);
  if (loose) {
    const name = "Aktiviteter utan giltigt områdesnummer";
    result.push({ nr: null, name, goal: null, situation: null, assessment: null, activities: loose });
  }
  return result;
}

/**
 * The report for `period` of `year`: title, the overview (statuses so far this year and the
 * period's deviations), summary per area, each area with its goal, lägesbild and assessment
 * and its activities in Nr order with their follow-up, meetings and indicators, and the
 * activities with no follow-up.
 * Activities without a Nr cannot be followed up and are left out (the validator reports them).
 */
export function buildTertialReport(
  plan: PlanData,
  period: Period,
  year: number,
  options: ReportOptions = {},
): TertialReport {
  const index = indexPlan(plan);
  const activities = [...index.activityByNr.entries()].sort(([a], [b]) => compareActivityNr(a, b));
  const reports = activities.map(([nr, activity]) => activityReport(index, activity, nr, period, year));
  const areas = sections(plan, reports, period, year);
  const summaries: AreaSummary[] = areas.map((s) => ({
    nr: s.nr,
    name: s.name,
    counts: countStatuses(s.activities),
  }));
  const missing: MissingFollowUp[] = reports
    .filter((r) => r.current.followUp === null)
    .map((r) => ({ nr: r.nr, name: r.name, convener: r.convener }));
  const heading = title(plan, index, period, year, options.createdOn ?? null);
  return {
    period,
    year,
    title: heading,
    overview: buildOverview(index, activities, period, year, heading.deadline),
    summary: { areas: summaries, total: countStatuses(reports) },
    areas,
    missing,
  };
}
