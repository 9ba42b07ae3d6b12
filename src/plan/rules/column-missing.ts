import type { ColumnDef } from "../contract";
import type { Finding } from "../finding";
import type { LocatedTable } from "../locate-tables";
import { makeFinding } from "./rule-kit";

/** A required column has no header in the table. */
export function columnMissing(table: LocatedTable, column: ColumnDef): Finding {
  const aliases =
    column.aliases.length > 0 ? ` (eller ${column.aliases.map((a) => `"${a}"`).join(", ")})` : "";
  const finding = makeFinding(
    "column-missing",
    "error",
    { table, row: null, columnIndex: null },
    null,
    `Kolumnen "${column.header}" saknas i tabellen ${table.def.name}. ` +
      `Lägg till en kolumn med rubriken "${column.header}"${aliases}.`,
  );
  return { ...finding, column: column.header };
}
