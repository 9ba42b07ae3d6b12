/**
 * "Koppla plan" over Office.js: the binding port's two halves for the workbook open in Excel.
 * Applying takes two syncs, whatever the number of tables: one reads and checks everything
 * the operations depend on (binding-check.ts), one makes every change (binding-write.ts).
 * A binding is kept twice: as the defined name the command line writes too, which the
 * add-in reads (binding-names.ts explains why; read-bindings.ts reads them), and in Excel's
 * bindings collection with the id `atgardsplan.<Table>`. Loaded when first used
 * (office-workbook.ts), like every module that only writes.
 */
import type { BindingOperation } from "../plan";
import { checkBinding } from "./binding-check";
import { planTables } from "./binding-plan";
import { writeBinding } from "./binding-write";
import type { Session } from "./sync";

/** Carries out the operations; throws `ExcelError`, changing nothing, when one cannot be. */
export async function applyOfficeBinding(
  session: Session,
  operations: readonly BindingOperation[],
): Promise<void> {
  if (operations.length === 0) return;
  const plans = planTables(operations);
  const checked = await checkBinding(session, operations, plans);
  await writeBinding(session, checked);
}
