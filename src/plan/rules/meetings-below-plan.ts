import type { Finding } from "../finding";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import { belowHalfOfPlan, plannedMeetings, readMeetingFrequency } from "../meeting-frequency";
import { makeFinding, targetAt, type PlanRule } from "./rule-kit";

/**
 * Antal möten below half of what Mötesfrekvens implies for the period. It asks for a
 * comment only when Kommentar is empty.
 */
export const meetingsBelowPlan: PlanRule = {
  slug: "meetings-below-plan",
  check({ plan, index, tables }) {
    const table = tables.get("Uppfoljning");
    if (!table) return [];
    const findings: Finding[] = [];
    for (const f of plan.followUps) {
      if (f.meetings === null || f.activity === null || f.year === null || f.period === null) continue;
      const activity = index.activityByNr.get(f.activity);
      if (!activity) continue;
      const planned = plannedMeetings(readMeetingFrequency(activity.meetingFrequency), f.period, f.year);
      if (planned === null || !belowHalfOfPlan(f.meetings, planned)) continue;
      findings.push(
        makeFinding(
          "meetings-below-plan",
          "info",
          targetAt(table, f.row, "meetings"),
          String(f.meetings),
          TEXT.meetingsBelowPlan({
            activity: f.activity,
            when: TEXT.subject.period(f.period, f.year),
            held: f.meetings,
            frequency: activity.meetingFrequency ?? "",
            planned,
            commented: f.comment !== null && f.comment.trim() !== "",
          }),
        ),
      );
    }
    return findings;
  },
};
