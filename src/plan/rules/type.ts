import type { ColumnDef } from "../contract";
import { MAX_CELL_TEXT } from "../excel-limits";
import { groupDigits } from "../text";
import type { Finding } from "../finding";
import { makeFinding, type Target } from "./rule-kit";

const EXPECTED: Record<string, string> = {
  integer: "ett heltal från 0 och uppåt, till exempel 4",
  number: "ett tal, till exempel 12 eller 2,5",
  year: "ett årtal mellan 2000 och 2100, till exempel 2026",
  areaNr: "ett heltal från 1 och uppåt, till exempel 2",
  date: "ett datum, som datumcell eller skrivet ÅÅÅÅ-MM-DD (till exempel 2026-05-15)",
};

/** Wrong type: not an integer, number or date. */
export function type(target: Target, column: ColumnDef, value: string | null): Finding {
  return makeFinding(
    "type",
    "error",
    target,
    value,
    `"${column.header}" ska vara ${EXPECTED[column.type] ?? "av rätt typ"}, men är "${value ?? ""}".`,
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
