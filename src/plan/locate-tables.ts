/**
 * Finding the plan's tables in a workbook: through the workbook's plan bindings ("Koppla
 * plan") first, then by table name, then a sheet whose first row (or a table on it) has
 * headers matching the table's required columns.
 */
import { resolveBindings, type BrokenBinding } from "./binding/binding-id";
import { PLAN_TABLES, type TableDef, type TableName } from "./contract";
import type { RangeRef } from "./excel-address";
import { excelNameKey, rangesIntersect } from "./excel-address";
import { matchColumns, normalizeHeader, type ColumnMatch } from "./headers";
import type { RawValue } from "./raw-value";
import { isBlank, rawToText } from "./raw-value";
import type { TableLocation, WorkbookSnapshot } from "./workbook-port";

/** A plan table as found in the workbook, with its columns matched to the contract. */
export interface LocatedTable {
  readonly def: TableDef;
  readonly location: TableLocation;
  readonly columns: ColumnMatch;
  /** Data rows with completely empty trailing rows removed. */
  readonly rows: readonly (readonly RawValue[])[];
  /** Merged ranges that touch the table. */
  readonly merges: readonly RangeRef[];
}

export interface LocatedPlan {
  readonly tables: ReadonlyMap<TableName, LocatedTable>;
  readonly missing: readonly TableDef[];
  /** Bindings whose table has been deleted (bind again); absent when there are none. */
  readonly brokenBindings?: readonly BrokenBinding[];
}

interface Candidate {
  readonly id: string;
  readonly sheet: string;
  readonly excelTable: string | null;
  readonly top: number;
  readonly left: number;
  readonly headers: readonly (string | null)[];
  readonly rows: readonly (readonly RawValue[])[];
  readonly merges: readonly RangeRef[];
}

function candidates(snapshot: WorkbookSnapshot): Candidate[] {
  const found: Candidate[] = [];
  for (const sheet of snapshot.sheets) {
    for (const table of sheet.tables) {
      found.push({
        id: `table:${table.name}`,
        sheet: sheet.name,
        excelTable: table.name,
        top: table.top,
        left: table.left,
        headers: table.headers,
        rows: table.rows,
        merges: sheet.merges,
      });
    }
    if (sheet.tables.length === 0 && sheet.usedRange && sheet.usedRange.rows.length > 0) {
      const [first = [], ...rest] = sheet.usedRange.rows;
      found.push({
        id: `sheet:${sheet.name}`,
        sheet: sheet.name,
        excelTable: null,
        top: sheet.usedRange.top,
        left: sheet.usedRange.left,
        // A header cell holding a number, a date etc. is named as the sheet shows it.
        headers: first.map(rawToText),
        rows: rest,
        merges: sheet.merges,
      });
    }
  }
  return found;
}

function trimTrailingBlankRows(rows: readonly (readonly RawValue[])[]): readonly (readonly RawValue[])[] {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every(isBlank)) end--;
  return rows.slice(0, end);
}

function locate(def: TableDef, candidate: Candidate, columns: ColumnMatch): LocatedTable {
  const width = candidate.headers.length;
  const range: RangeRef = {
    top: candidate.top,
    left: candidate.left,
    bottom: candidate.top + Math.max(candidate.rows.length, 1),
    right: candidate.left + Math.max(width, 1) - 1,
  };
  return {
    def,
    columns,
    rows: trimTrailingBlankRows(candidate.rows),
    merges: candidate.merges.filter((m) => rangesIntersect(m, range)),
    location: {
      table: def.name,
      sheet: candidate.sheet,
      excelTable: candidate.excelTable,
      top: candidate.top,
      left: candidate.left,
      rowCount: candidate.rows.length,
      headers: candidate.headers,
    },
  };
}

/** Ranks header candidates: a sheet named as the contract says first, then the closest fit. */
function headerScore(def: TableDef, candidate: Candidate, columns: ColumnMatch): number {
  const sheetBonus = normalizeHeader(candidate.sheet) === normalizeHeader(def.sheet) ? 1000 : 0;
  return sheetBonus + columns.indexByKey.size * 10 - columns.unknown.length;
}

export function locatePlanTables(snapshot: WorkbookSnapshot): LocatedPlan {
  const all = candidates(snapshot);
  const claimed = new Set<string>();
  const tables = new Map<TableName, LocatedTable>();
  const bindings = resolveBindings(snapshot);

  // Bound tables first, whatever they are called now; then the rest by name.
  const byBinding = PLAN_TABLES.filter((def) => bindings.bound.has(def.name));
  const rest = PLAN_TABLES.filter((def) => !bindings.bound.has(def.name));
  for (const def of [...byBinding, ...rest]) {
    const wanted = excelNameKey(bindings.bound.get(def.name) ?? def.name);
    const byName = all.find(
      (c) => c.excelTable !== null && !claimed.has(c.id) && excelNameKey(c.excelTable) === wanted,
    );
    if (byName) {
      claimed.add(byName.id);
      tables.set(def.name, locate(def, byName, matchColumns(def, byName.headers)));
    }
  }

  // Header matches are assigned best fit first, so a range holding Utfall is not taken
  // by Indikatorer merely because it also has Aktivitet and Indikator columns.
  const pairs: { def: TableDef; candidate: Candidate; columns: ColumnMatch; score: number }[] = [];
  for (const def of PLAN_TABLES) {
    if (tables.has(def.name)) continue;
    for (const candidate of all) {
      if (claimed.has(candidate.id)) continue;
      const columns = matchColumns(def, candidate.headers);
      if (columns.missing.length > 0 || columns.indexByKey.size === 0) continue;
      pairs.push({ def, candidate, columns, score: headerScore(def, candidate, columns) });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  for (const { def, candidate, columns } of pairs) {
    if (tables.has(def.name) || claimed.has(candidate.id)) continue;
    claimed.add(candidate.id);
    tables.set(def.name, locate(def, candidate, columns));
  }

  const missing = PLAN_TABLES.filter((def) => !tables.has(def.name));
  // In contract order, however they were found.
  const ordered = new Map(
    PLAN_TABLES.flatMap((def) => {
      const table = tables.get(def.name);
      return table ? [[def.name, table] as const] : [];
    }),
  );
  return bindings.broken.length === 0
    ? { tables: ordered, missing }
    : { tables: ordered, missing, brokenBindings: bindings.broken };
}
