/**
 * "Koppla plan" over Office.js: the binding port's two halves for the workbook open in Excel.
 * Applying takes two syncs, whatever the number of tables: one reads and checks everything
 * the operations depend on (binding-check.ts), one makes every change (binding-write.ts).
 * A binding is kept twice: as the defined name the command line writes too, which the
 * add-in reads (binding-names.ts explains why), and in Excel's bindings collection with the
 * id `atgardsplan.<Table>`.
 */
import type { BindingOperation, BoundTable } from "../plan";
import { checkBinding } from "./binding-check";
import { boundTables, queueBindingNames, readQueuedBindings } from "./binding-names";
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

/** The workbook's plan bindings, each resolved to the table holding its cells now; one sync. */
export async function readOfficeBindings(session: Session): Promise<BoundTable[]> {
  const queued = queueBindingNames(session.context.workbook);
  await session.settle(session.context.sync());
  return boundTables(readQueuedBindings(queued));
}
