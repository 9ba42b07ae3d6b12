import type { Finding } from "../finding";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import type { LocatedTable } from "../locate-tables";
import { excelRow } from "../row-subject";
import { makeFinding } from "./rule-kit";

/** An empty row between data rows: the finding is about the row, so it names no column. */
export function blankRow(table: LocatedTable, row: number): Finding {
  const finding = makeFinding(
    "blank-row",
    "warning",
    { table, row, columnIndex: 0 },
    null,
    TEXT.blankRow({ sheet: table.location.sheet, excelRow: excelRow(table, row) }),
  );
  return { ...finding, column: null };
}
