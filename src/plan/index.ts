/** The plan domain's public face: what adapters and front ends call. */
export * from "./contract";
export * from "./raw-value";
export * from "./excel-address";
export * from "./excel-limits";
export * from "./finding";
export { FINDING_MESSAGES_SV, type FindingMessages } from "./finding-messages";
export { groupFindings, problemCells, type FindingGroup, type FindingProblem } from "./group-findings";
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
export { validatePlan, planFindings, type ValidateOptions } from "./validate-plan";
export { changedRows, type TableNow } from "./rows-check";
export { capFindings, omittedCount, omittedMessage, FINDINGS_PER_RULE } from "./cap-findings";
export { normalizeHeader, matchColumns, columnForHeader } from "./headers";
export {
  compareActivityNr,
  comparable,
  foldWhitespace,
  nearest,
  editDistance,
  xmlSafeText,
  groupDigits,
  countSv,
  listSv,
} from "./text";
export type { WorkbookHost } from "./host-port";
export { createPlanTables, tablesWithData } from "./create-template";
export { PlanError, PlanWriteRefused } from "./plan-errors";
export * from "./plan-structure";
export * from "./report/report-types";
export { buildTertialReport, countStatuses, type ReportOptions } from "./report/report-model";
export { layoutTertialReport, layoutReportDocument, REPEATED_TITLE_ROWS } from "./report/report-layout";
export { SUMMARY_HEADERS } from "./report/report-document-overview";
export * from "./report/report-document";
export { buildReportDocument, reportFooter } from "./report/build-report-document";
export { STATUS_LOOKS, STATUS_ORDER, type StatusLook } from "./report/report-statuses";
export * from "./print-pages";
export { axisMax, axisStep, chartAxisStep, largestStack } from "./chart-scale";
export {
  reportSheetName,
  reportMarkerName,
  isReportMarkerName,
  freeSheetName,
  MAX_SHEET_NAME,
} from "./report/report-sheet-name";
export {
  chooseSheetTarget,
  sameSheetName,
  type SheetTarget,
  type SheetTargetRequest,
} from "./report/report-target";
export {
  createTertialReport,
  readTertialReport,
  type CreateReportRequest,
  type CreateReportResult,
} from "./report/create-report";
export {
  checkReportInput,
  describeReportCheck,
  type ReportCheck,
  type ReportCheckRequest,
  type ReportCheckText,
} from "./report/report-omissions";
export {
  prepareFollowUps,
  type PrepareFollowUpsRequest,
  type PrepareFollowUpsResult,
} from "./report/prepare-follow-ups";
export * from "./binding";
export {
  createNextYearPlan,
  snapshotOfTables,
  type NextYearRequest,
  type NextYearResult,
} from "./next-year/create-next-year";
export type { NextYearPlan } from "./next-year/next-year-plan";
export type { LeftBehind } from "./next-year/carry-activities";
export type { NextBaseline } from "./next-year/baselines";
export { describeNextYear, type NextYearText } from "./next-year/next-year-text";
export { addYears } from "./next-year/shift-year";
export * from "./summary/summary-types";
export {
  summarizePlans,
  addCounts,
  NothingToSummarize,
  type PlanSource,
  type SummarizeRequest,
} from "./summary/summarize-plans";
export { summarizePlan, fileStem, type PlanSummaryOutcome } from "./summary/summarize-plan";
export { layoutPlansSummary, summaryDocuments } from "./summary/summary-layout";
export { DISTRICT_HEADERS } from "./summary/summary-districts";
export { DEVIATION_LABELS } from "./summary/summary-lists";
export * from "./follow-up";
