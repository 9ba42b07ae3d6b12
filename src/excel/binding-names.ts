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
import {
  PLAN_TABLES,
  bindingId,
  bindingNameOf,
  type BoundTable,
  type SnapshotBinding,
  type TableName,
} from "../plan";

export interface QueuedBinding {
  readonly table: TableName;
  readonly name: Excel.NamedItem;
  readonly range: Excel.Range;
  readonly tables: Excel.TableScopedCollection;
}

/** Queues, for every plan table, its binding name and the table holding the name's cells. */
export function queueBindingNames(workbook: Excel.Workbook): QueuedBinding[] {
  return PLAN_TABLES.map((def) => {
    const name = workbook.names.getItemOrNullObject(bindingNameOf(bindingId(def.name))).load("name");
    const range = name.getRangeOrNullObject().load("address");
    const tables = range.getTables(false).load("items/name");
    return { table: def.name, name, range, tables };
  });
}

/** The bindings found (after the sync): a name whose cells hold no table is broken. */
export function readQueuedBindings(queued: readonly QueuedBinding[]): SnapshotBinding[] {
  return queued.flatMap((q): SnapshotBinding[] => {
    if (q.name.isNullObject) return [];
    const table = q.range.isNullObject ? null : (q.tables.items[0]?.name ?? null);
    return [{ id: bindingId(q.table), table }];
  });
}

export function boundTables(bindings: readonly SnapshotBinding[]): BoundTable[] {
  return bindings.map((b) => ({ id: b.id, tableName: b.table }));
}
