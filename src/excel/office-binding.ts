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
import { chooseReads, type ReadChoice } from "./read-choice";
import type { Session } from "./sync";
import { queueLists, readLists } from "./workbook-lists";

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

/**
 * The workbook's plan bindings, each resolved to the table holding its cells now: the lists
 * (workbook-lists.ts) say which binding names refer to cells, then those are resolved. With
 * what the last read learnt, both go in one sync.
 */
export async function readOfficeBindings(session: Session, known: ReadChoice | null): Promise<BoundTable[]> {
  const { context } = session;
  if (known) {
    const lists = queueLists(context.workbook);
    const queued = queueBindingNames(context.workbook, known);
    await session.settle(context.sync());
    const choice = chooseReads(readLists(lists));
    if (sameBindings(choice, known)) return boundTables(readQueuedBindings(queued, known));
    return resolveBindings(session, choice);
  }
  const lists = queueLists(context.workbook);
  await session.settle(context.sync());
  return resolveBindings(session, chooseReads(readLists(lists)));
}

async function resolveBindings(session: Session, choice: ReadChoice): Promise<BoundTable[]> {
  const queued = queueBindingNames(session.context.workbook, choice);
  if (queued.length > 0) await session.settle(session.context.sync());
  return boundTables(readQueuedBindings(queued, choice));
}

const sameBindings = (a: ReadChoice, b: ReadChoice): boolean =>
  JSON.stringify([a.bindings, a.broken]) === JSON.stringify([b.bindings, b.broken]);
