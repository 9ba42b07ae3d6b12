import type { Finding } from "../finding";
import type { LocatedTable } from "../locate-tables";
import { makeFinding } from "./rule-kit";

/** An empty row between data rows: the finding is about the row, so it names no column. */
export function blankRow(table: LocatedTable, row: number): Finding {
  const finding = makeFinding(
    "blank-row",
    "warning",
    { table, row, columnIndex: 0 },
    null,
    `Rad ${row} i tabellen ${table.def.name} är tom men har data under sig. ` +
      `Ta bort raden eller fyll i den.`,
  );
  return { ...finding, column: null };
}
