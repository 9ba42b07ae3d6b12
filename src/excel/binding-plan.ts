/**
 * "Koppla plan" operations gathered per table, for the Office.js adapter: each table the
 * operations touch, where it comes from (an existing table, a plain range, the template),
 * its name afterwards, the columns to add, the columns to format as text and its bindings.
 * The operations stay the order of record for name checks (binding-check.ts).
 */
import { excelNameKey, parseRange, type BindingOperation, type NewTable, type RangeRef } from "../plan";
import { ExcelError } from "./excel-error";
import { BINDING_MESSAGES } from "../plan";

export type TableSource =
  | { readonly kind: "existing"; readonly name: string }
  | { readonly kind: "range"; readonly sheet: string; readonly range: RangeRef; readonly a1: string }
  | { readonly kind: "new"; readonly spec: NewTable };

export interface PlannedTable {
  readonly source: TableSource;
  /** The Excel table's name once the operations are done. */
  name: string;
  /** Headers of the columns to add at the right edge. */
  readonly added: string[];
  /** Columns (0-based, added ones included) whose data cells get the text format. */
  readonly textColumns: number[];
  /** Binding ids to record for the table. */
  readonly bindingIds: string[];
}

function planned(source: TableSource, name: string): PlannedTable {
  return { source, name, added: [], textColumns: [], bindingIds: [] };
}

/** The tables the operations touch, in the order they first appear. */
export function planTables(operations: readonly BindingOperation[]): PlannedTable[] {
  const list: PlannedTable[] = [];
  const byName = new Map<string, PlannedTable>();
  const add = (table: PlannedTable): PlannedTable => {
    list.push(table);
    byName.set(excelNameKey(table.name), table);
    return table;
  };
  const named = (name: string): PlannedTable =>
    byName.get(excelNameKey(name)) ?? add(planned({ kind: "existing", name }, name));

  for (const op of operations) {
    switch (op.kind) {
      case "convertRangeToTable": {
        const range = parseRange(op.range);
        if (range === null) throw new ExcelError(BINDING_MESSAGES.notRange(op.range));
        add(planned({ kind: "range", sheet: op.sheet, range, a1: op.range }, op.name));
        break;
      }
      case "renameTable": {
        const table = named(op.from);
        byName.delete(excelNameKey(op.from));
        table.name = op.to;
        byName.set(excelNameKey(op.to), table);
        break;
      }
      case "addColumns":
        named(op.table).added.push(...op.headers);
        break;
      case "formatColumnsAsText":
        named(op.table).textColumns.push(...op.columns);
        break;
      case "createTable":
        add(planned({ kind: "new", spec: op.table }, op.table.name));
        break;
      case "recordBinding":
        named(op.table).bindingIds.push(op.id);
        break;
    }
  }
  return list;
}
