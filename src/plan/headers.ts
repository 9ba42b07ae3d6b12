/** Header matching as the contract says: case, whitespace and a trailing colon ignored. */
import type { ColumnDef, TableDef } from "./contract";

export function normalizeHeader(text: string): string {
  return text
    .replace(/[\s\u00a0\u2007\u202f]+/g, " ")
    .trim()
    .replace(/\s*:+$/, "")
    .toLocaleLowerCase("sv-SE");
}

export interface UnknownHeader {
  readonly index: number;
  readonly header: string;
}

export interface DuplicateHeader {
  readonly index: number;
  readonly header: string;
  readonly column: ColumnDef;
  /** Index of the first header that matched the same column. */
  readonly firstIndex: number;
}

export interface ColumnMatch {
  /** Column key → index in the header row (0-based), for the columns present. */
  readonly indexByKey: ReadonlyMap<string, number>;
  /** Index in the header row → the column it holds. */
  readonly columnAt: readonly (ColumnDef | null)[];
  readonly unknown: readonly UnknownHeader[];
  readonly duplicates: readonly DuplicateHeader[];
  /** Required columns with no header. */
  readonly missing: readonly ColumnDef[];
}

const lookupCache = new WeakMap<TableDef, Map<string, ColumnDef>>();

function headerLookup(table: TableDef): Map<string, ColumnDef> {
  let lookup = lookupCache.get(table);
  if (!lookup) {
    lookup = new Map();
    for (const column of table.columns) {
      for (const name of [column.header, ...column.aliases]) lookup.set(normalizeHeader(name), column);
    }
    lookupCache.set(table, lookup);
  }
  return lookup;
}

/** The column a header names, or null. */
export function columnForHeader(table: TableDef, header: string): ColumnDef | null {
  return headerLookup(table).get(normalizeHeader(header)) ?? null;
}

export function matchColumns(table: TableDef, headers: readonly (string | null)[]): ColumnMatch {
  const indexByKey = new Map<string, number>();
  const columnAt: (ColumnDef | null)[] = [];
  const unknown: UnknownHeader[] = [];
  const duplicates: DuplicateHeader[] = [];
  headers.forEach((header, index) => {
    const text = header ?? "";
    // A blank header normalises to "", which names no column.
    const column = columnForHeader(table, text);
    if (!column) {
      columnAt.push(null);
      if (text.trim() !== "") unknown.push({ index, header: text });
      return;
    }
    const firstIndex = indexByKey.get(column.key);
    if (firstIndex !== undefined) {
      columnAt.push(null);
      duplicates.push({ index, header: text, column, firstIndex });
      return;
    }
    indexByKey.set(column.key, index);
    columnAt.push(column);
  });
  const missing = table.columns.filter((c) => c.required && !indexByKey.has(c.key));
  return { indexByKey, columnAt, unknown, duplicates, missing };
}
