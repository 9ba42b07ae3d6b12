/**
 * The candidates for one contract table: the Excel table a binding points to, an Excel table
 * with the contract's name, and Excel tables or plain ranges whose header row matches (the
 * contract's header matching, aliases included).
 */
import { excelNameKey } from "../excel-address";
import type { TableDef } from "../contract";
import { quoteSheetName, rangeA1, rangesIntersect, type RangeRef } from "../excel-address";
import { matchColumns, type ColumnMatch } from "../headers";
import type { WorkbookSnapshot } from "../workbook-port";
import type { BindingCandidate, CandidateSource, MatchedHeader } from "./binding-types";
import { headerRegions } from "./header-regions";

/** A table or plain range in the workbook, before it is matched to a contract table. */
export interface Source {
  readonly id: string;
  readonly sheet: string;
  readonly bounds: RangeRef;
  readonly excelTable: string | null;
  readonly headers: readonly (string | null)[];
}

/** Every Excel table and every plain header region of the workbook. */
export function sourcesOf(snapshot: WorkbookSnapshot): Source[] {
  const sources: Source[] = [];
  for (const sheet of snapshot.sheets) {
    for (const table of sheet.tables) {
      const bounds = {
        top: table.top,
        left: table.left,
        bottom: table.top + Math.max(table.rows.length, 1),
        right: table.left + Math.max(table.headers.length, 1) - 1,
      };
      sources.push({
        id: `table:${table.name}`,
        sheet: sheet.name,
        bounds,
        excelTable: table.name,
        headers: table.headers,
      });
    }
    for (const region of headerRegions(sheet)) {
      const id = `range:${quoteSheetName(sheet.name)}!${rangeA1(region.bounds)}`;
      sources.push({
        id,
        sheet: sheet.name,
        bounds: region.bounds,
        excelTable: null,
        headers: region.headers,
      });
    }
  }
  return sources;
}

const SOURCE_RANK: Readonly<Record<CandidateSource, number>> = { binding: 0, name: 1, table: 2, range: 2 };

export function sourceRank(candidate: BindingCandidate): number {
  return SOURCE_RANK[candidate.source];
}

function requiredMatched(def: TableDef, columns: ColumnMatch): number {
  return def.columns.filter((c) => c.required && columns.indexByKey.has(c.key)).length;
}

/** Enough of the table's required columns to be worth proposing: two, or all when fewer. */
function fits(def: TableDef, columns: ColumnMatch): boolean {
  const required = def.columns.filter((c) => c.required).length;
  return requiredMatched(def, columns) >= Math.min(2, required);
}

function sourceKind(def: TableDef, source: Source, columns: ColumnMatch, bound: string | undefined) {
  const name = source.excelTable;
  if (name !== null && bound !== undefined && excelNameKey(name) === excelNameKey(bound)) return "binding";
  if (name !== null && excelNameKey(name) === excelNameKey(def.name)) return "name";
  if (!fits(def, columns)) return null;
  return name === null ? "range" : "table";
}

function candidate(
  def: TableDef,
  source: Source,
  kind: CandidateSource,
  columns: ColumnMatch,
): BindingCandidate {
  const matched: MatchedHeader[] = [];
  const nrColumns: number[] = [];
  columns.columnAt.forEach((column, i) => {
    if (column === null) return;
    matched.push({ header: source.headers[i] ?? "", column: column.header });
    if (column.type === "activityNr") nrColumns.push(i);
  });
  const unknown = columns.unknown.map((u) => u.header);
  const score =
    requiredMatched(def, columns) * 10000 + matched.length * 100 + (99 - Math.min(unknown.length, 99));
  return {
    id: source.id,
    table: def.name,
    source: kind,
    sheet: source.sheet,
    range: rangeA1(source.bounds),
    bounds: source.bounds,
    excelTable: source.excelTable,
    headers: source.headers,
    matched,
    missing: columns.missing,
    unknown,
    nrColumns,
    score,
  };
}

/**
 * The candidates for `def`, best first. `bound` is the Excel table a binding points to. Of
 * overlapping plain ranges (header rows tried at different heights) only the best is kept.
 */
export function candidatesFor(
  def: TableDef,
  sources: readonly Source[],
  bound: string | undefined,
): BindingCandidate[] {
  const found: BindingCandidate[] = [];
  for (const source of sources) {
    const columns = matchColumns(def, source.headers);
    const kind = sourceKind(def, source, columns, bound);
    if (kind !== null) found.push(candidate(def, source, kind, columns));
  }
  found.sort((a, b) => sourceRank(a) - sourceRank(b) || b.score - a.score);
  return found.filter(
    (c, i) =>
      c.excelTable !== null ||
      !found.slice(0, i).some((better) => better.excelTable === null && overlaps(better, c)),
  );
}

/** Whether two candidates share cells, so that only one of them can be bound. */
export function overlaps(a: BindingCandidate, b: BindingCandidate): boolean {
  return a.sheet === b.sheet && rangesIntersect(a.bounds, b.bounds);
}
