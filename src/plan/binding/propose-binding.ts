/**
 * "Koppla plan", step one: for every contract table, where in an existing workbook it could
 * come from, and the best choice. A table or range can hold only one contract table, so the
 * choices are made best fit first across all tables: a bound or rightly named table, then
 * the fewest missing required columns, the fewest unknown headers and the most columns.
 */
import { PLAN_TABLES, type TableDef, type TableName } from "../contract";
import { freeSheetName } from "../report/report-sheet-name";
import type { WorkbookSnapshot } from "../workbook-port";
import { resolveBindings } from "./binding-id";
import type { BindingCandidate, BindingProposal, TableProposal } from "./binding-types";
import { candidatesFor, overlaps, sourceRank, sourcesOf } from "./candidates";

function byFit(a: BindingCandidate, b: BindingCandidate): number {
  return (
    sourceRank(a) - sourceRank(b) ||
    a.missing.length - b.missing.length ||
    a.unknown.length - b.unknown.length ||
    b.matched.length - a.matched.length
  );
}

/**
 * The contract table each matched range or table fits best (ties go to the table first in
 * the contract). A range that fits Uppfoljning as well as Utfall is never proposed for Utfall.
 */
function bestTables(sorted: readonly BindingCandidate[]): Map<string, TableName> {
  const best = new Map<string, TableName>();
  for (const candidate of sorted) if (!best.has(candidate.id)) best.set(candidate.id, candidate.table);
  return best;
}

/**
 * The proposed candidate for each table: best fit first, sharing no cells with a candidate
 * chosen before it. A table found by its headers is proposed only for the table it fits best;
 * one named or bound as the contract table always is.
 */
function chooseCandidates(
  perTable: readonly (readonly BindingCandidate[])[],
): Map<TableName, BindingCandidate> {
  const chosen = new Map<TableName, BindingCandidate>();
  const all = perTable.flat().sort(byFit);
  const best = bestTables(all.filter((c) => c.source === "table" || c.source === "range"));
  for (const candidate of all) {
    if (chosen.has(candidate.table)) continue;
    const byHeaders = candidate.source === "table" || candidate.source === "range";
    if (byHeaders && best.get(candidate.id) !== candidate.table) continue;
    if ([...chosen.values()].some((taken) => overlaps(taken, candidate))) continue;
    chosen.set(candidate.table, candidate);
  }
  return chosen;
}

/** The sheet each table would get if created: its contract sheet, or a free name. */
function newSheets(snapshot: WorkbookSnapshot, defs: readonly TableDef[]): Map<TableName, string> {
  const taken = snapshot.sheets.map((s) => s.name);
  const sheets = new Map<TableName, string>();
  for (const def of defs) {
    const name = freeSheetName(def.sheet, taken);
    taken.push(name);
    sheets.set(def.name, name);
  }
  return sheets;
}

export function proposeBinding(snapshot: WorkbookSnapshot): BindingProposal {
  const bindings = resolveBindings(snapshot);
  const sources = sourcesOf(snapshot);
  const perTable = PLAN_TABLES.map((def) => candidatesFor(def, sources, bindings.bound.get(def.name)));
  const chosen = chooseCandidates(perTable);
  const sheets = newSheets(snapshot, PLAN_TABLES);
  const tables: TableProposal[] = PLAN_TABLES.map((def, i) => ({
    def,
    candidates: perTable[i] ?? [],
    chosen: chosen.get(def.name)?.id ?? null,
    newSheet: sheets.get(def.name) ?? def.sheet,
  }));
  const excelTables = snapshot.sheets.flatMap((s) => s.tables.map((t) => t.name));
  return { tables, brokenBindings: bindings.broken, excelTables };
}
