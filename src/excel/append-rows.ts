/**
 * appendRows over Office.js, in two syncs for one table or several. The first reads each
 * table as it is now (by `getItem`: a table that is gone fails the request with
 * ItemNotFound, never a null object) and checks that it still has the headers and row count
 * the caller read (a co-author may have changed it) and that the cells the new rows need
 * below it are free; only when every table is as it was read is anything written. The
 * second writes: trailing blank rows of a table are filled first (a new Excel table holds
 * one), the rest goes through `getDataBodyRange().getRowsBelow(n)`, which Excel extends the
 * table over. Every block's number formats are set before its values (write-block.ts), so
 * text is in a text-formatted cell before it arrives and "1.10", "2026-05-15" and "=…" stay
 * text.
 *
 * `rows.add` is never used: it causes conflicts when the workbook is co-authored in
 * SharePoint, and it writes values without formats. So a table with a totals row, whose
 * rows below are the totals row, takes only as many rows as it has blank rows above it;
 * for more the user is asked to make room. Only if Excel did not extend a table
 * (AutoCorrect's "include new rows" turned off) does a third sync resize it
 * (`Table.resize`, ExcelApi 1.13).
 */
import { cellAddress, parseRange, type CellInput, type TableLocation } from "../plan";
import { ACTION_BYTES, BatchBudget } from "./chunking";
import { officeBlock } from "./cell-input";
import { EXCEL_MESSAGES, ExcelError } from "./excel-error";
import type { Session } from "./sync";
import { headerTexts } from "./values";
import { writeBlock } from "./write-block";

type Rows = readonly (readonly CellInput[])[];

const sameHeaders = (a: readonly (string | null)[], b: readonly (string | null)[]): boolean =>
  a.length === b.length && a.every((h, i) => (h ?? "") === (b[i] ?? ""));

function occupied(sheet: string, used: Excel.Range): ExcelError {
  const ref = parseRange(used.address);
  const where = ref ? cellAddress(sheet, ref.top, ref.left) : used.address;
  return new ExcelError(EXCEL_MESSAGES.occupiedBelow(sheet, where));
}

/** A table's rows to add: queued reads first, then checks, writes and a resize if needed. */
interface PendingAppend {
  /** What the user is told when the table or sheet it hangs on is gone. */
  readonly missing: string;
  /** Throws ExcelError when the table changed or the cells below it are taken. */
  check(): void;
  /** Queues the writes. */
  write(budget: BatchBudget): Promise<void>;
  /** After the writes: queues a resize if Excel did not extend the table; true when it did. */
  resize(): boolean;
}

function queueTable(session: Session, location: TableLocation, name: string, rows: Rows): PendingAppend {
  const { context } = session;
  const table = context.workbook.tables.getItem(name).load("name, showTotals");
  const columns = table.columns.load("items/name");
  const sheet = table.worksheet.load("name");
  const body = table.getDataBodyRange().load("rowCount, rowIndex, columnIndex, columnCount");
  const filled = body.getUsedRangeOrNullObject(true).load("rowIndex, rowCount");
  const below = body.getRowsBelow(rows.length).getUsedRangeOrNullObject(true).load("address, rowIndex");
  let inside = 0;
  let outside = 0;
  let firstFree = 0;
  let after: Excel.Range | undefined;
  return {
    missing: EXCEL_MESSAGES.tableNotFound(name),
    check() {
      if (
        !sameHeaders(headerTexts(columns.items.map((c) => c.name)), location.headers) ||
        body.rowCount !== location.rowCount
      ) {
        throw new ExcelError(EXCEL_MESSAGES.tableChanged(table.name));
      }
      firstFree = filled.isNullObject ? 0 : filled.rowIndex + filled.rowCount - body.rowIndex;
      inside = Math.min(rows.length, body.rowCount - firstFree);
      outside = rows.length - inside;
      const bodyEnd = body.rowIndex + body.rowCount;
      if (outside > 0 && table.showTotals)
        throw new ExcelError(EXCEL_MESSAGES.totalsRow(table.name, outside));
      // The rows beyond the blank ones (none when those hold every row) need their cells free.
      if (!below.isNullObject && below.rowIndex - bodyEnd < outside) {
        throw occupied(sheet.name, below);
      }
    },
    async write(budget) {
      const width = body.columnCount;
      if (inside > 0) {
        await writeBlock(
          budget,
          officeBlock(rows.slice(0, inside), width, undefined, session.date1904),
          (first, count) =>
            sheet.getRangeByIndexes(body.rowIndex + firstFree + first, body.columnIndex, count, width),
        );
      }
      if (outside > 0) {
        await writeBlock(
          budget,
          officeBlock(rows.slice(inside), width, undefined, session.date1904),
          (first, count) =>
            first === 0 ? body.getRowsBelow(count) : body.getRowsBelow(first).getRowsBelow(count),
        );
      }
      await budget.add(3 * ACTION_BYTES, () => (after = table.getDataBodyRange().load("rowCount")));
    },
    resize() {
      if (!after || outside === 0 || after.rowCount >= body.rowCount + outside) return false;
      table.resize(table.getRange().getResizedRange(body.rowCount + outside - after.rowCount, 0));
      return true;
    },
  };
}

