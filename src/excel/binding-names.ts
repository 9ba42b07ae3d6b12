/**
 * The plan's bindings as the add-in reads them: workbook-level defined names
 * `_atgardsplan_bind_<Table>` that refer to the bound table's header row, the same names the
 * command line writes (src/xlsx/binding-names.ts), so a workbook bound by either is found
 * by both. Excel keeps such a name on the same cells when the sheet or the table is renamed
 * or rows and columns are inserted; it resolves to whichever table holds those cells now
 * (`Range.getTables`, ExcelApi 1.9), and is broken when none does.
 *
 * Why the names and not Excel's bindings collection, which "Koppla" fills too: a binding whose
 * table or sheet has been deleted fails every batch that touches it with InvalidBinding,
 * even `getItemOrNullObject` (office-js issues #804, #6122), so reading it would make the
 * whole read fail exactly when the task pane should say that a binding is broken.
 */
import { bindingId, PLAN_TABLES, type BoundTable, type SnapshotBinding } from "../plan";
import type { ChosenBinding, ReadChoice } from "./read-choice";

export interface QueuedBinding {
  readonly binding: ChosenBinding;
  readonly tables: Excel.TableScopedCollection;
}

/**
 * Queues, for every binding name the lists found referring to cells (read-choice.ts), the
 * table holding the name's cells. The name exists and refers to a range, so `getItem` and
 * `getRange` are safe ("getRange: throws an error if the named item's type is not a range").
 */
export function queueBindingNames(workbook: Excel.Workbook, choice: ReadChoice): QueuedBinding[] {
  return choice.bindings.map((binding) => ({
    binding,
    tables: workbook.names.getItem(binding.name).getRange().getTables(false).load("items/name"),
  }));
}

/** The bindings found (after the sync): a name whose cells hold no table is broken. */
export function readQueuedBindings(queued: readonly QueuedBinding[], choice: ReadChoice): SnapshotBinding[] {
  const resolved = queued.map((q) => ({
    id: bindingId(q.binding.table),
    table: q.tables.items[0]?.name ?? null,
  }));
  return [...resolved, ...choice.broken].sort((a, b) => order(a.id) - order(b.id));
}

const order = (id: string): number => PLAN_ORDER.indexOf(id);

const PLAN_ORDER = PLAN_TABLES.map((def) => bindingId(def.name));

export function boundTables(bindings: readonly SnapshotBinding[]): BoundTable[] {
  return bindings.map((b) => ({ id: b.id, tableName: b.table }));
}
