import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import { isReported } from "../follow-up-status";
import { deadline, periodsDue } from "../periods";
import type { Finding } from "../finding";
import { atRow } from "../row-subject";
import { makeFinding, targetAt, withColumns, type PlanRule } from "./rule-kit";

/**
 * No reported Uppfoljning row for an activity, the plan year and a period whose deadline has
 * passed: none at all (the finding points at the activity), or one not yet reported (it
 * points at the row's Målet nått, the cell to fill in).
 */
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
        const row = index.followUpOf(a.nr, year, period);
        if (row && isReported(row)) continue;
        const subject = `${TEXT.subject.activity(a.nr)}, ${TEXT.subject.period(period, year)}`;
        const day = deadline(period, year, year, index.deadlines);
        findings.push(
          row
            ? makeFinding(
                "follow-up-missing",
                "warning",
                targetAt(followUps, row.row, "status"),
                null,
                TEXT.followUpNotFilled({ subject, deadline: day, where: atRow(followUps, row.row) }),
              )
            : makeFinding(
                "follow-up-missing",
                "warning",
                targetAt(table, a.row, "nr"),
                a.nr,
                TEXT.followUpMissing({ subject, deadline: day, period }),
              ),
        );
      }
    }
    return findings;
  },
};
