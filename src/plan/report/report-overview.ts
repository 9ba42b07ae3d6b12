/**
 * The overview the council reads first: every activity's status in each period of the year
 * so far, and the deviations of the report period, each with its activity.
 */
import type { GoalStatus, Period } from "../contract";
import { belowHalfOfPlan, plannedMeetings, readMeetingFrequency } from "../meeting-frequency";
import type { Activity } from "../plan-data";
import type { PlanIndex } from "../plan-index";
import { periodEntry } from "./report-follow-up";
import type {
  Deviation,
  DeviationKind,
  OverviewRow,
  PeriodEntry,
  ReportOverview,
  StatusKey,
} from "./report-types";

/** The periods of the year up to and including `period`. */
export function periodsSoFar(period: Period): Period[] {
  return period === "T1" ? ["T1"] : period === "T2" ? ["T1", "T2"] : ["T1", "T2", "VB"];
}

const STATUS_KEYS: Readonly<Record<GoalStatus, StatusKey>> = {
  Uppfyllt: "met",
  "Delvis uppfyllt": "partly",
  "Ej uppfyllt": "notMet",
  "Ej bedömt": "notAssessed",
};

export function statusKeyOf(entry: PeriodEntry): StatusKey {
  return entry.followUp === null ? "missing" : STATUS_KEYS[entry.followUp.status];
}

/** How good a status is, to see one worse than the period before; Ej bedömt has no rank. */
const RANK: Partial<Record<GoalStatus, number>> = { Uppfyllt: 3, "Delvis uppfyllt": 2, "Ej uppfyllt": 1 };

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What differs from plan for one activity in the report period, in the order the overview lists them. */
function deviationsOf(
  activity: Activity,
  entry: PeriodEntry,
  previous: PeriodEntry | null,
  year: number,
  deadline: string,
): [DeviationKind, string][] {
  const f = entry.followUp;
  if (f === null) return [["missing", `Ingen uppföljning för ${entry.period} ${year}`]];
  const found: [DeviationKind, string][] = [];
  if (f.reportedOn !== null && f.reportedOn > deadline) {
    const days = plural(daysBetween(deadline, f.reportedOn), "dag", "dagar");
    // Short enough for one line of the overview's narrowest column: a date is never wrapped.
    found.push(["late", `Sen rapport: ${days} (${f.reportedOn})`]);
  }
  if (f.status === "Ej uppfyllt")
    found.push(["not-met", f.comment ? `Ej uppfyllt: ${f.comment}` : "Ej uppfyllt"]);
  if (f.status === "Ej bedömt" && !f.comment?.trim()) {
    found.push([
      "not-assessed-without-comment",
      f.statusGiven ? "Ej bedömt, utan kommentar" : "Målet nått är inte ifyllt, och kommentar saknas",
    ]);
  }
  const { held, planned } = entry.meetings;
  const unrounded = plannedMeetings(readMeetingFrequency(activity.meetingFrequency), entry.period, year);
  if (held !== null && planned !== null && belowHalfOfPlan(held, unrounded)) {
    found.push(["meetings-below-plan", `${plural(held, "möte", "möten")} av planerade ${planned}`]);
  }
  const before = previous?.followUp;
  const rankNow = RANK[f.status];
  const rankBefore = before ? RANK[before.status] : undefined;
  if (before && previous && rankNow !== undefined && rankBefore !== undefined && rankNow < rankBefore) {
    found.push(["worse", `Sämre än ${previous.period}: ${before.status} → ${f.status}`]);
  }
  return found;
}

/** The overview for `period` of `year` over the activities in Nr order. */
export function buildOverview(
  index: PlanIndex,
  activities: readonly (readonly [string, Activity])[],
  period: Period,
  year: number,
  deadline: string,
): ReportOverview {
  const periods = periodsSoFar(period);
  const rows: OverviewRow[] = [];
  const deviations: Deviation[] = [];
  for (const [nr, activity] of activities) {
    const entries = periods.map((p) => periodEntry(index, activity, p, year));
    const name = activity.name ?? "";
    rows.push({ nr, name, statuses: entries.map((e) => ({ period: e.period, status: statusKeyOf(e) })) });
    const current = entries[entries.length - 1];
    if (!current) continue;
    const found = deviationsOf(activity, current, entries[entries.length - 2] ?? null, year, deadline);
    for (const [kind, text] of found) deviations.push({ nr, name, kind, text });
  }
  return { periods, rows, deviations };
}
