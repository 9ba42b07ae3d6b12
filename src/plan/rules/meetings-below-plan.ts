import { belowHalfOfPlan, plannedMeetings, readMeetingFrequency } from "../meeting-frequency";
import { makeFinding, targetAt, type PlanRule } from "./rule-kit";

function rounded(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(".", ",");
}

/** Antal möten below half of what Mötesfrekvens implies for the period. */
export const meetingsBelowPlan: PlanRule = {
  slug: "meetings-below-plan",
  check({ plan, index, tables }) {
    const table = tables.get("Uppfoljning");
    if (!table) return [];
    return plan.followUps.flatMap((f) => {
      if (f.meetings === null || f.activity === null || f.year === null || f.period === null) return [];
      const activity = index.activityByNr.get(f.activity);
      if (!activity) return [];
      const planned = plannedMeetings(readMeetingFrequency(activity.meetingFrequency), f.period, f.year);
      if (planned === null || !belowHalfOfPlan(f.meetings, planned)) return [];
      const held = `${f.meetings} ${f.meetings === 1 ? "möte" : "möten"}`;
      return [
        makeFinding(
          "meetings-below-plan",
          "info",
          targetAt(table, f.row, "meetings"),
          String(f.meetings),
          `Aktivitet ${f.activity} höll ${held} under ${f.period} ${f.year}, men mötesfrekvensen ` +
            `"${activity.meetingFrequency ?? ""}" motsvarar ungefär ${rounded(planned)}. Kommentera gärna varför.`,
        ),
      ];
    });
  },
};
