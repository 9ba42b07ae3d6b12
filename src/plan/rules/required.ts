import type { ColumnDef } from "../contract";
import type { Finding } from "../finding";
import { FINDING_MESSAGES_SV as TEXT, type RowWhere } from "../finding-messages";
import { makeFinding, type Target } from "./rule-kit";

/** A required cell is empty (whitespace counts as empty); `where` names the row. */
export function required(target: Target, column: ColumnDef, where: RowWhere): Finding {
  return makeFinding("required", "error", target, null, TEXT.required({ header: column.header, where }));
}
