import type { ColumnDef } from "../contract";
import type { Finding } from "../finding";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import { makeFinding, type Target } from "./rule-kit";

/** The cell holds an Excel error value such as #N/A or #REF!. */
export function formulaError(target: Target, column: ColumnDef, code: string): Finding {
  return makeFinding(
    "formula-error",
    "error",
    target,
    code,
    TEXT.formulaError({ header: column.header, code }),
  );
}
