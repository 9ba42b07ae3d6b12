/**
 * District plans for the summary over many plans: the report fixture (reportPlanTables)
 * under other districts' names and years, one with a late T2 report, and their counts for
 * T2 as read off the fixture's rows (not computed by the code under test).
 */
import { rawDate } from "../../src/plan";
import { FIXTURE_YEAR, reportPlanTables, writeReportFixture } from "./report-fixture";
import { snapshotOf, type PlanTableRows } from "./snapshot-builder";
import type { TableName, WorkbookSnapshot } from "../../src/plan";

/** The fixture's T2 counts: 6 activities; 1.1 Uppfyllt, 1.10 and 2.3 Delvis, 1.2 Ej, 2.1 Ej bedömt, 2.2 none. */
export const FIXTURE_T2 = {
  activities: 6,
  reported: 5,
  met: 1,
  partly: 2,
  notMet: 1,
  notAssessed: 1,
  missing: 1,
  late: 0,
} as const;

/** A district's counts as the summary's row shows them, after the district's name. */
export function countCells(c: Readonly<Record<keyof typeof FIXTURE_T2, number>>): number[] {
  return [c.activities, c.reported, c.met, c.partly, c.notMet, c.notAssessed, c.missing, c.late];
}

/**
 * The fixture's T2 deviations: 1.2 Ej uppfyllt and worse than T1 (Delvis), 2.1 Ej bedömt
 * without comment, 2.2 missing, 2.3 worse than T1 (Uppfyllt → Delvis).
 */
export const FIXTURE_T2_DEVIATIONS = 5;

export interface DistrictOptions {
  readonly year?: number;
  /** Reports 1.1's T2 follow-up on this day (the T2 Rapportdag is 2026-09-15). */
  readonly reportedT2On?: string;
}

/** The fixture as district `district`'s plan. */
export function districtTables(district: string, options: DistrictOptions = {}): PlanTableRows {
  const tables = reportPlanTables();
  const year = options.year ?? FIXTURE_YEAR;
  const plan = tables.Plan.map((p) => ({ ...p, Stadsdelsförvaltning: district, År: year }));
  const followUps = tables.Uppfoljning.map((f) => {
    const moved = { ...f, År: year };
    return options.reportedT2On !== undefined && f.Aktivitet === "1.1" && f.Period === "T2"
      ? { ...moved, Rapportdatum: rawDate(options.reportedT2On) }
      : moved;
  });
  return { ...tables, Plan: plan, Uppfoljning: followUps };
}

export function districtSnapshot(district: string, options: DistrictOptions = {}): WorkbookSnapshot {
  const tables = districtTables(district, options) as Partial<
    Record<TableName, PlanTableRows[keyof PlanTableRows]>
  >;
  return snapshotOf(
    (Object.keys(tables) as TableName[]).flatMap((name) => {
      const rows = tables[name];
      return rows ? [{ name, rows }] : [];
    }),
  );
}

/** Writes the district's plan as a workbook with raw exceljs. */
export function writeDistrictPlan(
  path: string,
  district: string,
  options: DistrictOptions = {},
): Promise<void> {
  return writeReportFixture(path, { tables: districtTables(district, options) });
}