/** A plan table that is a plain range on its sheet: rows go below its last row. */
function queueRange(session: Session, location: TableLocation, rows: Rows): PendingAppend {
  const { context } = session;
  const width = Math.max(location.headers.length, 1);
  const sheet = context.workbook.worksheets.getItem(location.sheet);
  const header = sheet.getRangeByIndexes(location.top - 1, location.left - 1, 1, width).load("values");
  const start = location.top + location.rowCount;
  const used = sheet
    .getRangeByIndexes(start, location.left - 1, rows.length, width)
    .getUsedRangeOrNullObject(true)
    .load("address");
  return {
    missing: EXCEL_MESSAGES.sheetNotFound(location.sheet),
    check() {
      if (!sameHeaders(headerTexts(header.values[0] ?? []), location.headers) || !used.isNullObject) {
        throw new ExcelError(EXCEL_MESSAGES.tableChanged(location.table));
      }
    },
    async write(budget) {
      await writeBlock(budget, officeBlock(rows, width, undefined, session.date1904), (first, count) =>
        sheet.getRangeByIndexes(start + first, location.left - 1, count, width),
      );
    },
    resize: () => false,
  };
}

/**
 * The first sync, whose every read hangs on a table or sheet fetched with `getItem`:
 * Excel's ItemNotFound then means that one of them is gone, and the user is told so.
 */
async function settleOrMissing(session: Session, pending: readonly PendingAppend[]): Promise<void> {
  try {
    await session.settle(session.context.sync());
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === "ItemNotFound") {
      const missing = pending.map((p) => p.missing).join(" ");
      throw new ExcelError(missing, { cause: error, code: "ItemNotFound" });
    }
    throw error;
  }
}

export interface RowsFor {
  readonly location: TableLocation;
  readonly rows: Rows;
}

/**
 * Appends rows to one or more tables in the same round trips: one sync reads them all, and
 * only when every one is as it was read are the rows written (nothing is written when one
 * has changed).
 */
export async function appendRowsToTables(session: Session, batches: readonly RowsFor[]): Promise<void> {
  const pending = batches
    .filter((b) => b.rows.length > 0)
    .map(({ location, rows }) =>
      location.excelTable === null
        ? queueRange(session, location, rows)
        : queueTable(session, location, location.excelTable, rows),
    );
  if (pending.length === 0) return;
  await settleOrMissing(session, pending);
  for (const p of pending) p.check();
  const budget = new BatchBudget(session);
  for (const p of pending) await p.write(budget);
  await budget.flush();
  let resized = false;
  for (const p of pending) resized = p.resize() || resized;
  if (resized) await session.settle(session.context.sync());
}

export function appendTableRows(session: Session, location: TableLocation, rows: Rows): Promise<void> {
  return appendRowsToTables(session, [{ location, rows }]);
}
