import type { Period } from "../contract";
import type { Finding } from "../finding";
import type { LocatedTable } from "../locate-tables";
import type { Area, Assessment } from "../plan-data";
import { deadline, periodsDue } from "../periods";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import { isAssessed } from "../prepared-rows";
import { atRow } from "../row-subject";
import { makeFinding, targetAt, withColumns, type PlanRule } from "./rule-kit";

interface Due {
  readonly period: Period;
  readonly year: number;
  /** The period's deadline, `YYYY-MM-DD`. */
  readonly day: string;
}

function rowsByKey(rows: readonly Assessment[], year: number): Map<string, Assessment[]> {
  const byKey = new Map<string, Assessment[]>();
  for (const row of rows) {
    if (row.area === null || row.year !== year || row.period === null) continue;
    const key = `${row.area}\u0000${row.period}`;
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  return byKey;
}

/** The finding for one area and period: at the empty row when there is one, else at the area. */
function missing(
  areas: LocatedTable,
  assessments: LocatedTable,
  area: Area,
  empty: Assessment | null,
  due: Due,
) {
  const nr = area.nr ?? 0;
  const subject =
    `Bedömningen för ${TEXT.subject.area(nr)}${area.name ? ` (${area.name})` : ""}, ` +
    TEXT.subject.period(due.period, due.year);
  if (empty !== null) {
    return makeFinding(
      "assessment-missing",
      "warning",
      targetAt(assessments, empty.row, "summary"),
      null,
      TEXT.assessmentNotFilled({ subject, deadline: due.day, where: atRow(assessments, empty.row) }),
    );
  }
  return makeFinding(
    "assessment-missing",
    "warning",
    targetAt(areas, area.row, "nr"),
    String(nr),
    TEXT.assessmentMissing({ subject, deadline: due.day, area: nr, year: due.year, period: due.period }),
  );
}

/**
 * The Bedömning table exists, and an area has no written assessment (no row, or only a row
 * the preparation added and nobody has filled in) for the plan year and a period whose
 * deadline has passed on the check date.
 */
export const assessmentMissing: PlanRule = {
  slug: "assessment-missing",
  check({ plan, index, tables, checkDate }) {
    const areas = tables.get("Omraden");
    const assessments = withColumns(tables, "Bedomning", "area", "year", "period");
    const year = index.planYear;
    if (!areas || !assessments || !plan.assessments || year === null) return [];
    const due = periodsDue(year, checkDate, year, index.deadlines).map((period): Due => ({
      period,
      year,
      day: deadline(period, year, year, index.deadlines),
    }));
    if (due.length === 0) return [];
    const byKey = rowsByKey(plan.assessments, year);
    const seen = new Set<number>();
    const findings: Finding[] = [];
    for (const area of plan.areas) {
      if (area.nr === null || seen.has(area.nr)) continue;
      seen.add(area.nr);
      for (const d of due) {
        const rows = byKey.get(`${area.nr}\u0000${d.period}`) ?? [];
        if (!rows.some(isAssessed)) findings.push(missing(areas, assessments, area, rows[0] ?? null, d));
      }
    }
    return findings;
  },
};
