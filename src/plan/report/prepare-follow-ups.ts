/**
 * The use case "Förbered uppföljning": one Uppfoljning row per activity for a period and
 * year, with Aktivitet, År and Period filled in, after the existing rows, in Nr order; and,
 * when the plan has the Bedömning table, one Bedomning row per area with Område, År and
 * Period. Rows that exist are skipped, so running it twice adds nothing the second time.
 */
import type { Period } from "../contract";
import { locatePlanTables, type LocatedTable } from "../locate-tables";
import { indexPlan } from "../plan-index";
import { assertPlanStructure, resolvePlanYear } from "../plan-structure";
import { readPlanData } from "../read-plan";
import { compareActivityNr } from "../text";
import type { CellInput, WorkbookPort } from "../workbook-port";

export interface PrepareFollowUpsRequest {
  readonly period: Period;
  /** Defaults to the Plan table's År. */
  readonly year?: number;
}

export interface PrepareFollowUpsResult {
  readonly period: Period;
  readonly year: number;
  /** Uppfoljning rows added; 0 when every activity already had one. */
  readonly added: number;
  /** Bedomning rows added; 0 when every area had one or the plan has no Bedömning table. */
  readonly addedAssessments: number;
}

/** New rows for `table` that hold only the given (column key, value) pairs, each at its column. */
function keyRows(table: LocatedTable, keys: readonly (readonly [string, CellInput])[][]): CellInput[][] {
  return keys.map((pairs) => {
    const row: CellInput[] = table.location.headers.map(() => null);
    for (const [key, value] of pairs) {
      const at = table.columns.indexByKey.get(key);
      if (at !== undefined) row[at] = value;
    }
    return row;
  });
}

export async function prepareFollowUps(
  port: WorkbookPort,
  request: PrepareFollowUpsRequest,
): Promise<PrepareFollowUpsResult> {
  const located = locatePlanTables(await port.readSnapshot());
  assertPlanStructure(located, ["Aktiviteter", "Uppfoljning"], "förbereda uppföljningen");
  const plan = readPlanData(located);
  const year = resolvePlanYear(request.year, plan.info?.year ?? null);
  const { period } = request;
  const index = indexPlan(plan);
  const followUps = located.tables.get("Uppfoljning");
  if (!followUps) throw new Error("Uppfoljning saknas trots kontrollen");

  const activities = [...index.activityByNr.keys()]
    .sort(compareActivityNr)
    .filter((nr) => index.followUpOf(nr, year, period) === undefined);
  const followUpRows = keyRows(
    followUps,
    activities.map((nr) => [
      ["activity", nr],
      ["year", year],
      ["period", period],
    ]),
  );

  const assessments = located.tables.get("Bedomning");
  const assessed = new Set(
    plan.assessments?.filter((a) => a.year === year && a.period === period).map((a) => a.area),
  );
  const areas = [...index.areaNrs].sort((a, b) => a - b).filter((nr) => !assessed.has(nr));
  const assessmentRows = assessments
    ? keyRows(
        assessments,
        areas.map((nr) => [
          ["area", nr],
          ["year", year],
          ["period", period],
        ]),
      )
    : [];

  const batches = [
    { location: followUps.location, rows: followUpRows },
    ...(assessments ? [{ location: assessments.location, rows: assessmentRows }] : []),
  ].filter((b) => b.rows.length > 0);
  const severalTables = batches.length > 1;
  if (port.appendRowsToTables && severalTables) await port.appendRowsToTables(batches);
  else for (const { location, rows } of batches) await port.appendRows(location, rows);
  return { period, year, added: followUpRows.length, addedAssessments: assessmentRows.length };
}
