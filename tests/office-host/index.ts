/**
 * A simulated Excel for Microsoft's own Excel client library: the add-in's Office.js code
 * runs unmodified against it. See README.md for what it models, with sources, and what it
 * assumes where Microsoft documents nothing.
 * Usage: `const excel = new SimulatedExcel(); new OfficeWorkbook({ run: excel.run })`.
 */
export {
  SimulatedExcel,
  WEB_PAYLOAD_LIMIT,
  MANIFEST_EXCEL_API,
  type EditSource,
  type RequestRecord,
  type SimulatedExcelOptions,
} from "./simulated-excel";
export { excelFromExceljs } from "./from-exceljs";
export * from "./seed";
export { isValidBinding } from "./workbook/bindings";
export type { BindingModel, Cell, CellScalar, SheetModel, TableModel } from "./workbook/model";
export { bookFingerprint } from "./fingerprint";
