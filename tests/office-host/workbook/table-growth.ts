/**
 * Excel's table auto-expansion: values written into the rows just below a table (within its
 * columns) make the table grow down to the last of those rows that holds a value, and the
 * new rows take the number formats of the table's last row.
 */
import type { RangeRef } from "../../../src/plan";
import { getCell, writeNumberFormat } from "./cells";
import type { BookModel, SheetModel, TableModel } from "./model";

function lastRowWithValue(sheet: SheetModel, ref: RangeRef): number | null {
  for (let r = ref.bottom; r >= ref.top; r--) {
    for (let c = ref.left; c <= ref.right; c++) if ((getCell(sheet, r, c)?.value ?? null) !== null) return r;
  }
  return null;
}

/** Copies the number formats of row `from` into rows `first`–`last` where they are General. */
export function inheritFormats(table: TableModel, from: number, first: number, last: number): void {
  const { sheet, ref } = table;
  for (let c = ref.left; c <= ref.right; c++) {
    const format = getCell(sheet, from, c)?.numberFormat ?? "General";
    if (format === "General") continue;
    for (let r = first; r <= last; r++) {
      if ((getCell(sheet, r, c)?.numberFormat ?? "General") === "General")
        writeNumberFormat(sheet, r, c, format);
    }
  }
}

export function expandTablesBelow(book: BookModel, sheet: SheetModel, written: RangeRef): void {
  for (const table of book.tables) {
    if (table.sheet !== sheet || table.showTotals) continue;
    const { ref } = table;
    if (written.top !== ref.bottom + 1 || written.left < ref.left || written.right > ref.right) continue;
    const last = lastRowWithValue(sheet, written);
    if (last === null) continue;
    const before = ref.bottom;
    table.ref = { ...ref, bottom: last };
    if (before > ref.top) inheritFormats(table, before, before + 1, last);
  }
}
