/**
 * New plan tables on new sheets (the template, an import): an Excel table with filter
 * buttons and a frozen header row, column widths, text-formatted Nr columns, date columns,
 * drop-down lists that reach well below the table so rows the user adds keep them, and the
 * table's print setup.
 */
import type ExcelJS from "exceljs";
import { excelNameKey, columnLetter, isRawDate, type NewTable } from "../plan";
import { dataValidations, tableModels, usesDate1904 } from "./exceljs-internals";
import { FILE_MESSAGES } from "./file-messages";
import { applyPrintSetup } from "./print-setup";
import { DATE_FORMAT, TEXT_FORMAT, toExcelValue } from "./write-cell";
import { WorkbookFileError } from "./workbook-file-error";

/** How far below the last data row formats and drop-down lists reach. */
export const ROWS_BELOW = 1000;
const TABLE_STYLE = "TableStyleMedium2";
const DEFAULT_WIDTH = 12;

/** Fails before anything is written when a sheet or table name is taken. */
function assertNamesFree(workbook: ExcelJS.Workbook, tables: readonly NewTable[]): void {
  const sheets = new Set(workbook.worksheets.map((w) => excelNameKey(w.name)));
  const names = new Set(workbook.worksheets.flatMap((w) => tableModels(w).map((t) => excelNameKey(t.name))));
  for (const table of tables) {
    if (sheets.has(excelNameKey(table.sheet)))
      throw new WorkbookFileError(FILE_MESSAGES.sheetExists(table.sheet));
    if (names.has(excelNameKey(table.name)))
      throw new WorkbookFileError(FILE_MESSAGES.tableExists(table.name));
    sheets.add(excelNameKey(table.sheet));
    names.add(excelNameKey(table.name));
  }
}

function listValidation(values: readonly string[]): ExcelJS.DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [`"${values.map((v) => v.replace(/"/g, '""')).join(",")}"`],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Ogiltigt värde",
    error: `Välj ett av värdena i listan: ${values.join(", ")}.`,
  };
}

function styleColumns(worksheet: ExcelJS.Worksheet, table: NewTable): void {
  const texts = new Set(table.textColumns);
  const dates = new Set(table.dateColumns);
  table.headers.forEach((_, i) => {
    const column = worksheet.getColumn(i + 1);
    column.width = table.widths[i] ?? DEFAULT_WIDTH;
    const numFmt = texts.has(i) ? TEXT_FORMAT : dates.has(i) ? DATE_FORMAT : undefined;
    column.style = {
      alignment: { vertical: "top", wrapText: !dates.has(i) },
      ...(numFmt === undefined ? {} : { numFmt }),
    };
  });
}

function addLists(worksheet: ExcelJS.Worksheet, table: NewTable, dataRows: number): void {
  const store = dataValidations(worksheet);
  for (const list of table.lists) {
    const validation = listValidation(list.values);
    const letter = columnLetter(list.column + 1);
    for (let row = 2; row <= 1 + dataRows + ROWS_BELOW; row++) store.add(`${letter}${row}`, validation);
  }
}

function addTableSheet(workbook: ExcelJS.Workbook, table: NewTable, date1904: boolean): void {
  const worksheet = workbook.addWorksheet(table.sheet, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
  });
  styleColumns(worksheet, table);
  const width = table.headers.length;
  const rows = table.rows.map((row) => table.headers.map((_, j) => toExcelValue(row[j] ?? null, date1904)));
  // Excel tables have at least one data row: an empty table gets one blank row.
  if (rows.length === 0) rows.push(new Array<ExcelJS.CellValue>(width).fill(null));
  worksheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: table.headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
  const dates = new Set(table.dateColumns);
  table.rows.forEach((row, i) =>
    row.forEach((value, j) => {
      if (j < width && !dates.has(j) && isRawDate(value))
        worksheet.getCell(i + 2, j + 1).numFmt = DATE_FORMAT;
    }),
  );
  table.rowHeights?.forEach((height, i) => {
    if (height !== null) worksheet.getRow(i + 2).height = height;
  });
  addLists(worksheet, table, rows.length);
  if (table.print) applyPrintSetup(worksheet, table.print);
}

export function createTables(workbook: ExcelJS.Workbook, tables: readonly NewTable[]): void {
  assertNamesFree(workbook, tables);
  const date1904 = usesDate1904(workbook);
  for (const table of tables) addTableSheet(workbook, table, date1904);
}
