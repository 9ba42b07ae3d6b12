import type { ColumnDef } from "../contract";
import type { Finding } from "../finding";
import { makeFinding, type Target } from "./rule-kit";

/** The cell holds an Excel error value such as #N/A or #REF!. */
export function formulaError(target: Target, column: ColumnDef, code: string): Finding {
  return makeFinding(
    "formula-error",
    "error",
    target,
    code,
    `"${column.header}" visar felvärdet ${code}. Rätta formeln eller skriv in värdet direkt.`,
  );
}
