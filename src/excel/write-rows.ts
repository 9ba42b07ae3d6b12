/**
 * `writeRows` over Office.js, in one `Excel.run`:
 *
 * 1. One sync reads what the check needs: each table's headers and data body, the rows to
 *    change (values, number formats, value types), and where added rows would go. The check
 *    itself is the plan's (`changedRows`); if a row or table is not as the caller read it,
 *    nothing is written.
 * 2. One sync writes. A changed row is written as one 1×n block in which `null` leaves a cell
 *    as it is (documented for 2-D `values` and `numberFormat`), number formats queued before
 *    values: text goes into a cell formatted as text ("@") so Excel keeps "1.10" and "=x" as
 *    typed, and a date into a text cell goes in as its ISO text. Added rows fill the table's
 *    trailing blank rows, then go below it through `getRowsBelow`, which Excel extends the
 *    table over; never `rows.add` (co-authoring conflicts). Only if Excel did not extend the
 *    table does a third sync resize it.
 *
 * The race window: an edit that reaches Excel between the two syncs (one round trip) is not
 * seen by the check. Office.js has no conditional write that would close it.
 */
import {
  changedRows,
  cellAddress,
  isRawDate,
  parseRange,
  type CellInput,
  type ChangedRow,
  type RowsWrite,
  type RowsWriteResult,
  type TableLocation,
  type TableNow,
} from "../plan";
import { ACTION_BYTES, BatchBudget, jsonBytes } from "./chunking";
import { officeBlock, officeCell, DATE_FORMAT, TEXT_FORMAT, type OfficeValue } from "./cell-input";
import { EXCEL_MESSAGES, ExcelError } from "./excel-error";
import type { Session } from "./sync";
import { headerTexts, isDateFormat, isoToSerial, normalizeGrid } from "./values";
import { writeBlock } from "./write-block";

const keyOf = (location: TableLocation): string => `${location.sheet}\u0000${location.excelTable ?? ""}`;

/** A table's reads, queued in the first sync. */
interface TableReads {
  readonly location: TableLocation;
  /** The header texts, once synced (an Excel table's column names, as the snapshot reads them). */
  readonly headers: () => (string | null)[];
  readonly table: Excel.Table | null;
  readonly sheet: Excel.Worksheet;
  readonly body: Excel.Range | null;
  readonly rows: Map<number, Excel.Range>;
  filled: Excel.Range | null;
  below: Excel.Range | null;
  /** Rows to add. */
  adding: number;
}

function queueTable(context: Excel.RequestContext, location: TableLocation): TableReads {
  const width = Math.max(location.headers.length, 1);
  if (location.excelTable !== null) {
    const table = context.workbook.tables.getItem(location.excelTable).load("name, showTotals");
    const body = table.getDataBodyRange().load("rowIndex, columnIndex, rowCount, columnCount");
    const columns = table.columns.load("items/name");
    const sheet = table.worksheet.load("name");
    const headers = () => headerTexts(columns.items.map((c) => c.name));
    return { location, headers, table, sheet, body, rows: new Map(), filled: null, below: null, adding: 0 };
  }
  const sheet = context.workbook.worksheets.getItem(location.sheet).load("name");
  const header = sheet.getRangeByIndexes(location.top - 1, location.left - 1, 1, width).load("values");
  const headers = () => headerTexts(header.values[0] ?? []);
  return {
    location,
    headers,
    table: null,
    sheet,
    body: null,
    rows: new Map(),
    filled: null,
    below: null,
    adding: 0,
  };
}

/** The range of data row `row` (1-based) of the table, as wide as its headers. */
function rowRange(reads: TableReads, row: number): Excel.Range {
  const { location } = reads;
  const width = Math.max(location.headers.length, 1);
  if (reads.body) return reads.body.getCell(row - 1, 0).getResizedRange(0, width - 1);
  return reads.sheet.getRangeByIndexes(location.top - 1 + row, location.left - 1, 1, width);
}

function queueRow(reads: TableReads, row: number): void {
  if (reads.rows.has(row)) return;
  reads.rows.set(row, rowRange(reads, row).load("values, numberFormat, valueTypes"));
}

function queueAppend(reads: TableReads, count: number): void {
  const { location } = reads;
  reads.adding += count;
  if (reads.body) {
    reads.filled = reads.body.getUsedRangeOrNullObject(true).load("rowIndex, rowCount");
    reads.below = reads.body
      .getRowsBelow(reads.adding)
      .getUsedRangeOrNullObject(true)
      .load("address, rowIndex");
  } else {
    const width = Math.max(location.headers.length, 1);
    reads.below = reads.sheet
      .getRangeByIndexes(location.top + location.rowCount, location.left - 1, reads.adding, width)
      .getUsedRangeOrNullObject(true)
      .load("address, rowIndex");
  }
}

/** The table as Excel holds it now, for the plan's check. */
function tableNow(reads: TableReads): TableNow {
  const { location } = reads;
  const headers = reads.headers();
  // A plain range has no row count of its own: a row filled in below it is a row added.
  const rowCount = reads.body
    ? reads.body.rowCount
    : location.rowCount + (reads.below?.isNullObject === false ? 1 : 0);
  return {
    headers,
    rowCount,
    row: (row) => {
      const range = reads.rows.get(row);
      if (!range || (reads.body && row > reads.body.rowCount)) return null;
      return normalizeGrid(range.values, range.numberFormat, range.valueTypes)[0] ?? null;
    },
  };
}

