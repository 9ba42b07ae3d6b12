/**
 * "Ny plan för nästa år" as a workbook of its own: next year's plan read from any plan
 * workbook (Office.js in the add-in, exceljs in the CLI) and written into a new package.
 * The plan workbook is only read. Browser-safe: the task pane and the CLI build the same
 * bytes; the caller names the file and decides where it goes.
 */
import { createNextYearPlan, type NextYearRequest, type NextYearResult, type WorkbookPort } from "../plan";
import { newWorkbookBytes } from "./new-workbook";

export interface NextYearWorkbook {
  /** The new workbook's .xlsx bytes. */
  readonly bytes: Uint8Array;
  readonly result: NextYearResult;
}

/** Throws what `createNextYearPlan` throws. */
export async function buildNextYearWorkbook(
  source: WorkbookPort,
  request: NextYearRequest,
): Promise<NextYearWorkbook> {
  const result = await createNextYearPlan(source, request);
  return { bytes: await newWorkbookBytes({ tables: result.tables }), result };
}
