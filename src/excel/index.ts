/**
 * The Office.js adapter: the only place the Excel and Office globals appear. `connectToExcel()`
 * gives the task pane the workbook port and the host over the workbook open in Excel.
 */
import { OfficeHost } from "./office-host";
import { OfficeWorkbook } from "./office-workbook";
import { DEFAULT_SYNC_TIMEOUT_MS } from "./sync";
import { WorkbookWatch } from "./workbook-watch";

export { OfficeWorkbook, type OfficeWorkbookOptions } from "./office-workbook";
export { OfficeHost, type OfficeHostOptions, type RunInContext } from "./office-host";
export { ExcelError, EXCEL_MESSAGES } from "./excel-error";
export { DEFAULT_SYNC_TIMEOUT_MS, type RunBatch } from "./sync";
export { WorkbookWatch } from "./workbook-watch";
export { WEB_PAYLOAD_LIMIT } from "./chunking";

/**
 * The Excel JavaScript API version the adapter needs (`Table.resize`,
 * `Range.getMergedAreasOrNullObject`): the manifest's `<Set Name="ExcelApi" MinVersion>`.
 * Excel does not always keep an add-in out of an older Excel, so the task pane checks it too.
 */
export const REQUIRED_EXCEL_API = "1.13";

export interface ExcelConnection {
  readonly workbook: OfficeWorkbook;
  readonly host: OfficeHost;
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
  };
}
