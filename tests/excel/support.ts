/** The Office.js adapter over Microsoft's Excel client library and a simulated Excel. */
import { OfficeHost, OfficeWorkbook } from "../../src/excel";
import type { SimulatedExcel } from "../office-host";

export interface OnExcelOptions {
  readonly syncTimeoutMs?: number;
  readonly payloadLimitBytes?: number;
}

export function officeWorkbookOn(excel: SimulatedExcel, options: OnExcelOptions = {}): OfficeWorkbook {
  return new OfficeWorkbook({ run: excel.run, ...options });
}

export function officeHostOn(excel: SimulatedExcel, options: OnExcelOptions = {}): OfficeHost {
  return new OfficeHost({ run: excel.run, runIn: excel.runIn, ...options });
}
