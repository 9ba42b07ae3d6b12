import type { ColumnDef } from "../contract";
import type { Finding } from "../finding";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import { makeFinding, type Target } from "./rule-kit";

/** What the column holds, in the column's own terms: År is a year, Antal möten a count. */
function expected(column: ColumnDef): string {
  const { expected: byKey } = TEXT;
  if (column.type === "year") return byKey.yearColumn ?? "";
  return byKey[column.key] ?? byKey[column.type] ?? byKey.other ?? "";
}

/** Wrong type: not an integer, number or date. */
export function type(target: Target, column: ColumnDef, value: string | null): Finding {
  return makeFinding(
    "type",
    "error",
    target,
    value,
    TEXT.type({ header: column.header, expected: expected(column), value: value ?? "" }),
  );
}
