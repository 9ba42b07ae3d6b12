/**
 * Use cases the pane does not need at start, loaded on first use so that the JavaScript
 * the pane loads stays small: the report, the follow-up preparation, the importer (with
 * its .docx reader), the Word document writer and next year's plan.
 */
export const loadReport = () => import("../plan/report/create-report");
export const loadReportCheck = () => import("../plan/report/report-omissions");
export const loadPrepare = () => import("../plan/report/prepare-follow-ups");
export const loadImport = () => import("../import");
export const loadDocx = () => import("../docx");
export const loadFileNames = () => import("../sharepoint/report-file-name");
/** "Ny plan för nästa år": the plan and the new workbook's package writer. */
export const loadNextYear = async () => {
  const [{ buildNextYearWorkbook }, { describeNextYear }] = await Promise.all([
    import("../xlsx/next-year-workbook"),
    import("../plan/next-year/next-year-text"),
  ]);
  return { buildNextYearWorkbook, describeNextYear };
};
