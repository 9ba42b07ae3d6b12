/**
 * `writeRows` in the package: the cells of given table rows written in place (and rows
 * added through package-append.ts), after checking on the workbook as read that the rows
 * are as the caller read them (`changedRows`). Only the written cells' elements change, in
 * the sheet part; a date into a cell without a date format gets one appended to the styles
 * (as appended rows do), and a date into a cell formatted as text goes in as its ISO text.
 */
import type ExcelJS from "exceljs";
import {
  changedRows,
  excelNameKey,
  isRawDate,
  rawToText,
  sameSheetName,
  type CellInput,
  type RawValue,
  type RowsWrite,
  type RowsWriteResult,
  type TableLocation,
  type TableNow,
  type WorkbookSnapshot,
} from "../plan";
import { planAppend } from "./append-plan";
import { FILE_MESSAGES } from "./file-messages";
import { DATE_FORMAT, TEXT_FORMAT } from "./number-format";
import { appendToPackage } from "./package-append";
import { cellXml } from "./package/cell-xml";
import { requiredText, sheetEntries, workbookPartOf } from "./package/package-graph";
import { readColumnStyles } from "./package/sheet-elements";
import { cellReference, patchCells, readCells, readRowStyles, type CellPatch } from "./package/sheet-rows";
import { withStyleSheet } from "./package/styles-part";
import { readWorkbook } from "./package/workbook-sheets";
import { WorksheetEditor } from "./package/worksheet-editor";
import type { XlsxPackage } from "./package/xlsx-package";
import { readWorkbookSnapshot } from "./read-snapshot";
import { WorkbookFileError } from "./workbook-file-error";

/** A table as the workbook holds it now, with where it is. */
interface FoundTable extends TableNow {
  readonly sheet: string;
  /** Sheet row of the header row and sheet column of the first column. */
  readonly top: number;
  readonly left: number;
}

function found(
  sheet: string,
  top: number,
  left: number,
  headers: readonly (string | null)[],
  rows: readonly (readonly RawValue[])[],
): FoundTable {
  return { sheet, top, left, headers, rowCount: rows.length, row: (r) => rows[r - 1] ?? null };
}

/** The table at `location` in the snapshot: by its Excel table name, or the range on its sheet. */
function findTable(snapshot: WorkbookSnapshot, location: TableLocation): FoundTable | null {
  if (location.excelTable !== null) {
    const key = excelNameKey(location.excelTable);
    for (const sheet of snapshot.sheets) {
      const table = sheet.tables.find((t) => excelNameKey(t.name) === key);
      if (table) return found(sheet.name, table.top, table.left, table.headers, table.rows);
    }
    return null;
  }
  const sheet = snapshot.sheets.find((s) => sameSheetName(s.name, location.sheet));
  const used = sheet?.usedRange;
  if (!sheet || !used || used.top !== location.top || used.left !== location.left) return null;
  const [header = [], ...rows] = used.rows;
  return found(sheet.name, used.top, used.left, header.map(rawToText), rows);
}

/** The check, on the workbook as exceljs read it: what changed, and where each table is now. */
export function checkRowsWrite(
  workbook: ExcelJS.Workbook,
  write: RowsWrite,
): { changed: RowsWriteResult | null; tables: (location: TableLocation) => FoundTable | null } {
  const snapshot = readWorkbookSnapshot(workbook);
  const tables = (location: TableLocation) => findTable(snapshot, location);
  const changed = changedRows(write, tables);
  return { changed: changed.length === 0 ? null : { written: false, changed }, tables };
}

interface SheetCells {
  readonly sheet: string;
  readonly cells: { row: number; column: number; value: CellInput }[];
}

/** The cells of the updates, by sheet, at the tables' places now. */
function cellsBySheet(
  write: RowsWrite,
  tables: (location: TableLocation) => FoundTable | null,
): SheetCells[] {
  const bySheet = new Map<string, SheetCells>();
  for (const update of write.updates) {
    const table = tables(update.location);
    if (table === null) continue;
    const entry = bySheet.get(table.sheet) ?? { sheet: table.sheet, cells: [] };
    for (const { column, value } of update.cells) {
      entry.cells.push({ row: table.top + update.row, column: table.left + column, value });
    }
    bySheet.set(table.sheet, entry);
  }
  return [...bySheet.values()];
}

function isProtected(editor: WorksheetEditor): boolean {
  const protection = editor.child("sheetProtection");
  const sheet = protection && editor.scanner.attribute(protection, "sheet");
  return sheet === "1" || sheet === "true";
}

/** Writes the cells in place in their sheet part, each keeping its cell format. */
async function writeCells(pkg: XlsxPackage, target: SheetCells): Promise<void> {
  const workbookPart = await workbookPartOf(pkg);
  const { date1904 } = readWorkbook(await requiredText(pkg, workbookPart));
  const entry = (await sheetEntries(pkg, workbookPart)).find((s) => sameSheetName(s.name, target.sheet));
  if (entry?.part == null) throw new WorkbookFileError(FILE_MESSAGES.sheetNotFound(target.sheet));
  const part = entry.part;
  const editor = new WorksheetEditor(await requiredText(pkg, part));
  if (isProtected(editor)) throw new WorkbookFileError(FILE_MESSAGES.sheetProtected(entry.name));
  const rows = target.cells.map((c) => c.row);
  const columns = target.cells.map((c) => c.column);
  const existing = readCells(
    editor,
    { first: Math.min(...rows), last: Math.max(...rows) },
    { left: Math.min(...columns), right: Math.max(...columns) },
  );
  const rowStyles = readRowStyles(editor, rows);
  const columnStyles = readColumnStyles(editor);
  const patches: CellPatch[] = [];
  await withStyleSheet(pkg, workbookPart, (styles) => {
    for (const { row, column, value } of target.cells) {
      const ref = cellReference(row, column);
      let style = existing.get(ref)?.style ?? rowStyles.get(row) ?? columnStyles.get(column) ?? null;
      let written: CellInput = value;
      if (isRawDate(value)) {
        if (styles.numberFormatOf(style) === TEXT_FORMAT) written = value.iso;
        else if (!styles.isDateFormat(style)) style = styles.withNumberFormat(style, DATE_FORMAT);
      }
      const xml = cellXml(editor.prefix, ref, written, style, date1904);
      patches.push({ row, column, build: () => xml });
    }
  });
  patchCells(editor, patches);
  pkg.write(part, editor.toString());
}

/** A write checked against the workbook as read: what changed, or the edit to make. */
export type PreparedRowsWrite =
  | { readonly changed: RowsWriteResult; readonly apply: null }
  | { readonly changed: null; readonly apply: (pkg: XlsxPackage) => Promise<void> };

/**
 * Checks `write` on the workbook as exceljs read it and, when every row is as read, gives
 * the package edit that writes the updates' cells and the appended rows (the caller runs
 * it atomically, so a failure leaves the package as it was).
 */
export function prepareRowsWrite(workbook: ExcelJS.Workbook, write: RowsWrite): PreparedRowsWrite {
  const { changed, tables } = checkRowsWrite(workbook, write);
  if (changed !== null) return { changed, apply: null };
  const appends = write.appends
    .filter((a) => a.rows.length > 0)
    .map((a) => ({ plan: planAppend(workbook, a.location, a.rows), rows: a.rows }));
  const sheets = cellsBySheet(write, tables);
  return {
    changed: null,
    apply: async (pkg) => {
      for (const target of sheets) await writeCells(pkg, target);
      for (const { plan, rows } of appends) await appendToPackage(pkg, plan, rows);
    },
  };
}
