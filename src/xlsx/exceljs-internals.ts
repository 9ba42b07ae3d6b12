/**
 * The parts of exceljs 4.4 this adapter relies on that its type definitions leave out or
 * get wrong, in one place: a worksheet's tables (`worksheet.tables`, each with a `model`),
 * its merged ranges (`worksheet._merges`) and the workbook's date system.
 */
import type ExcelJS from "exceljs";
import { parseRange, type RangeRef } from "../plan";

export interface TableColumnModel {
  name: string;
  filterButton?: boolean;
}

/**
 * A table's model. A table added with `addTable` has `ref` (top-left), `rows` and the
 * computed `tableRef`; one loaded from a file has only `tableRef` and `autoFilterRef`.
 */
export interface TableModel {
  name: string;
  displayName?: string;
  /** The whole table: header row, data body and totals row. */
  tableRef?: string;
  /** The header row and data body, where the filter buttons are. */
  autoFilterRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: TableColumnModel[];
  rows?: unknown[][];
}

interface TableObject {
  model: TableModel;
}

/** A worksheet's data validations, keyed by cell address (or range, when added as one). */
export interface DataValidationStore {
  model: Record<string, ExcelJS.DataValidation | undefined>;
  add(address: string, validation: ExcelJS.DataValidation): void;
  find(address: string): ExcelJS.DataValidation | undefined;
}

interface WorksheetInternals {
  tables?: Record<string, TableObject>;
  dataValidations: DataValidationStore;
  _merges?: Record<string, { model?: RangeRef; range?: string }>;
}

/** The worksheet's tables in the order exceljs keeps them. */
export function tableModels(worksheet: ExcelJS.Worksheet): TableModel[] {
  const tables = (worksheet as unknown as WorksheetInternals).tables ?? {};
  return Object.values(tables).map((t) => t.model);
}

/** The whole table's range (header, body and totals). */
export function tableRange(model: TableModel): RangeRef | null {
  if (model.tableRef !== undefined) return parseRange(model.tableRef);
  return null;
}

/** The worksheet's data validations (left out of exceljs's type definitions). */
export function dataValidations(worksheet: ExcelJS.Worksheet): DataValidationStore {
  return (worksheet as unknown as WorksheetInternals).dataValidations;
}

/** Merged ranges of the worksheet. */
export function mergedRanges(worksheet: ExcelJS.Worksheet): RangeRef[] {
  const merges = (worksheet as unknown as WorksheetInternals)._merges ?? {};
  const ranges: RangeRef[] = [];
  for (const merge of Object.values(merges)) {
    const model = merge.model;
    if (model) {
      ranges.push({ top: model.top, left: model.left, bottom: model.bottom, right: model.right });
    } else if (typeof merge.range === "string") {
      const range = parseRange(merge.range);
      if (range) ranges.push(range);
    }
  }
  return ranges;
}

/** Whether the workbook counts dates from 1904 (old Mac workbooks). */
export function usesDate1904(workbook: ExcelJS.Workbook): boolean {
  return workbook.properties?.date1904 === true;
}
