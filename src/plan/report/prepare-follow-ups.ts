/**
 * The use case "Förbered uppföljning": one Uppfoljning row per activity for a period and
 * year, with Aktivitet, År and Period filled in, after the existing rows, in Nr order.
 * Rows that exist are skipped, so running it twice adds nothing the second time.
 */
import type { Period } from "../contract";
import { locatePlanTables } from "../locate-tables";
import { followUpKey, indexPlan } from "../plan-index";
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
  /** Rows added; 0 when every activity already had one. */
  readonly added: number;
}

export async function prepareFollowUps(
  port: WorkbookPort,
  request: PrepareFollowUpsRequest,
): Promise<PrepareFollowUpsResult> {
  const located = locatePlanTables(await port.readSnapshot());
  assertPlanStructure(located, ["Aktiviteter", "Uppfoljning"], "förbereda uppföljningen");
  const plan = readPlanData(located);
  const year = resolvePlanYear(request.year, plan.info?.year ?? null);
  const index = indexPlan(plan);
  const table = located.tables.get("Uppfoljning");
  if (!table) throw new Error("Uppfoljning saknas trots kontrollen");
  const column = (key: string): number => table.columns.indexByKey.get(key) ?? -1;
  const at = { activity: column("activity"), year: column("year"), period: column("period") };

  const numbers = [...index.activityByNr.keys()].sort(compareActivityNr);
  const rows: CellInput[][] = [];
  for (const nr of numbers) {
    if (index.followUpByKey.has(followUpKey(nr, year, request.period))) continue;
    const row: CellInput[] = table.location.headers.map(() => null);
    row[at.activity] = nr;
    row[at.year] = year;
    row[at.period] = request.period;
    rows.push(row);
  }
  if (rows.length > 0) await port.appendRows(table.location, rows);
  return { period: request.period, year, added: rows.length };
}
