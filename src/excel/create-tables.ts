/**
 * createTables over Office.js (the template, an import): one sync checks that no sheet or
 * table of those names exists; then each table goes on a new sheet in as few syncs as the
 * payload limit allows: values as 2D arrays, `sheet.tables.add(address, true)` with its name
 * and style, text format on Nr columns, date format on date columns, drop-down lists
 * (ExcelApi 1.8), the header row frozen (1.7), column widths and the table's print setup
 * (`pageLayout`, 1.9).
 */
import { columnLetter, type NewTable } from "../plan";
import { ACTION_BYTES, BatchBudget, jsonBytes } from "./chunking";
import { DATE_FORMAT, officeBlock, TEXT_FORMAT } from "./cell-input";
import { EXCEL_MESSAGES, ExcelError } from "./excel-error";
import { queuePrint } from "./print-setup";
import type { Session } from "./sync";
import { writeBlock } from "./write-block";

export const TABLE_STYLE = "TableStyleMedium2";

/** A column width in characters as Office.js's points (7 px a character plus padding, ¾ pt a px). */
export function widthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function listRule(values: readonly string[]): Excel.DataValidationRule {
  return { list: { inCellDropDown: true, source: values.join(",") } };
}

function listAlert(values: readonly string[]): Excel.DataValidationErrorAlert {
  return {
    showAlert: true,
    style: "Stop",
    title: "Ogiltigt värde",
    message: `Välj ett av värdena i listan: ${values.join(", ")}.`,
  };
}

/** How far below a new table its formats reach, as in the .xlsx adapter. */
const ROWS_BELOW = 1000;

/** Queues one new table on its new sheet (the sheet and name checked beforehand). */
export async function queueTable(
  budget: BatchBudget,
  workbook: Excel.Workbook,
  spec: NewTable,
): Promise<void> {
  const width = spec.headers.length;
  const bodyRows = Math.max(spec.rows.length, 1);
  const bottom = 1 + bodyRows;
  const formats = new Map<number, string>([
    ...spec.textColumns.map((i) => [i, TEXT_FORMAT] as const),
    ...spec.dateColumns.map((i) => [i, DATE_FORMAT] as const),
  ]);
  let sheet: Excel.Worksheet | undefined;
  const at = (): Excel.Worksheet => sheet ?? (sheet = workbook.worksheets.add(spec.sheet));
  await budget.add(2 * ACTION_BYTES + jsonBytes(spec.sheet), () => at());
  await writeBlock(budget, officeBlock([spec.headers], width), () =>
    at().getRange(`A1:${columnLetter(width)}1`),
  );
  const body = officeBlock(spec.rows.length > 0 ? spec.rows : [[]], width, formats, budget.date1904);
  await writeBlock(budget, body, (first, count) => at().getRangeByIndexes(1 + first, 0, count, width));
  await budget.add(4 * ACTION_BYTES + jsonBytes(spec.name), () => {
    const table = at().tables.add(`A1:${columnLetter(width)}${bottom}`, true);
    table.name = spec.name;
    table.style = TABLE_STYLE;
  });
  for (const { column, values } of spec.lists) {
    const letter = columnLetter(column + 1);
    await budget.add(5 * ACTION_BYTES + 2 * jsonBytes(values), () => {
      const range = at().getRange(`${letter}2:${letter}${bottom}`);
      range.dataValidation.rule = listRule(values);
      range.dataValidation.errorAlert = listAlert(values);
    });
  }
  const dates = new Set(spec.dateColumns);
  await budget.add((2 + 7 * width) * ACTION_BYTES, () => {
    at().freezePanes.freezeRows(1);
    spec.widths.forEach((w, i) => {
      const letter = columnLetter(i + 1);
      at().getRange(`${letter}:${letter}`).format.columnWidth = widthPoints(w);
      // As the .xlsx adapter does: text wraps at the top of its cell, dates stay on one line,
      // for the table and the rows users will add below it.
      const format = at().getRange(`${letter}1:${letter}${bottom + ROWS_BELOW}`).format;
      format.verticalAlignment = "Top";
      if (!dates.has(i)) format.wrapText = true;
    });
  });
  const heights = (spec.rowHeights ?? []).flatMap((height, i) =>
    height === null ? [] : [{ height, row: i + 2 }],
  );
  for (const { height, row } of heights) {
    await budget.add(3 * ACTION_BYTES, () => (at().getRange(`${row}:${row}`).format.rowHeight = height));
  }
  if (spec.print) await queuePrint(budget, at, spec.print);
}

export async function createNewTables(session: Session, tables: readonly NewTable[]): Promise<void> {
  const { context } = session;
  const workbook = context.workbook;
  const checks = tables.map((spec) => ({
    spec,
    sheet: workbook.worksheets.getItemOrNullObject(spec.sheet),
    table: workbook.tables.getItemOrNullObject(spec.name),
  }));
  await session.settle(context.sync());
  for (const check of checks) {
    if (!check.sheet.isNullObject) throw new ExcelError(EXCEL_MESSAGES.sheetExists(check.spec.sheet));
    if (!check.table.isNullObject) throw new ExcelError(EXCEL_MESSAGES.tableExists(check.spec.name));
  }
  const budget = new BatchBudget(session);
  for (const spec of tables) await queueTable(budget, workbook, spec);
  await budget.flush();
}
