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
  if (planned === null) return null;
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
  // A frequency implies a number for every period or for none: T2's is null only when T1's is.
  const planned =
    planT1 === null ? null : wholeMeetings(planT1 + (plannedMeetings(frequency, "T2", year) ?? 0));
  const held = (p: Period) => reportedRow(index, activity, p, year)?.meetings ?? null;
  const t1 = held("T1");
  const t2 = held("T2");
  if (t1 === null && t2 === null) return compareMeetings(null, planned);
  const comparison = compareMeetings((t1 ?? 0) + (t2 ?? 0), planned);
  const unknown = t1 === null ? "T1" : t2 === null ? "T2" : null;
  return unknown === null ? comparison : { ...comparison, text: `${comparison.text}; ${unknown} ej angivet` };
}

/**
 * The activity's entry for `period` of `year`; `soFar` adds T1's and T2's meetings together
 * (the year so far, which the T2 report shows for its own period).
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
    meetingsSoFar: soFar ? meetingsSoFar(index, activity, year) : null,
  };
}
