import { GOAL_STATUSES, PERIODS, type ColumnDef } from "../contract";
import type { Finding } from "../finding";
import { comparable, listSv, nearest } from "../text";
import { makeFinding, type Target } from "./rule-kit";

function allowedValues(column: ColumnDef): readonly string[] {
  return column.type === "period" ? PERIODS : GOAL_STATUSES;
}

/** A value outside its list; says what is allowed and the nearest allowed value. */
export function enumFinding(target: Target, column: ColumnDef, value: string): Finding {
  const allowed = allowedValues(column);
  const hint =
    column.type === "period" && /^t\s*3$/.test(comparable(value))
      ? ` Tertial 3 redovisas i verksamhetsberättelsen: skriv "VB".`
      : ` Menade du "${nearest(value, allowed)}"?`;
  return makeFinding(
    "enum",
    "error",
    target,
    value,
    `"${value}" är inte ett tillåtet värde för "${column.header}". ` +
      `Tillåtna värden: ${listSv(allowed.map((v) => `"${v}"`))}.${hint}`,
  );
}
