import type { ColumnDef } from "../contract";
import type { Finding } from "../finding";
import { makeFinding, type Target } from "./rule-kit";

/** A required cell is empty (whitespace counts as empty). */
export function required(target: Target, column: ColumnDef): Finding {
  return makeFinding(
    "required",
    "error",
    target,
    null,
    `"${column.header}" måste fyllas i (rad ${target.row ?? "?"} i ${target.table.def.name}).`,
  );
}
