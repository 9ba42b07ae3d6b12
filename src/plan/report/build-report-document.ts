/** `buildReportDocument`: the report model → the report as a document (report-document.ts). */
import { reportMarkerName, reportSheetName } from "./report-sheet-name";
import type { ReportDocument } from "./report-document";
import { areaBlocks } from "./report-document-activity";
import { chartBlock, missingBlocks, overviewBlocks, titleBlock } from "./report-document-overview";
import type { TertialReport } from "./report-types";

/** "Skärholmen · Tertial 2 (maj–augusti) 2026": who and what, on every page. */
export function reportFooter(report: TertialReport): string {
  const period = `${report.title.periodLabel} ${report.year}`;
  return report.title.district === null ? period : `${report.title.district} · ${period}`;
}

/**
 * In this order: the title and the overview on the first page; the chart of the statuses
 * per area; each area with its goal, lägesbild and assessment before its activities; last
 * the activities without follow-up.
 */
export function buildReportDocument(report: TertialReport): ReportDocument {
  return {
    name: reportSheetName(report.period, report.year),
    markerName: reportMarkerName(report.period, report.year),
    footer: reportFooter(report),
    blocks: [
      titleBlock(report),
      ...overviewBlocks(report),
      { kind: "page-break" },
      {
        kind: "keep",
        withNext: false,
        blocks: [{ kind: "heading", level: 1, text: "Status per område" }, chartBlock(report)],
      },
      ...areaBlocks(report),
      ...missingBlocks(report),
    ],
  };
}
