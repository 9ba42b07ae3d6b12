/**
 * "Koppla plan" in the package, one operation after the other (checked beforehand by
 * binding-check.ts on the workbook as read). Written: table parts (new, renamed, widened)
 * and the `<tableParts>` of the sheets they are on, the header cells of added columns, the
 * text format of Nr cells (cell formats appended), formulas that name a renamed table, the
 * binding names, and new sheets for tables the workbook lacks. No value a user wrote
 * changes.
 */
import type ExcelJS from "exceljs";
import {
  bindingNameOf,
  excelNameKey,
  parseRange,
  sameSheetName,
  type BindingOperation,
  type RangeRef,
} from "../plan";
import { headerText } from "./binding-header";
import { FILE_MESSAGES } from "./file-messages";
import { TEXT_FORMAT } from "./number-format";
import { cellXml } from "./package/cell-xml";
import { removeDefinedNames, rewriteDefinedNames, setDefinedName } from "./package/defined-names";
import {
  addRelatedPart,
  requiredText,
  sheetEntries,
  workbookPartOf,
  type SheetEntry,
} from "./package/package-graph";
import { addTablePart, readColumnStyles, removeSheetFilter, widenDimension } from "./package/sheet-elements";
import { absoluteRange, sheetReference } from "./package/sheet-references";
import { cellReference, patchCells, readCells, readRowStyles, type CellPatch } from "./package/sheet-rows";
import { withStyleSheet } from "./package/styles-part";
import { mayName, renameTableInFormula, rewriteSheetFormulas } from "./package/table-formulas";
import { addTableColumns, newTablePart, renameTablePart, rewriteTableFormulas } from "./package/table-part";
import { allTableParts, type FoundTablePart } from "./package/table-parts";
import { readWorkbook } from "./package/workbook-sheets";
import { WorksheetEditor } from "./package/worksheet-editor";
import { CONTENT_TYPE, REL_TYPE } from "./package/xml";
import type { XlsxPackage } from "./package/xlsx-package";
import { createTablesInPackage } from "./package-tables";
import { WorkbookFileError } from "./workbook-file-error";

const TABLE_STYLE = "TableStyleMedium2";
const FILTER_DATABASE = "_xlnm._filterdatabase";

interface Book {
  readonly pkg: XlsxPackage;
  readonly workbookPart: string;
  readonly sheets: readonly SheetEntry[];
  readonly tables: readonly (FoundTablePart & { readonly sheet: SheetEntry })[];
  readonly date1904: boolean;
}

async function book(pkg: XlsxPackage): Promise<Book> {
  const workbookPart = await workbookPartOf(pkg);
  const sheets = await sheetEntries(pkg, workbookPart);
  const { date1904 } = readWorkbook(await requiredText(pkg, workbookPart));
  return { pkg, workbookPart, sheets, tables: await allTableParts(pkg, sheets), date1904 };
}

function table(state: Book, name: string): FoundTablePart & { readonly sheet: SheetEntry } {
  const found = state.tables.find((t) => excelNameKey(t.info.name) === excelNameKey(name));
  if (!found || found.sheet.part === null) throw new Error(`Table ${name} vanished after the check`);
  return found;
}

async function editSheet(
  pkg: XlsxPackage,
  part: string,
  edit: (editor: WorksheetEditor) => void,
): Promise<void> {
  const editor = new WorksheetEditor(await requiredText(pkg, part));
  edit(editor);
  if (editor.changed) pkg.write(part, editor.toString());
}

async function convert(
  state: Book,
  workbook: ExcelJS.Workbook,
  op: Extract<BindingOperation, { kind: "convertRangeToTable" }>,
) {
  const sheet = state.sheets.find((s) => sameSheetName(s.name, op.sheet));
  const worksheet = workbook.worksheets.find((w) => sameSheetName(w.name, op.sheet));
  const range = parseRange(op.range);
  if (sheet?.part == null || worksheet === undefined || range === null) {
    throw new WorkbookFileError(FILE_MESSAGES.sheetNotFound(op.sheet));
  }
  const columns: string[] = [];
  for (let c = range.left; c <= range.right; c++) columns.push(headerText(worksheet, range.top, c));
  const id = Math.max(0, ...state.tables.map((t) => t.info.id || 0)) + 1;
  const folder = state.workbookPart.slice(0, state.workbookPart.lastIndexOf("/") + 1);
  const relId = await addRelatedPart(state.pkg, sheet.part, {
    type: REL_TYPE.table,
    stem: `${folder}tables/table`,
    extension: "xml",
    contentType: CONTENT_TYPE.table,
    content: () => newTablePart({ id, name: op.name, ref: range, columns, style: TABLE_STYLE }),
  });
  let filterRemoved = false;
  await editSheet(state.pkg, sheet.part, (editor) => {
    filterRemoved = removeSheetFilter(editor, range);
    addTablePart(editor, relId);
  });
  if (filterRemoved) {
    // The sheet filter's hidden name goes with it, as Excel does.
    const xml = await requiredText(state.pkg, state.workbookPart);
    state.pkg.write(
      state.workbookPart,
      removeDefinedNames(
        xml,
        (n) => n.name.toLowerCase() === FILTER_DATABASE && n.localSheetId === sheet.index,
      ),
    );
  }
}

