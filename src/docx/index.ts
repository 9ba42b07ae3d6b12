/** The Word adapter: the tertial report as a .docx document (the `docx` package). */
import {
  buildReportDocument,
  readTertialReport,
  type CreateReportRequest,
  type TertialReport,
  type WorkbookPort,
} from "../plan";
import { reportDocx } from "./report-docx";

export { reportDocx, DOCX_TYPE } from "./report-docx";

export interface ReportDocx {
  readonly bytes: Uint8Array;
  readonly report: TertialReport;
}

/**
 * The report for `request` as a Word document, read from the plan in `port` (nothing is
 * written to the workbook). Throws what `readTertialReport` throws.
 */
export async function buildReportDocx(port: WorkbookPort, request: CreateReportRequest): Promise<ReportDocx> {
  const report = await readTertialReport(port, request);
  return { bytes: await reportDocx(buildReportDocument(report)), report };
}
