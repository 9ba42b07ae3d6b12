/**
 * "Koppla plan" as read through exceljs: the plan bindings the workbook's defined names hold
 * (binding-names.ts explains why and how), each resolved to the table that holds its cells.
 */
import type ExcelJS from "exceljs";
import { excelNameKey, rangesIntersect, type BoundTable, type SnapshotBinding } from "../plan";
import { readBindingNames } from "./binding-names";
import { tableModels, tableRange } from "./exceljs-internals";

/** The workbook's plan bindings, each resolved to the table that holds its cells now. */
export function readBindings(workbook: ExcelJS.Workbook): BoundTable[] {
  return readBindingNames(workbook).map(({ id, sheet, range }) => {
    const worksheet = workbook.worksheets.find((w) => excelNameKey(w.name) === excelNameKey(sheet));
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
