/**
 * New plan tables on new sheets, written into the package (the template, an import, "Koppla
 * plan" for a table the workbook lacks): an Excel table with filter buttons and a frozen
 * header row, column widths, text-formatted Nr columns, date columns, wrapped text,
 * drop-down lists that reach well below the table so rows the user adds keep them, and the
 * sheet's print setup with the header row on every page.
 */
import { excelNameKey, isRawDate, type NewTable } from "../plan";
import { FILE_MESSAGES } from "./file-messages";
import { DATE_FORMAT, TEXT_FORMAT } from "./number-format";
import { addWorksheet } from "./package/add-worksheet";
import { setDefinedName } from "./package/defined-names";
import { requiredText, sheetEntries, workbookPartOf, type RelatedPart } from "./package/package-graph";
import { sheetReference } from "./package/sheet-references";
import type { StyleSheet } from "./package/styles-append";
import { withStyleSheet } from "./package/styles-part";
import { newTablePart } from "./package/table-part";
import { allTableParts } from "./package/table-parts";
import { readWorkbook } from "./package/workbook-sheets";
import { worksheetXml, type SpecRow, type WorksheetSpec } from "./package/worksheet-writer";
import { CONTENT_TYPE, REL_TYPE } from "./package/xml";
import type { XlsxPackage } from "./package/xlsx-package";
import { PRINT_TITLES } from "./write-report-sheet";
import { WorkbookFileError } from "./workbook-file-error";

/** How far below the last data row formats and drop-down lists reach. */
export const ROWS_BELOW = 1000;
const TABLE_STYLE = "TableStyleMedium2";
const DEFAULT_WIDTH = 12;

function columnFormat(styles: StyleSheet, numberFormat: string | null, wrap: boolean): number {
  return styles.cellFormat({
    font: null,
    fill: null,
    border: null,
    alignment: { horizontal: null, vertical: "top", wrap },
    numberFormat,
  });
}

function tableSpec(table: NewTable, styles: StyleSheet, date1904: boolean): WorksheetSpec {
  const texts = new Set(table.textColumns);
  const dates = new Set(table.dateColumns);
  const formats = table.headers.map((_, i) =>
    columnFormat(styles, texts.has(i) ? TEXT_FORMAT : dates.has(i) ? DATE_FORMAT : null, !dates.has(i)),
  );
  const dated = formats.map((f) => (styles.isDateFormat(f) ? f : styles.withNumberFormat(f, DATE_FORMAT)));
  const header: SpecRow = {
    row: 1,
    height: null,
    cells: table.headers.map((value, i) => ({ column: i + 1, value, style: formats[i] ?? null })),
  };
  const rows = table.rows.map((row, r): SpecRow => ({
    row: r + 2,
    height: table.rowHeights?.[r] ?? null,
    cells: table.headers.map((_, i) => {
      const value = row[i] ?? null;
      return { column: i + 1, value, style: (isRawDate(value) ? dated[i] : formats[i]) ?? null };
    }),
  }));
  const dataRows = Math.max(table.rows.length, 1);
  return {
    columns: table.headers.map((_, i) => ({
      width: table.widths[i] ?? DEFAULT_WIDTH,
      style: formats[i] ?? null,
    })),
    rows: [header, ...rows],
    merges: [],
    frozenRows: 1,
    lists: table.lists.map((list) => ({
      range: { top: 2, left: list.column + 1, bottom: 1 + dataRows + ROWS_BELOW, right: list.column + 1 },
      values: list.values,
      errorTitle: "Ogiltigt värde",
      error: `Välj ett av värdena i listan: ${list.values.join(", ")}.`,
    })),
    print: table.print
      ? {
          orientation: table.print.orientation,
          fitToWidth: table.print.fitToWidth,
          footer: table.print.footer,
        }
      : null,
    rowBreaks: [],
    drawingId: null,
    tableIds: [],
    date1904,
  };
}

/** Fails before anything is written when a sheet or table name is taken. */
function assertNamesFree(
  tables: readonly NewTable[],
  sheets: readonly string[],
  names: readonly string[],
): void {
  const takenSheets = new Set(sheets.map(excelNameKey));
  const takenTables = new Set(names.map(excelNameKey));
  for (const table of tables) {
    if (takenSheets.has(excelNameKey(table.sheet)))
      throw new WorkbookFileError(FILE_MESSAGES.sheetExists(table.sheet));
    if (takenTables.has(excelNameKey(table.name)))
      throw new WorkbookFileError(FILE_MESSAGES.tableExists(table.name));
    takenSheets.add(excelNameKey(table.sheet));
    takenTables.add(excelNameKey(table.name));
  }
}

export async function createTablesInPackage(pkg: XlsxPackage, tables: readonly NewTable[]): Promise<void> {
  if (tables.length === 0) return;
  const workbookPart = await workbookPartOf(pkg);
  const info = readWorkbook(await requiredText(pkg, workbookPart));
  const sheets = await sheetEntries(pkg, workbookPart);
  const existing = await allTableParts(pkg, sheets);
  assertNamesFree(
    tables,
    sheets.map((s) => s.name),
    existing.map((t) => t.info.name),
  );
  const first = tables[0];
  if (info.structureLocked && first) throw new WorkbookFileError(FILE_MESSAGES.structureLocked(first.sheet));
  let nextId = Math.max(0, ...existing.map((t) => t.info.id || 0)) + 1;
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  for (const table of tables) {
    const spec = await withStyleSheet(pkg, workbookPart, (styles) => tableSpec(table, styles, info.date1904));
    const id = nextId++;
    const bottom = 1 + Math.max(table.rows.length, 1);
    const part: RelatedPart = {
      type: REL_TYPE.table,
      stem: `${folder}tables/table`,
      extension: "xml",
      contentType: CONTENT_TYPE.table,
      content: () =>
        newTablePart({
          id,
          name: table.name,
          ref: { top: 1, left: 1, bottom, right: table.headers.length },
          columns: table.headers,
          style: TABLE_STYLE,
        }),
    };
    const entry = await addWorksheet(pkg, workbookPart, {
      name: table.sheet,
      content: (ids) => worksheetXml({ ...spec, tableIds: ids }),
      related: [part],
    });
    if (table.print) {
      const { first: top, last } = table.print.repeatRows;
      const value = sheetReference(table.sheet, `$${top}:$${last}`);
      const xml = await requiredText(pkg, workbookPart);
      pkg.write(workbookPart, setDefinedName(xml, { name: PRINT_TITLES, localSheetId: entry.index, value }));
    }
  }
}
