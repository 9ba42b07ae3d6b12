import { columnLetter } from "../excel-address";
import type { Finding } from "../finding";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import type { DuplicateHeader } from "../headers";
import type { LocatedTable } from "../locate-tables";
import { makeFinding } from "./rule-kit";

/** Two headers name the same column. */
export function columnDuplicate(table: LocatedTable, duplicate: DuplicateHeader): Finding {
  const finding = makeFinding(
    "column-duplicate",
    "error",
    { table, row: null, columnIndex: duplicate.index },
    duplicate.header,
    TEXT.columnDuplicate({
      header: duplicate.header,
      firstColumn: columnLetter(table.location.left + duplicate.firstIndex),
      column: duplicate.column.header,
    }),
  );
  return { ...finding, column: duplicate.column.header };
}
