/**
 * The summary over many plans as the sheets of a new workbook, in reading order:
 * "Per stadsdel" (counts, chart, the workbooks left out), "Alla aktiviteter", "Avvikelser".
 * Each is a report document laid out as the tertial report is (A4, one page wide, title
 * rows and a list's header repeated on every page).
 */
import { layoutReportDocument } from "../report/report-layout";
import type { ReportDocument } from "../report/report-document";
import type { SheetLayout } from "../sheet-layout";
import { districtsDocument } from "./summary-districts";
import { activitiesDocument, deviationsDocument } from "./summary-lists";
import type { PlansSummary } from "./summary-types";

export function summaryDocuments(summary: PlansSummary): ReportDocument[] {
  return [districtsDocument(summary), activitiesDocument(summary), deviationsDocument(summary)];
}

export function layoutPlansSummary(summary: PlansSummary): SheetLayout[] {
  return summaryDocuments(summary).map(layoutReportDocument);
}
