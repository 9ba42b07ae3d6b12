import { deadline, periodSpan } from "../periods";
import { makeFinding, targetAt, type PlanRule } from "./rule-kit";

/** Rapportdatum before the period's start or after its deadline. */
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
      const side = f.reportedOn < start ? `före periodens början (${start})` : `efter rapportdagen (${last})`;
      return [
        makeFinding(
          "report-date-range",
          "warning",
          targetAt(table, f.row, "reportedOn"),
          f.reportedOn,
          `Rapportdatum ${f.reportedOn} ligger ${side} för ${f.period} ${f.year}. ` +
            `Kontrollera datumet, År och Period.`,
        ),
      ];
    });
  },
};
