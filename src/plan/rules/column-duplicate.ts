import { columnLetter } from "../excel-address";
import type { Finding } from "../finding";
import type { DuplicateHeader } from "../headers";
import type { LocatedTable } from "../locate-tables";
import { makeFinding } from "./rule-kit";

/** Two headers name the same column. */
export function columnDuplicate(table: LocatedTable, duplicate: DuplicateHeader): Finding {
  const firstColumn = columnLetter(table.location.left + duplicate.firstIndex);
  const finding = makeFinding(
    "column-duplicate",
    "error",
    { table, row: null, columnIndex: duplicate.index },
    duplicate.header,
    `Rubriken "${duplicate.header}" avser samma kolumn som kolumn ${firstColumn} ` +
      `("${duplicate.column.header}"). Ta bort en av dem eller byt rubrik.`,
  );
  return { ...finding, column: duplicate.column.header };
}
