/**
 * The check before `WorkbookPort.writeRows` writes anything, the same for every adapter:
 * each table must still have the headers it was read with (and, where rows are added, the
 * same number of rows), and each row to change must still hold what it held when read.
 */
import { sameRawValue, type RawValue } from "./raw-value";
import type { ChangedRow, RowsWrite, TableLocation } from "./workbook-port";

/** A table as the adapter finds it now. */
export interface TableNow {
  readonly headers: readonly (string | null)[];
  /** Data rows, trailing blank rows included (as `TableLocation.rowCount`). */
  readonly rowCount: number;
  /** The cells of a data row (1-based) now, as wide as the headers; null past the last row. */
  row(row: number): readonly RawValue[] | null;
}

const sameHeaders = (a: readonly (string | null)[], b: readonly (string | null)[]): boolean =>
  a.length === b.length && a.every((h, i) => (h ?? "") === (b[i] ?? ""));

/**
 * What is no longer as read, in the order of the write's updates, then its appends; empty
 * when everything is. `tableNow` gives the table at a location now, or null when it is gone.
 */
export function changedRows(
  write: RowsWrite,
  tableNow: (location: TableLocation) => TableNow | null,
): ChangedRow[] {
  const changed: ChangedRow[] = [];
  for (const update of write.updates) {
    const table = tableNow(update.location);
    const name = update.location.table;
    if (table === null || !sameHeaders(table.headers, update.location.headers)) {
      changed.push({ table: name, row: null });
      continue;
    }
    const cells = table.row(update.row);
    const same =
      cells !== null &&
      update.expected.every(({ column, value }) => sameRawValue(cells[column] ?? null, value));
    if (!same) changed.push({ table: name, row: update.row });
  }
  for (const append of write.appends) {
    if (append.rows.length === 0) continue;
    const table = tableNow(append.location);
    if (
      table === null ||
      !sameHeaders(table.headers, append.location.headers) ||
      table.rowCount !== append.location.rowCount
    ) {
      changed.push({ table: append.location.table, row: null });
    }
  }
  return changed;
}
