/**
 * "Koppla plan" over exceljs: the binding port's two halves. Operations are checked first
 * (binding-check.ts) and then carried out (binding-tables.ts); bindings are kept as defined
 * names (binding-names.ts explains why and how).
 */
import type ExcelJS from "exceljs";
import { rangesIntersect, type BindingOperation, type BoundTable, type SnapshotBinding } from "../plan";
import { checkBinding } from "./binding-check";
import { readBindingNames, writeBindingName } from "./binding-names";
import {
  addColumns,
  convertRangeToTable,
  findTable,
  formatColumnsAsText,
  renameTable,
  sheetNamed,
  type FoundTable,
} from "./binding-tables";
import { createTables } from "./create-tables";
import { tableModels, tableRange } from "./exceljs-internals";

function existing(workbook: ExcelJS.Workbook, name: string): FoundTable {
  const found = findTable(workbook, name);
  if (!found) throw new Error(`Table ${name} vanished after the check`);
  return found;
}

function apply(workbook: ExcelJS.Workbook, op: BindingOperation): void {
  switch (op.kind) {
    case "convertRangeToTable": {
      const worksheet = sheetNamed(workbook, op.sheet);
      if (worksheet) convertRangeToTable(worksheet, op.range, op.name);
      return;
    }
    case "renameTable":
      return renameTable(workbook, existing(workbook, op.from), op.to);
    case "addColumns":
      return addColumns(existing(workbook, op.table), op.headers);
    case "formatColumnsAsText":
      return formatColumnsAsText(existing(workbook, op.table), op.columns);
    case "createTable":
      return createTables(workbook, [op.table]);
    case "recordBinding": {
      const { worksheet, range } = existing(workbook, op.table);
      return writeBindingName(workbook, op.id, worksheet.name, { ...range, bottom: range.top });
    }
  }
}

/**
 * Carries out the operations in order. Throws `WorkbookFileError` before changing anything
 * when one of them cannot be carried out.
 */
export function applyBinding(workbook: ExcelJS.Workbook, operations: readonly BindingOperation[]): void {
  checkBinding(workbook, operations);
  for (const op of operations) apply(workbook, op);
}

/** The workbook's plan bindings, each resolved to the table that holds its cells now. */
export function readBindings(workbook: ExcelJS.Workbook): BoundTable[] {
  return readBindingNames(workbook).map(({ id, sheet, range }) => {
    const worksheet = sheetNamed(workbook, sheet);
    const model =
      worksheet &&
      tableModels(worksheet).find((t) => {
        const bounds = tableRange(t);
        return bounds !== null && rangesIntersect(bounds, range);
      });
    return { id, tableName: model?.name ?? null };
  });
}

/** The bindings as the snapshot carries them. */
export function snapshotBindings(workbook: ExcelJS.Workbook): SnapshotBinding[] {
  return readBindings(workbook).map((b) => ({ id: b.id, table: b.tableName }));
}
