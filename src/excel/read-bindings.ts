/** The binding port's reading half for the workbook open in Excel (binding-names.ts). */
import type { BoundTable } from "../plan";
import { boundTables, queueBindingNames, readQueuedBindings } from "./binding-names";
import { chooseReads, type ReadChoice } from "./read-choice";
import type { Session } from "./sync";
import { queueLists, readLists } from "./workbook-lists";

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
