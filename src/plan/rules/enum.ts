import { GOAL_STATUSES, PERIODS, type ColumnDef } from "../contract";
import type { Finding } from "../finding";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import { comparable, nearest } from "../text";
import { makeFinding, type Target } from "./rule-kit";

function allowedValues(column: ColumnDef): readonly string[] {
  return column.type === "period" ? PERIODS : GOAL_STATUSES;
}

/** A value outside its list; says what is allowed and the nearest allowed value. */
export function enumFinding(target: Target, column: ColumnDef, value: string): Finding {
  const allowed = allowedValues(column);
  const hint =
    column.type === "period" && /^t\s*3$/.test(comparable(value))
      ? TEXT.periodT3
      : TEXT.enumNearest(nearest(value, allowed));
  return makeFinding(
    "enum",
    "error",
    target,
    value,
    TEXT.enumValue({ header: column.header, value, allowed }) + hint,
  );
}
