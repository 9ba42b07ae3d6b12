/**
 * The tertial report as a workbook of its own: the report sheet alone, with the plan's
 * title block, read from any plan workbook (Office.js in the add-in, exceljs in the CLI) and
 * written into a new exceljs workbook. The plan workbook is only read. Shared by the task
 * pane's and the CLI's "Publicera rapport"; the caller names the file.
 */
import {
  createTertialReport,
  type CreateReportRequest,
  type CreateReportResult,
  type WorkbookPort,
} from "../plan";
import { ExceljsWorkbook } from "./exceljs-workbook";

export interface ReportWorkbook {
  /** The .xlsx file's bytes. */
  readonly bytes: Uint8Array;
  /** The written sheet and the report (period, year and title, e.g. for the file name). */
  readonly result: CreateReportResult;
}

/** A port that reads the plan from `source` and writes generated sheets into `target` only. */
export function readFromWriteTo(source: WorkbookPort, target: WorkbookPort): WorkbookPort {
  const refuse = async () => {
    throw new Error("Rapportfilen skriver bara rapportbladet.");
  };
  return {
    readSnapshot: () => source.readSnapshot(),
    writeSheet: (layout, policy) => target.writeSheet(layout, policy),
    createTables: refuse,
    appendRows: refuse,
    writeRows: refuse,
  };
}

/**
 * The report for `request` as .xlsx bytes of a new workbook. Throws what
 * `createTertialReport` throws (`PlanStructureError` for a plan it cannot report on).
 */
export async function buildReportWorkbook(
  source: WorkbookPort,
  request: CreateReportRequest,
): Promise<ReportWorkbook> {
  const target = ExceljsWorkbook.empty();
  const result = await createTertialReport(readFromWriteTo(source, target), request, "refuse");
  return { bytes: await target.toBuffer(), result };
}
