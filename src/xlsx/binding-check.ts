/**
 * Checks every "Koppla plan" operation against the workbook before the first one changes
 * it, following the tables and sheets the earlier operations would make, so that a binding
 * is carried out whole or not at all.
 */
import type ExcelJS from "exceljs";
import {
  excelNameKey,
  BINDING_MESSAGES,
  cellAddress,
  parseRange,
  rangesIntersect,
  type BindingOperation,
  type RangeRef,
} from "../plan";
import { normalizeCell } from "./cell-value";
import { mergedRanges, tableModels, tableRange } from "./exceljs-internals";
import { FILE_MESSAGES } from "./file-messages";
import { WorkbookFileError } from "./workbook-file-error";

interface PlannedTable {
  readonly sheet: string;
  range: RangeRef;
}

class PlannedWorkbook {
  readonly sheets = new Set<string>();
  readonly tables = new Map<string, PlannedTable>();

  constructor(readonly workbook: ExcelJS.Workbook) {
    for (const worksheet of workbook.worksheets) {
      this.sheets.add(excelNameKey(worksheet.name));
      for (const model of tableModels(worksheet)) {
        const range = tableRange(model);
        if (range) this.tables.set(excelNameKey(model.name), { sheet: worksheet.name, range });
      }
    }
  }

  table(name: string): PlannedTable {
    const table = this.tables.get(excelNameKey(name));
    if (!table) throw new WorkbookFileError(BINDING_MESSAGES.noTable(name));
    return table;
  }

  worksheet(name: string): ExcelJS.Worksheet {
    const worksheet = this.workbook.worksheets.find((w) => excelNameKey(w.name) === excelNameKey(name));
    if (!worksheet) throw new WorkbookFileError(FILE_MESSAGES.sheetNotFound(name));
    return worksheet;
  }

  assertNameFree(name: string): void {
    if (this.tables.has(excelNameKey(name))) throw new WorkbookFileError(FILE_MESSAGES.tableExists(name));
  }

  assertNoTable(sheet: string, range: RangeRef, message: () => string): void {
    for (const table of this.tables.values()) {
      if (excelNameKey(table.sheet) === excelNameKey(sheet) && rangesIntersect(table.range, range)) {
        throw new WorkbookFileError(message());
      }
    }
  }
}

function checkConvert(book: PlannedWorkbook, op: Extract<BindingOperation, { kind: "convertRangeToTable" }>) {
  const worksheet = book.worksheet(op.sheet);
  const range = parseRange(op.range);
  if (range === null) throw new WorkbookFileError(BINDING_MESSAGES.notRange(op.range));
  const where = cellAddress(worksheet.name, range.top, range.left);
  book.assertNoTable(worksheet.name, range, () => BINDING_MESSAGES.overlapsTable(where));
  if (mergedRanges(worksheet).some((m) => rangesIntersect(m, range)))
    throw new WorkbookFileError(BINDING_MESSAGES.merged(where));
  const seen = new Set<string>();
  for (let c = range.left; c <= range.right; c++) {
    const value = normalizeCell(worksheet.findRow(range.top)?.findCell(c), false);
    const key = typeof value === "string" ? excelNameKey(value.trim()) : "";
    if (key === "" || seen.has(key)) {
      throw new WorkbookFileError(BINDING_MESSAGES.header(cellAddress(worksheet.name, range.top, c)));
    }
    seen.add(key);
  }
  book.assertNameFree(op.name);
  book.tables.set(excelNameKey(op.name), { sheet: worksheet.name, range });
}

function checkAddColumns(book: PlannedWorkbook, op: Extract<BindingOperation, { kind: "addColumns" }>) {
  const table = book.table(op.table);
  const worksheet = book.worksheet(table.sheet);
  const added = { ...table.range, left: table.range.right + 1, right: table.range.right + op.headers.length };
  const first = cellAddress(worksheet.name, added.top, added.left);
  book.assertNoTable(table.sheet, added, () => BINDING_MESSAGES.occupied(op.table, first));
  if (mergedRanges(worksheet).some((m) => rangesIntersect(m, added))) {
    throw new WorkbookFileError(BINDING_MESSAGES.occupied(op.table, first));
  }
  for (let r = added.top; r <= added.bottom; r++) {
    for (let c = added.left; c <= added.right; c++) {
      if (normalizeCell(worksheet.findRow(r)?.findCell(c), false) !== null) {
        throw new WorkbookFileError(BINDING_MESSAGES.occupied(op.table, cellAddress(worksheet.name, r, c)));
      }
    }
  }
  table.range = { ...table.range, right: added.right };
}

function checkOperation(book: PlannedWorkbook, op: BindingOperation): void {
  switch (op.kind) {
    case "convertRangeToTable":
      return checkConvert(book, op);
    case "renameTable": {
      const table = book.table(op.from);
      if (excelNameKey(op.from) !== excelNameKey(op.to)) book.assertNameFree(op.to);
      book.tables.delete(excelNameKey(op.from));
      book.tables.set(excelNameKey(op.to), table);
      return;
    }
    case "addColumns":
      return checkAddColumns(book, op);
    case "formatColumnsAsText":
    case "recordBinding":
      book.table(op.table);
      return;
    case "createTable":
      if (book.sheets.has(excelNameKey(op.table.sheet)))
        throw new WorkbookFileError(FILE_MESSAGES.sheetExists(op.table.sheet));
      book.assertNameFree(op.table.name);
      book.sheets.add(excelNameKey(op.table.sheet));
      book.tables.set(excelNameKey(op.table.name), {
        sheet: op.table.sheet,
        range: { top: 1, left: 1, bottom: 2, right: 1 },
      });
      return;
  }
}

/** Throws `WorkbookFileError` for the first operation that cannot be carried out. */
export function checkBinding(workbook: ExcelJS.Workbook, operations: readonly BindingOperation[]): void {
  const book = new PlannedWorkbook(workbook);
  for (const op of operations) checkOperation(book, op);
}
