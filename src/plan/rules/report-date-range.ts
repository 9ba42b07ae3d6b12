import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import { deadline, periodSpan } from "../periods";
import { rowSubject } from "../row-subject";
import { makeFinding, targetAt, type PlanRule } from "./rule-kit";

const DAY_MS = 86_400_000;

/** Whole days from one ISO date to a later one. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Rapportdatum before the period's start (a date to check) or after its deadline (a report
 * that came in late, by so many days).
 */
export const reportDateRange: PlanRule = {
  slug: "report-date-range",
  check({ plan, index, tables }) {
    const table = tables.get("Uppfoljning");
    if (!table) return [];
    return plan.followUps.flatMap((f) => {
      if (f.reportedOn === null || f.year === null || f.period === null) return [];
      const start = periodSpan(f.period, f.year).start;
      const last = deadline(f.period, f.year, index.planYear, index.deadlines);
      if (f.reportedOn >= start && f.reportedOn <= last) return [];
      const subject = rowSubject("Uppfoljning", f) ?? TEXT.subject.period(f.period, f.year);
      const message =
        f.reportedOn < start
          ? TEXT.reportEarly({ date: f.reportedOn, start, subject })
          : TEXT.reportLate({
              date: f.reportedOn,
              deadline: last,
              days: daysBetween(last, f.reportedOn),
              subject,
            });
      return [
        makeFinding(
          "report-date-range",
          "warning",
          targetAt(table, f.row, "reportedOn"),
          f.reportedOn,
          message,
        ),
      ];
    });
  },
};
