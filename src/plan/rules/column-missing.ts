import type { ColumnDef } from "../contract";
import type { Finding } from "../finding";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import type { LocatedTable } from "../locate-tables";
import { makeFinding, sheetOf } from "./rule-kit";

/** A required column has no header in the table. */
export function columnMissing(table: LocatedTable, column: ColumnDef): Finding {
  const finding = makeFinding(
    "column-missing",
    "error",
    { table, row: null, columnIndex: null },
    null,
    TEXT.columnMissing({ sheet: sheetOf(table), header: column.header, aliases: column.aliases }),
  );
  return { ...finding, column: column.header };
}
