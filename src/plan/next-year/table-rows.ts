/**
 * A typed row's cells as the user wrote them, in the contract's column order: what next
 * year's plan copies. Activity numbers are written as the text they are read as (an Nr
 * stored as a number becomes the text Excel showed), every other cell as it stands.
 */
import type { LocatedTable } from "../locate-tables";
import type { RowRef } from "../plan-data";
import type { CellInput } from "../workbook-port";

/**
 * The row's cells by the contract's columns; `typed` gives the row's typed values and
 * `replace` overrides cells by column key.
 */
export function contractCells(
  table: LocatedTable,
  typed: RowRef & object,
  replace: Readonly<Record<string, CellInput>> = {},
): CellInput[] {
  const raw = table.rows[typed.row - 1] ?? [];
  const values = typed as unknown as Readonly<Record<string, unknown>>;
  return table.def.columns.map((column) => {
    if (column.key in replace) return replace[column.key] ?? null;
    const index = table.columns.indexByKey.get(column.key);
    if (index === undefined) return null;
    if (column.type === "activityNr") {
      const nr = values[column.key];
      if (typeof nr === "string") return nr;
    }
    return raw[index] ?? null;
  });
}

/** The table's own headers that match no column of the contract, as the user wrote them. */
export function ownColumns(table: LocatedTable): string[] {
  return table.columns.unknown.map((u) => u.header.trim());
}
