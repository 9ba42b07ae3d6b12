/** The plan domain's public face: what adapters and front ends call. */
export * from "./contract";
export * from "./raw-value";
export * from "./excel-address";
export * from "./excel-limits";
export * from "./finding";
export * from "./workbook-port";
export * from "./sheet-layout";
export * from "./periods";
export * from "./meeting-frequency";
export * from "./duration";
export * from "./template";
export * from "./plan-data";
export { locatePlanTables, type LocatedPlan, type LocatedTable } from "./locate-tables";
export { readPlanData } from "./read-plan";
export { indexPlan, followUpKey, areaOfActivity, type PlanIndex } from "./plan-index";
export { validatePlan, type ValidateOptions } from "./validate-plan";
export { capFindings, omittedCount, omittedMessage, FINDINGS_PER_RULE } from "./cap-findings";
export { normalizeHeader, matchColumns, columnForHeader } from "./headers";
export { compareActivityNr, comparable, foldWhitespace, groupDigits } from "./text";
export type { WorkbookHost } from "./host-port";
export { createPlanTables, tablesWithData } from "./create-template";
export { PlanError, PlanWriteRefused } from "./plan-errors";
export * from "./plan-structure";
export * from "./report/report-types";
export { buildTertialReport, countStatuses, type ReportOptions } from "./report/report-model";
export { layoutTertialReport, REPEATED_TITLE_ROWS, SUMMARY_HEADERS } from "./report/report-layout";
export { reportSheetName, reportMarkerName, freeSheetName, MAX_SHEET_NAME } from "./report/report-sheet-name";
export {
  chooseSheetTarget,
  sameSheetName,
  type SheetTarget,
  type SheetTargetRequest,
} from "./report/report-target";
export {
  createTertialReport,
  type CreateReportRequest,
  type CreateReportResult,
} from "./report/create-report";
export {
  prepareFollowUps,
  type PrepareFollowUpsRequest,
  type PrepareFollowUpsResult,
} from "./report/prepare-follow-ups";
export * from "./binding";
