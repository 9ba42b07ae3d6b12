import type { ColumnDef } from "../contract";
import { MAX_CELL_TEXT } from "../excel-limits";
import { groupDigits } from "../text";
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

/** Text longer than an Excel cell holds: Excel cuts it when it opens the file. */
export function textTooLong(
  target: Target,
  column: ColumnDef,
  length: number,
  value: string | null,
): Finding {
  const limit = groupDigits(MAX_CELL_TEXT);
  return makeFinding(
    "type",
    "error",
    target,
    value,
    `"${column.header}" har ${groupDigits(length)} tecken, men en cell i Excel rymmer högst ${limit}: ` +
      "Excel kortar texten när filen öppnas, och resten går förlorad. Korta texten eller dela upp den på flera rader.",
  );
}