/** One cell's value and, where it needs one first, its number format. */
function cellWrite(value: CellInput, format: unknown): { value: OfficeValue; format: string | null } {
  if (isRawDate(value)) {
    if (format === TEXT_FORMAT) return { value: value.iso, format: null };
    const serial = isoToSerial(value.iso);
    if (serial === null) return { value: value.iso, format: TEXT_FORMAT };
    return { value: serial, format: isDateFormat(format) ? null : DATE_FORMAT };
  }
  return officeCell(value);
}

function queueUpdate(range: Excel.Range, cells: RowsWrite["updates"][number]["cells"], width: number): void {
  const values: (OfficeValue | null)[] = Array.from({ length: width }, () => null);
  const formats: (string | null)[] = Array.from({ length: width }, () => null);
  const current = range.numberFormat[0] ?? [];
  for (const { column, value } of cells) {
    const cell = cellWrite(value, current[column]);
    values[column] = cell.value;
    formats[column] = cell.format;
  }
  // The number formats first: a text cell must be text before its value arrives.
  if (formats.some((f) => f !== null)) range.numberFormat = [formats] as string[][];
  range.values = [values] as OfficeValue[][];
}

function occupied(sheet: string, used: Excel.Range): ExcelError {
  const ref = parseRange(used.address);
  const where = ref ? cellAddress(sheet, ref.top, ref.left) : used.address;
  return new ExcelError(EXCEL_MESSAGES.occupiedBelow(sheet, where));
}

/** Queues the rows to add to one table; returns the check after the write (a resize if needed). */
async function queueAppendRows(
  budget: BatchBudget,
  reads: TableReads,
  rows: readonly (readonly CellInput[])[],
): Promise<() => boolean> {
  const width = Math.max(reads.location.headers.length, 1);
  if (!reads.body || !reads.table) {
    const start = reads.location.top + reads.location.rowCount;
    await writeBlock(budget, officeBlock(rows, width), (first, count) =>
      reads.sheet.getRangeByIndexes(start + first, reads.location.left - 1, count, width),
    );
    return () => false;
  }
  const { body, table } = reads;
  if (table.showTotals) throw new ExcelError(EXCEL_MESSAGES.totalsRowSave(table.name));
  const filled = reads.filled;
  const firstFree = !filled || filled.isNullObject ? 0 : filled.rowIndex + filled.rowCount - body.rowIndex;
  const inside = Math.min(rows.length, body.rowCount - firstFree);
  const outside = rows.length - inside;
  const below = reads.below;
  if (
    outside > 0 &&
    below &&
    !below.isNullObject &&
    below.rowIndex - (body.rowIndex + body.rowCount) < outside
  ) {
    throw occupied(reads.sheet.name, below);
  }
  if (inside > 0) {
    await writeBlock(budget, officeBlock(rows.slice(0, inside), width), (first, count) =>
      reads.sheet.getRangeByIndexes(body.rowIndex + firstFree + first, body.columnIndex, count, width),
    );
  }
  if (outside === 0) return () => false;
  await writeBlock(budget, officeBlock(rows.slice(inside), width), (first, count) =>
    first === 0 ? body.getRowsBelow(count) : body.getRowsBelow(first).getRowsBelow(count),
  );
  const after = table.getDataBodyRange().load("rowCount");
  return () => {
    if (after.rowCount >= body.rowCount + outside) return false;
    table.resize(table.getRange().getResizedRange(body.rowCount + outside - after.rowCount, 0));
    return true;
  };
}

function isItemNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ItemNotFound";
}

export async function writeTableRows(session: Session, write: RowsWrite): Promise<RowsWriteResult> {
  const { context } = session;
  const reads = new Map<string, TableReads>();
  const readsOf = (location: TableLocation): TableReads => {
    const key = keyOf(location);
    let found = reads.get(key);
    if (!found) reads.set(key, (found = queueTable(context, location)));
    return found;
  };
  for (const update of write.updates) queueRow(readsOf(update.location), update.row);
  const appends = write.appends.filter((a) => a.rows.length > 0);
  for (const append of appends) queueAppend(readsOf(append.location), append.rows.length);
  if (reads.size === 0) return { written: true };
  try {
    await session.settle(context.sync());
  } catch (error) {
    // A table or sheet gone since it was read: that is a change, not a fault.
    if (!isItemNotFound(error)) throw error;
    const gone: ChangedRow[] = [...reads.values()].map((r) => ({ table: r.location.table, row: null }));
    return { written: false, changed: gone };
  }
  const changed = changedRows(write, (location) => tableNow(readsOf(location)));
  if (changed.length > 0) return { written: false, changed };

  const budget = new BatchBudget(session);
  for (const update of write.updates) {
    const range = readsOf(update.location).rows.get(update.row);
    if (range && update.cells.length > 0) {
      await budget.add(4 * ACTION_BYTES + 2 * jsonBytes(update.cells), () =>
        queueUpdate(range, update.cells, Math.max(update.location.headers.length, 1)),
      );
    }
  }
  const resizes: (() => boolean)[] = [];
  for (const append of appends)
    resizes.push(await queueAppendRows(budget, readsOf(append.location), append.rows));
  await budget.flush();
  let resized = false;
  for (const resize of resizes) resized = resize() || resized;
  if (resized) await session.settle(context.sync());
  return { written: true };
}
