import { rangeA1, type RangeRef } from "../excel-address";
import type { Finding } from "../finding";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import type { LocatedTable } from "../locate-tables";
import { makeFinding, sheetOf } from "./rule-kit";

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
    TEXT.mergedCells({ sheet: sheetOf(table), range: rangeA1(merge) }),
  );
}
