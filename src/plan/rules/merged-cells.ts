import { rangeA1, type RangeRef } from "../excel-address";
import type { Finding } from "../finding";
import type { LocatedTable } from "../locate-tables";
import { makeFinding } from "./rule-kit";

/** Merged cells inside a table hide values from sorting, filtering and validation. */
export function mergedCells(table: LocatedTable, merge: RangeRef): Finding {
  const { top, left } = table.location;
  const row = merge.top > top ? merge.top - top : null;
  const columnIndex = Math.max(merge.left - left, 0);
  return makeFinding(
    "merged-cells",
    "error",
    { table, row, columnIndex },
    rangeA1(merge),
    `Cellerna ${rangeA1(merge)} är sammanfogade i tabellen ${table.def.name}. ` +
      `Dela upp dem (Start → Sammanfoga och centrera → Dela upp celler) och skriv värdet i varje rad.`,
  );
}
