/** The .xlsx adapter: the workbook port over exceljs, and workbooks as files. */
export { ExceljsWorkbook } from "./exceljs-workbook";
export { WorkbookFileError } from "./workbook-file-error";
export { fileErrorReason, listText } from "./file-messages";
export { buildReportWorkbook, type ReportWorkbook } from "./report-workbook";
export {
  openWorkbookFile,
  saveWorkbookFile,
  saveWorkbookBytes,
  assertFileAbsent,
  assertFolderExists,
  assertWritable,
  type SaveOptions,
  type SaveResult,
} from "./workbook-file";
export { newWorkbookBytes, type NewWorkbookContent } from "./new-workbook";
export { buildNextYearWorkbook, type NextYearWorkbook } from "./next-year-workbook";
