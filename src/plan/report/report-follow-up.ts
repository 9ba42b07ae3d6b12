/** An activity's follow-up for one period, with its meetings against Mötesfrekvens. */
import type { Period } from "../contract";
import { plannedMeetings, readMeetingFrequency } from "../meeting-frequency";
import type { Activity, FollowUp } from "../plan-data";
import { isReported } from "../follow-up-status";
import { followUpKey, type PlanIndex } from "../plan-index";
import type { MeetingComparison, PeriodEntry, ReportFollowUp } from "./report-types";

const NO_PLAN = "ingen plan att jämföra med";

/**
 * Meetings Mötesfrekvens implies for the period, rounded to whole meetings; a rhythm that
 * implies less than one meeting in the period still plans one. Null when it implies nothing.
 */
export function plannedForPeriod(frequency: string | null, period: Period, year: number): number | null {
  const planned = plannedMeetings(readMeetingFrequency(frequency), period, year);
  if (planned === null || planned <= 0) return null;
  return Math.max(1, Math.round(planned));
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

/** The activity's entry for `period` of `year`. */
export function periodEntry(index: PlanIndex, activity: Activity, period: Period, year: number): PeriodEntry {
  const row =
    activity.nr === null ? undefined : index.followUpByKey.get(followUpKey(activity.nr, year, period));
  const followUp = row && isReported(row) ? toReportFollowUp(row) : null;
  const planned = plannedForPeriod(activity.meetingFrequency, period, year);
  return { period, followUp, meetings: compareMeetings(followUp && row ? row.meetings : null, planned) };
}
