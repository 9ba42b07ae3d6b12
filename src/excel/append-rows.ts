/**
 * appendRows over Office.js, in two syncs. The first reads the table as it is now (by
 * `getItem`: a table that is gone fails the request with ItemNotFound, never a null object)
 * and checks that it still has the headers and row count the caller read (a co-author may
 * have changed it) and that the cells the new rows need below it are free. The second
 * writes: trailing blank rows of the table are filled first (a new Excel table holds one),
 * the rest goes through `getDataBodyRange().getRowsBelow(n)`, which Excel extends the table
 * over. Every block's number formats are set before its values (write-block.ts), so text is
 * in a text-formatted cell before it arrives and "1.10", "2026-05-15" and "=…" stay text.
 *
 * `rows.add` is never used: it causes conflicts when the workbook is co-authored in
 * SharePoint, and it writes values without formats. So a table with a totals row, whose
 * rows below are the totals row, takes only as many rows as it has blank rows above it;
 * for more the user is asked to make room. Only if Excel did not extend the table
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

async function appendToTable(
  session: Session,
  location: TableLocation,
  name: string,
  rows: Rows,
): Promise<void> {
  const { context } = session;
  const table = context.workbook.tables.getItem(name).load("name, showTotals");
  const columns = table.columns.load("items/name");
  const sheet = table.worksheet.load("name");
  const body = table.getDataBodyRange().load("rowCount, rowIndex, columnIndex, columnCount");
  const filled = body.getUsedRangeOrNullObject(true).load("rowIndex, rowCount");
  const below = body.getRowsBelow(rows.length).getUsedRangeOrNullObject(true).load("address, rowIndex");
  await settleOrMissing(session, EXCEL_MESSAGES.tableNotFound(name));

  if (
    !sameHeaders(headerTexts(columns.items.map((c) => c.name)), location.headers) ||
    body.rowCount !== location.rowCount
  ) {
    throw new ExcelError(EXCEL_MESSAGES.tableChanged(table.name));
  }
  const width = body.columnCount;
  const firstFree = filled.isNullObject ? 0 : filled.rowIndex + filled.rowCount - body.rowIndex;
  const inside = Math.min(rows.length, body.rowCount - firstFree);
  const outside = rows.length - inside;
  const bodyEnd = body.rowIndex + body.rowCount;
  if (outside > 0 && table.showTotals) throw new ExcelError(EXCEL_MESSAGES.totalsRow(table.name, outside));
  if (outside > 0 && !below.isNullObject && below.rowIndex - bodyEnd < outside) {
    throw occupied(sheet.name, below);
  }

  const budget = new BatchBudget(session);
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
  let after: Excel.Range | undefined;
  await budget.add(3 * ACTION_BYTES, () => (after = table.getDataBodyRange().load("rowCount")));
  await budget.flush();
  if (after && outside > 0 && after.rowCount < body.rowCount + outside) {
    const range = table.getRange().getResizedRange(body.rowCount + outside - after.rowCount, 0);
    table.resize(range);
    await session.settle(context.sync());
  }
}

/** A plan table that is a plain range on its sheet: rows go below its last row. */
async function appendToRange(session: Session, location: TableLocation, rows: Rows): Promise<void> {
  const { context } = session;
  const width = Math.max(location.headers.length, 1);
  const sheet = context.workbook.worksheets.getItem(location.sheet);
  const header = sheet.getRangeByIndexes(location.top - 1, location.left - 1, 1, width).load("values");
  const start = location.top + location.rowCount;
  const used = sheet
    .getRangeByIndexes(start, location.left - 1, rows.length, width)
    .getUsedRangeOrNullObject(true)
    .load("address");
  await settleOrMissing(session, EXCEL_MESSAGES.sheetNotFound(location.sheet));

  if (!sameHeaders(headerTexts(header.values[0] ?? []), location.headers) || !used.isNullObject) {
    throw new ExcelError(EXCEL_MESSAGES.tableChanged(location.table));
  }
  const budget = new BatchBudget(session);
  await writeBlock(budget, officeBlock(rows, width, undefined, session.date1904), (first, count) =>
    sheet.getRangeByIndexes(start + first, location.left - 1, count, width),
  );
  await budget.flush();
}

/**
 * The first sync, whose every read hangs on one table or sheet fetched with `getItem`:
 * Excel's ItemNotFound then means that it is gone, and the user is told so.
 */
async function settleOrMissing(session: Session, missing: string): Promise<void> {
  try {
    await session.settle(session.context.sync());
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === "ItemNotFound") {
      throw new ExcelError(missing, { cause: error, code: "ItemNotFound" });
    }
    throw error;
  }
}

export function appendTableRows(session: Session, location: TableLocation, rows: Rows): Promise<void> {
  return location.excelTable === null
    ? appendToRange(session, location, rows)
    : appendToTable(session, location, location.excelTable, rows);
}