async function rename(state: Book, op: Extract<BindingOperation, { kind: "renameTable" }>) {
  const found = table(state, op.from);
  const { pkg } = state;
  const rewrite = (formula: string) => renameTableInFormula(formula, found.info.name, op.to);
  pkg.write(found.part, renameTablePart(found.xml, op.to));
  for (const other of state.tables) {
    const xml = other.part === found.part ? await requiredText(pkg, other.part) : other.xml;
    const rewritten = rewriteTableFormulas(xml, rewrite);
    if (rewritten !== xml) pkg.write(other.part, rewritten);
  }
  for (const sheet of state.sheets) {
    if (sheet.part === null) continue;
    const xml = await requiredText(pkg, sheet.part);
    if (!mayName(xml, found.info.name)) continue;
    await editSheet(pkg, sheet.part, (editor) => rewriteSheetFormulas(editor, rewrite));
  }
  const workbookXml = await requiredText(pkg, state.workbookPart);
  pkg.write(state.workbookPart, rewriteDefinedNames(workbookXml, rewrite));
}

async function addColumns(state: Book, op: Extract<BindingOperation, { kind: "addColumns" }>) {
  const found = table(state, op.table);
  const part = found.sheet.part as string;
  const { ref, headerRow } = found.info;
  const added: RangeRef = { ...ref, left: ref.right + 1, right: ref.right + op.headers.length };
  if (headerRow) {
    await editSheet(state.pkg, part, (editor) => {
      const last = readCells(
        editor,
        { first: ref.top, last: ref.top },
        { left: ref.right, right: ref.right },
      );
      const style = last.get(cellReference(ref.top, ref.right))?.style ?? null;
      const patches: CellPatch[] = op.headers.map((header, k) => {
        const xml = cellXml(
          editor.prefix,
          cellReference(ref.top, added.left + k),
          header,
          style,
          state.date1904,
        );
        return { row: ref.top, column: added.left + k, build: () => xml };
      });
      patchCells(editor, patches);
      widenDimension(editor, { ...added, bottom: ref.top });
    });
  }
  state.pkg.write(found.part, addTableColumns(found.xml, op.headers));
}

/** The cell's XML with style `style` (its `s` attribute set or added). */
function restyled(xml: string, style: number): string {
  if (/^<[^>]*\ss\s*=/.test(xml)) return xml.replace(/(\ss\s*=\s*)(["'])[^"']*\2/, `$1"${style}"`);
  return xml.replace(/^(<[\w.:-]+)/, `$1 s="${style}"`);
}

async function formatAsText(state: Book, op: Extract<BindingOperation, { kind: "formatColumnsAsText" }>) {
  const found = table(state, op.table);
  const part = found.sheet.part as string;
  const { ref, headerRow, totalsRow } = found.info;
  const first = headerRow ? ref.top + 1 : ref.top;
  const last = totalsRow ? ref.bottom - 1 : ref.bottom;
  if (last < first) return;
  const editor = new WorksheetEditor(await requiredText(state.pkg, part));
  const columns = op.columns.map((i) => ref.left + i);
  const cells = readCells(
    editor,
    { first, last },
    { left: Math.min(...columns), right: Math.max(...columns) },
  );
  const rowStyles = readRowStyles(
    editor,
    Array.from({ length: last - first + 1 }, (_, i) => first + i),
  );
  const columnStyles = readColumnStyles(editor);
  const patches: CellPatch[] = [];
  await withStyleSheet(state.pkg, state.workbookPart, (styles) => {
    const text = new Map<number | null, number>();
    const textStyle = (style: number | null) => {
      let index = text.get(style);
      if (index === undefined) text.set(style, (index = styles.withNumberFormat(style, TEXT_FORMAT)));
      return index;
    };
    for (const column of columns) {
      for (let r = first; r <= last; r++) {
        const ref = cellReference(r, column);
        const cell = cells.get(ref);
        // A date keeps its date format: the text format would show it as a serial number.
        if (cell && (cell.type === "d" || (!cell.empty && styles.isDateFormat(cell.style)))) continue;
        if (cell?.style != null && styles.numberFormatOf(cell.style) === TEXT_FORMAT) continue;
        const base = cell ? cell.style : (rowStyles.get(r) ?? columnStyles.get(column) ?? null);
        const style = textStyle(base);
        const xml = cell
          ? restyled(cell.xml, style)
          : cellXml(editor.prefix, ref, null, style, state.date1904);
        patches.push({ row: r, column, build: () => xml });
      }
    }
  });
  patchCells(editor, patches);
  if (editor.changed) state.pkg.write(part, editor.toString());
}

async function recordBinding(state: Book, op: Extract<BindingOperation, { kind: "recordBinding" }>) {
  const found = table(state, op.table);
  const name = bindingNameOf(op.id);
  const { ref } = found.info;
  const value = sheetReference(found.sheet.name, absoluteRange({ ...ref, bottom: ref.top }));
  let xml = await requiredText(state.pkg, state.workbookPart);
  xml = removeDefinedNames(xml, (n) => excelNameKey(n.name) === excelNameKey(name));
  state.pkg.write(state.workbookPart, setDefinedName(xml, { name, localSheetId: null, value }));
}

/** Carries out the operations in order on the package. */
export async function bindInPackage(
  pkg: XlsxPackage,
  workbook: ExcelJS.Workbook,
  operations: readonly BindingOperation[],
): Promise<void> {
  for (const op of operations) {
    const state = await book(pkg);
    switch (op.kind) {
      case "convertRangeToTable":
        await convert(state, workbook, op);
        break;
      case "renameTable":
        await rename(state, op);
        break;
      case "addColumns":
        await addColumns(state, op);
        break;
      case "formatColumnsAsText":
        await formatAsText(state, op);
        break;
      case "createTable":
        await createTablesInPackage(pkg, [op.table]);
        break;
      case "recordBinding":
        await recordBinding(state, op);
        break;
    }
  }
}
