/** Renders a SheetLayout (a report sheet) into an exceljs workbook. Owned by the report work. */
import type ExcelJS from "exceljs";
import type { OwnSheetPolicy, SheetLayout, WriteSheetResult } from "../plan";

export function writeSheetLayout(
  _workbook: ExcelJS.Workbook,
  _layout: SheetLayout,
  _policy: OwnSheetPolicy,
): WriteSheetResult {
  throw new Error("writeSheetLayout: under arbete");
}
