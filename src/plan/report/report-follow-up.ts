/** An activity's follow-up for one period, with its meetings against Mötesfrekvens. */
import type { Period } from "../contract";
import { plannedMeetings, readMeetingFrequency } from "../meeting-frequency";
import type { Activity, FollowUp } from "../plan-data";
import { isReported } from "../follow-up-status";
import type { PlanIndex } from "../plan-index";
import type { MeetingComparison, PeriodEntry, ReportFollowUp } from "./report-types";

const NO_PLAN = "ingen plan att jämföra med";

/** Rounds meetings planned to whole meetings; a rhythm that implies less than one still plans one. */
function wholeMeetings(planned: number | null): number | null {
  if (planned === null || planned <= 0) return null;
  return Math.max(1, Math.round(planned));
}

/**
 * Meetings Mötesfrekvens implies for the period, rounded to whole meetings; a rhythm that
 * implies less than one meeting in the period still plans one. Null when it implies nothing.
 */
export function plannedForPeriod(frequency: string | null, period: Period, year: number): number | null {
  return wholeMeetings(plannedMeetings(readMeetingFrequency(frequency), period, year));
}

export function compareMeetings(held: number | null, planned: number | null): MeetingComparison {
  let text: string;
  if (planned === null) text = held === null ? `– (${NO_PLAN})` : `${held} (${NO_PLAN})`;
  else text = held === null ? `Ej angivet (planerade ${planned})` : `${held} av planerade ${planned}`;
  return { held, planned, text };
}

function toReportFollowUp(row: FollowUp): ReportFollowUp {
  return {
    status: row.status ?? "Ej bedömt",
    statusGiven: row.status !== null,
    comment: row.comment,
    done: row.done,
    reportedBy: row.reportedBy,
    reportedOn: row.reportedOn,
  };
}

/** The reported follow-up row of an activity for a period, or undefined. */
export function reportedRow(
  index: PlanIndex,
  activity: Activity,
  period: Period,
  year: number,
): FollowUp | undefined {
  const row = activity.nr === null ? undefined : index.followUpOf(activity.nr, year, period);
  return row && isReported(row) ? row : undefined;
}

/**
 * T1's and T2's meetings together against the plan for January–August. Periods without a
 * number are left out of the sum and named, so a missing T1 is not read as none held.
 */
function meetingsSoFar(index: PlanIndex, activity: Activity, year: number): MeetingComparison {
  const frequency = readMeetingFrequency(activity.meetingFrequency);
  const planT1 = plannedMeetings(frequency, "T1", year);
  const planT2 = plannedMeetings(frequency, "T2", year);
  const planned = wholeMeetings(planT1 === null || planT2 === null ? null : planT1 + planT2);
  const held = (["T1", "T2"] as const).map((p) => reportedRow(index, activity, p, year)?.meetings ?? null);
  const known = held.filter((h): h is number => h !== null);
  const sum = known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
  const comparison = compareMeetings(sum, planned);
  const unknown = held.flatMap((h, i) => (h === null ? [i === 0 ? "T1" : "T2"] : []));
  if (sum === null || unknown.length === 0) return comparison;
  return { ...comparison, text: `${comparison.text}; ${unknown.join(" och ")} ej angivet` };
}

/**
 * The activity's entry for `period` of `year`; `soFar` adds T1's and T2's meetings together
 * (the T2 report's year so far).
 */
export function periodEntry(
  index: PlanIndex,
  activity: Activity,
  period: Period,
  year: number,
  soFar = false,
): PeriodEntry {
  const row = reportedRow(index, activity, period, year);
  const followUp = row ? toReportFollowUp(row) : null;
  const planned = plannedForPeriod(activity.meetingFrequency, period, year);
  return {
    period,
    followUp,
    meetings: compareMeetings(row ? row.meetings : null, planned),
    meetingsSoFar: soFar && period === "T2" ? meetingsSoFar(index, activity, year) : null,
  };
}
