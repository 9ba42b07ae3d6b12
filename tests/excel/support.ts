/** The Office.js adapter wired to the fake Excel. */
import { OfficeHost, OfficeWorkbook, type RunBatch, type RunInContext } from "../../src/excel";
import type { FakeExcel } from "../fake-excel";

export interface OnFakeOptions {
  readonly syncTimeoutMs?: number;
  readonly payloadLimitBytes?: number;
}

export function officeWorkbookOn(excel: FakeExcel, options: OnFakeOptions = {}): OfficeWorkbook {
  return new OfficeWorkbook({ run: excel.run as unknown as RunBatch, ...options });
}

export function officeHostOn(excel: FakeExcel, options: OnFakeOptions = {}): OfficeHost {
  return new OfficeHost({
    run: excel.run as unknown as RunBatch,
    runIn: excel.run as unknown as RunInContext,
    ...options,
  });
}
