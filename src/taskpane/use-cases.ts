/**
 * Use cases the pane does not need at start, loaded on first use so that the JavaScript
 * the pane loads stays small: the report, the follow-up preparation and the importer
 * (with its .docx reader).
 */
export const loadReport = () => import("../plan/report/create-report");
export const loadReportCheck = () => import("../plan/report/report-omissions");
export const loadPrepare = () => import("../plan/report/prepare-follow-ups");
export const loadImport = () => import("../import");
