/** The Office.js adapter over Microsoft's Excel client library and a simulated Excel. */
import { OfficeHost, OfficeWorkbook, WorkbookWatch } from "../../src/excel";
import type { SimulatedExcel } from "../office-host";
import { versionAtLeast } from "../office-host/office-shim";
import type { SelfCheckEnvironment } from "../../src/excel/self-check/run-excel-checks";

export interface OnExcelOptions {
  readonly syncTimeoutMs?: number;
  readonly payloadLimitBytes?: number;
  readonly watch?: WorkbookWatch;
}

export function officeWorkbookOn(excel: SimulatedExcel, options: OnExcelOptions = {}): OfficeWorkbook {
  return new OfficeWorkbook({ run: excel.run, ...options });
}

export function officeHostOn(excel: SimulatedExcel, options: OnExcelOptions = {}): OfficeHost {
  return new OfficeHost({ run: excel.run, runIn: excel.runIn, ...options });
}

/** The port and host over `excel` as the add-in makes them (connectToExcel): one watch shared. */
export function officeExcelOn(
  excel: SimulatedExcel,
  options: OnExcelOptions = {},
): { workbook: OfficeWorkbook; host: OfficeHost } {
  const watch = new WorkbookWatch(excel.run, options.syncTimeoutMs ?? 30_000);
  return {
    workbook: officeWorkbookOn(excel, { ...options, watch }),
    host: officeHostOn(excel, { ...options, watch }),
  };
}

/** What `Office.context.requirements.isSetSupported` answers for `excel` (its Office shim's sets). */
export function isSetSupportedOn(excel: SimulatedExcel): (name: string, version: string) => boolean {
  const sets = excel.officeOptions().requirementSets;
  return (name, version) => {
    const key = Object.keys(sets).find((k) => k.toLowerCase() === name.toLowerCase());
    return key !== undefined && versionAtLeast(sets[key] ?? "0", version);
  };
}

/** The self-check's environment over `excel`, as connectToExcel makes it. */
export function selfCheckOn(excel: SimulatedExcel, watch?: WorkbookWatch): SelfCheckEnvironment {
  return {
    run: excel.run,
    runIn: excel.runIn,
    watch: watch ?? new WorkbookWatch(excel.run, 30_000),
    isSetSupported: isSetSupportedOn(excel),
  };
}
