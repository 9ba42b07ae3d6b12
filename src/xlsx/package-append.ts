/**
 * Appends rows in the package (where they go: append-plan.ts). Written: the new cells in
 * the sheet part, a totals row moved below them, the used range, drop-down lists reaching
 * the new rows, the table part's range, and a date format appended where a date lands in a
 * cell without one. Nothing else in the package changes.
 */
import { isRawDate, sameSheetName, type CellInput } from "../plan";
import type { AppendPlan } from "./append-plan";
import { FILE_MESSAGES } from "./file-messages";
import { DATE_FORMAT } from "./number-format";
import { cellXml } from "./package/cell-xml";
import { requiredText, sheetEntries, workbookPartOf } from "./package/package-graph";
import { extendValidations, readColumnStyles, widenDimension } from "./package/sheet-elements";
import { cellReference, patchCells, readCells, readRowStyles, type CellPatch } from "./package/sheet-rows";
import { withStyleSheet } from "./package/styles-part";
import { findTablePart } from "./package/table-parts";
import { setTableRange } from "./package/table-part";
import { readWorkbook } from "./package/workbook-sheets";
import { WorksheetEditor } from "./package/worksheet-editor";
import type { XlsxPackage } from "./package/xlsx-package";
import { WorkbookFileError } from "./workbook-file-error";

/** `build` for a cell moved from one row to another: its XML with the new reference. */
function moved(xml: string, ref: string): () => string {
  return () => xml.replace(/(\sr\s*=\s*)(["'])[^"']*\2/, `$1"${ref}"`);
}

function isProtected(editor: WorksheetEditor): boolean {
  const protection = editor.child("sheetProtection");
  const sheet = protection && editor.scanner.attribute(protection, "sheet");
  return sheet === "1" || sheet === "true";
}

export async function appendToPackage(
  pkg: XlsxPackage,
  plan: AppendPlan,
  rows: readonly (readonly CellInput[])[],
): Promise<void> {
  if (rows.length === 0) return;
  const workbookPart = await workbookPartOf(pkg);
  const { date1904 } = readWorkbook(await requiredText(pkg, workbookPart));
  const entry = (await sheetEntries(pkg, workbookPart)).find((s) => sameSheetName(s.name, plan.sheet));
  if (entry?.part == null) throw new WorkbookFileError(FILE_MESSAGES.sheetNotFound(plan.sheet));
  const part = entry.part;
  const editor = new WorksheetEditor(await requiredText(pkg, part));
  if (isProtected(editor)) throw new WorkbookFileError(FILE_MESSAGES.sheetProtected(entry.name));

  const { left, width, start, dataBottom, bodyTop } = plan;
  const right = left + width - 1;
  const lastRow = start + rows.length - 1;
  const grows = Math.max(0, lastRow - dataBottom);
  const totals = plan.table?.totalsRow === true ? 1 : 0;
  const columns = { left, right };
  const existing = readCells(editor, { first: start, last: lastRow + totals }, columns);
  const source =
    dataBottom >= bodyTop ? readCells(editor, { first: dataBottom, last: dataBottom }, columns) : null;
  const rowStyles = readRowStyles(editor, [dataBottom, ...rows.map((_, i) => start + i)]);
  const columnStyles = readColumnStyles(editor);

  const patches = new Map<string, CellPatch>();
  if (totals === 1 && grows > 0 && plan.table) {
    const from = plan.table.range.bottom;
    for (const cell of readCells(editor, { first: from, last: from }, columns).values()) {
      const ref = cellReference(from + grows, cell.column);
      patches.set(cellReference(from, cell.column), { row: from, column: cell.column, build: () => "" });
      patches.set(ref, { row: from + grows, column: cell.column, build: moved(cell.xml, ref) });
      existing.delete(cellReference(from, cell.column));
    }
  }
  await withStyleSheet(pkg, workbookPart, (styles) => {
    rows.forEach((values, i) => {
      const r = start + i;
      const fresh = r > dataBottom;
      for (let j = 0; j < width; j++) {
        const c = left + j;
        const ref = cellReference(r, c);
        const value = values[j] ?? null;
        const there = existing.get(ref);
        // A new row's format is the last data row's; a header row is never a source.
        const inherited =
          fresh && source !== null
            ? (source.get(cellReference(dataBottom, c))?.style ?? rowStyles.get(dataBottom))
            : undefined;
        let style = there?.style ?? inherited ?? rowStyles.get(r) ?? columnStyles.get(c) ?? null;
        if (isRawDate(value) && !styles.isDateFormat(style))
          style = styles.withNumberFormat(style, DATE_FORMAT);
        if (value === null && (there !== undefined || style === null || !fresh)) continue;
        const xml = cellXml(editor.prefix, ref, value, style, date1904);
        patches.set(ref, { row: r, column: c, build: () => xml });
      }
    });
  });
  patchCells(editor, [...patches.values()]);
  widenDimension(editor, { top: start, left, bottom: lastRow + totals, right });
  // The lists of the last data row reach the rows below it (none when only blank rows were
  // filled); a range without data rows has no row to take them from.
  if (source !== null) {
    const written = Array.from({ length: width }, (_, j) => left + j);
    extendValidations(editor, dataBottom, { first: dataBottom + 1, last: lastRow }, written);
  }
  pkg.write(part, editor.toString());
  if (plan.table && grows > 0) {
    const table = await findTablePart(pkg, part, plan.table.name);
    if (table === null) throw new WorkbookFileError(FILE_MESSAGES.tableNotFound(plan.table.name, plan.sheet));
    pkg.write(table.part, setTableRange(table.xml, { ...plan.table.range, bottom: lastRow + totals }));
  }
}
