/**
 * A fake of the Excel JavaScript API (the subset the add-in uses) over an in-memory grid,
 * with Office.js's proxy semantics, sync counting and Excel on the web's payload limit.
 * Usage: `const excel = new FakeExcel(); new OfficeWorkbook({ run: excel.run, … })`.
 */
export { FakeExcel, WEB_PAYLOAD_LIMIT, type BatchRecord, type FakeExcelOptions } from "./fake-excel";
export { FakeOfficeError } from "./errors";
export { FakeRequestContext } from "./request-context";
export { fakeFromExceljs } from "./from-exceljs";
export * from "./seed";
export type { BindingModel, Cell, CellScalar, SheetModel, TableModel } from "./model";
export { isValidBinding } from "./binding";
