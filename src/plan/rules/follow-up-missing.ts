import { followUpKey } from "../plan-index";
import { deadline, periodsDue } from "../periods";
import type { Finding } from "../finding";
import { makeFinding, targetAt, withColumns, type PlanRule } from "./rule-kit";

/** No Uppfoljning row for an activity, the plan year and a period whose deadline has passed. */
export const followUpMissing: PlanRule = {
  slug: "follow-up-missing",
  check({ plan, index, tables, checkDate }) {
    const table = tables.get("Aktiviteter");
    const year = index.planYear;
    const followUps = withColumns(tables, "Uppfoljning", "activity", "year", "period");
    if (!table || year === null || !followUps) return [];
    const due = periodsDue(year, checkDate, year, index.deadlines);
    const findings: Finding[] = [];
    for (const a of plan.activities) {
      if (a.nr === null || index.activityByNr.get(a.nr) !== a) continue;
      for (const period of due) {
        if (index.followUpByKey.has(followUpKey(a.nr, year, period))) continue;
        const day = deadline(period, year, year, index.deadlines);
        findings.push(
          makeFinding(
            "follow-up-missing",
            "warning",
            targetAt(table, a.row, "nr"),
            a.nr,
            `Uppföljning ${period} ${year} saknas för aktivitet ${a.nr} (rapportdag ${day}). ` +
              `Lägg till en rad i Uppfoljning med "Förbered uppföljning" i tillägget ` +
              `eller "atgardsplan forbered --period ${period}" på kommandoraden.`,
          ),
        );
      }
    }
    return findings;
  },
};
