import { PERIODS } from "../contract";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import type { Finding } from "../finding";
import { deadline, periodSpan } from "../periods";
import { rowSubject } from "../row-subject";
import { makeFinding, targetAt, type PlanRule } from "./rule-kit";

const DAY_MS = 86_400_000;

/** When a period's reports are due: from its first day to its deadline. */
interface ReportWindow {
  readonly start: string;
  readonly last: string;
}

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
    const findings: Finding[] = [];
    // Every dated row asks for its period's window: worked out once per year and period.
    const windows = new Map<number, ReportWindow>();
    for (const f of plan.followUps) {
      if (f.reportedOn === null || f.year === null || f.period === null) continue;
      const key = f.year * PERIODS.length + PERIODS.indexOf(f.period);
      let window = windows.get(key);
      if (window === undefined) {
        window = {
          start: periodSpan(f.period, f.year).start,
          last: deadline(f.period, f.year, index.planYear, index.deadlines),
        };
        windows.set(key, window);
      }
      const { start, last } = window;
      if (f.reportedOn >= start && f.reportedOn <= last) continue;
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
      findings.push(
        makeFinding(
          "report-date-range",
          "warning",
          targetAt(table, f.row, "reportedOn"),
          f.reportedOn,
          message,
        ),
      );
    }
    return findings;
  },
};
