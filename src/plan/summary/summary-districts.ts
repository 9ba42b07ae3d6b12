/**
 * The summary's first sheet, "Per stadsdel": one row per district with the counts its own
 * report shows and its late reports, the total, a chart of the statuses per district, and
 * the workbooks that were left out, with why.
 */
import { PERIOD_LABELS } from "../periods";
import {
  cell,
  type ChartBlock,
  type DocBlock,
  type DocRow,
  type ReportDocument,
} from "../report/report-document";
import { statusChart, statusHeaderRow, SUMMARY_HEADERS } from "../report/report-document-overview";
import { countSv } from "../text";
import type { DistrictCounts, PlansSummary } from "./summary-types";

/** The report's summary columns with the district in front and its late reports last. */
export const DISTRICT_HEADERS: readonly string[] = [
  "Stadsdel",
  ...SUMMARY_HEADERS.slice(1),
  "Sena rapporter",
];
const DISTRICT_WIDTHS: readonly number[] = [24, 11, 12, 10, 10, 10, 10, 9, 10];
const WIDTH = DISTRICT_WIDTHS.length;
const DISTRICTS_TABLE = "districts";

export function summaryPeriodText(summary: PlansSummary): string {
  return `${PERIOD_LABELS[summary.period]} ${summary.year}`;
}

/** "Sammanställning · Tertial 2 (maj–augusti) 2026", on every page of every sheet. */
export function summaryFooter(summary: PlansSummary): string {
  return `Sammanställning · ${summaryPeriodText(summary)}`;
}

function countRow(name: string, c: DistrictCounts, total: boolean): DocRow {
  const values = [c.activities, c.reported, c.met, c.partly, c.notMet, c.notAssessed, c.missing, c.late];
  return [cell(name, total ? "total" : "text"), ...values.map((v) => cell(v, total ? "total" : "number"))];
}

function districtTable(summary: PlansSummary): DocBlock {
  const header = statusHeaderRow(DISTRICT_HEADERS);
  return {
    kind: "table",
    id: DISTRICTS_TABLE,
    headerRows: 1,
    rows: [
      header,
      ...summary.districts.map((d) => countRow(d.district, d.counts, false)),
      countRow("Totalt", summary.total, true),
    ],
  };
}

/** Bars of about 18 pt per district, with room for the axis and the legend; one page at most. */
function chartHeight(districts: number): number {
  return Math.min(600, Math.max(170, 90 + 20 * districts));
}

function chart(summary: PlansSummary): ChartBlock {
  return statusChart(
    `Målet nått per stadsdel, ${summary.period} ${summary.year}`,
    summary.districts.map((d) => ({ name: d.district, counts: d.counts })),
    chartHeight(summary.districts.length),
    DISTRICTS_TABLE,
  );
}

function skippedBlocks(summary: PlansSummary): DocBlock[] {
  const heading: DocBlock = { kind: "heading", level: 1, text: "Arbetsböcker som inte är med" };
  if (summary.skipped.length === 0) {
    return [heading, { kind: "text", text: "Alla arbetsböcker i mappen är med.", style: "text" }];
  }
  const header: DocRow = [
    cell("Arbetsbok", "header", 3),
    cell("Varför den inte är med", "header", WIDTH - 3),
  ];
  const rows = summary.skipped.map((s): DocRow => [
    cell(s.file, "text", 3),
    cell(s.reason, "text", WIDTH - 3),
  ]);
  return [heading, { kind: "table", headerRows: 1, rows: [header, ...rows] }];
}

/** The sheet "Per stadsdel". */
export function districtsDocument(summary: PlansSummary): ReportDocument {
  const made = summary.createdOn === null ? "" : ` · Skapad ${summary.createdOn}`;
  return {
    name: "Per stadsdel",
    markerName: "atgardsplan_sammanstallning_stadsdelar",
    footer: summaryFooter(summary),
    columnWidths: DISTRICT_WIDTHS,
    blocks: [
      {
        kind: "title",
        lines: [
          { text: "Sammanställning av åtgärdsplanerna", style: "title" },
          { text: summaryPeriodText(summary), style: "subheading" },
          {
            text: `${countSv(summary.districts.length, "stadsdel", "stadsdelar")} · planerna i ${summary.source}${made}`,
            style: "subtitle",
          },
        ],
      },
      { kind: "heading", level: 1, text: "Status per stadsdel" },
      districtTable(summary),
      {
        kind: "text",
        style: "note",
        text:
          "Siffrorna är desamma som i varje stadsdels egen rapport för perioden. Saknas: aktiviteter " +
          "utan uppföljning för perioden. Sena rapporter: uppföljningar rapporterade efter rapportdagen.",
      },
      {
        kind: "keep",
        withNext: false,
        blocks: [{ kind: "heading", level: 1, text: "Målet nått per stadsdel" }, chart(summary)],
      },
      ...skippedBlocks(summary),
    ],
  };
}
