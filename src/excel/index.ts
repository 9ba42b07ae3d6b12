/**
 * The Office.js adapter: the only place the Excel and Office globals appear. `connectToExcel()`
 * gives the task pane the workbook port and the host over the workbook open in Excel.
 */
import { OfficeHost } from "./office-host";
import { OfficeWorkbook } from "./office-workbook";
import type { CheckResult } from "./self-check/types";
import { DEFAULT_SYNC_TIMEOUT_MS } from "./sync";
import { WorkbookWatch } from "./workbook-watch";

export { OfficeWorkbook, type OfficeWorkbookOptions } from "./office-workbook";
export { OfficeHost, type OfficeHostOptions, type RunInContext } from "./office-host";
export { ExcelError, EXCEL_MESSAGES } from "./excel-error";
export { DEFAULT_SYNC_TIMEOUT_MS, type RunBatch } from "./sync";
export { WorkbookWatch } from "./workbook-watch";
export { WEB_PAYLOAD_LIMIT } from "./chunking";

export { REQUIRED_EXCEL_API } from "./excel-api";

export type { CheckResult } from "./self-check/types";

export interface ExcelConnection {
  readonly workbook: OfficeWorkbook;
  readonly host: OfficeHost;
  /** "Kontrollera tillägget", the Excel part (self-check/), loaded when it is first run. */
  readonly runSelfCheck: () => Promise<CheckResult[]>;
}

/** The port and host over `Excel.run`; call after `Office.onReady`. */
export function connectToExcel(options: { readonly syncTimeoutMs?: number } = {}): ExcelConnection {
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => Excel.run(batch);
  const runIn = <T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => Excel.run(context, batch);
  const watch = new WorkbookWatch(run, options.syncTimeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS);
  return {
    workbook: new OfficeWorkbook({ run, watch, ...options }),
    host: new OfficeHost({ run, runIn, watch, ...options }),
    runSelfCheck: async () => {
      const { runExcelChecks } = await import("./self-check/run-excel-checks");
      return runExcelChecks({
        run,
        runIn,
        watch,
        isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
        syncTimeoutMs: options.syncTimeoutMs,
      });
    },
  };
}
