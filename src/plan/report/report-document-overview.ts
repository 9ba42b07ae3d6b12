/**
 * The report's front: the title, the overview page (every activity with the period's
 * deviations and its statuses so far this year, then the counts per area), the chart, and
 * last the activities without follow-up.
 */
import type { Period } from "../contract";
import {
  cell,
  GRID_WIDTH,
  type ChartBlock,
  type DocBlock,
  type DocCell,
  type DocRow,
  type TitleBlock,
} from "./report-document";
import { STATUS_LOOKS, STATUS_ORDER } from "./report-statuses";
import type { AreaSummary, StatusCounts, TertialReport } from "./report-types";

/** The columns of the summary per area; the chart draws from the status columns (D–H). */
export const SUMMARY_HEADERS = [
  "Område",
  "Aktiviteter",
  "Rapporterade",
  "Uppfyllt",
  "Delvis uppfyllt",
  "Ej uppfyllt",
  "Ej bedömt",
  "Saknas",
] as const;
const FIRST_STATUS_COLUMN = 4;

/** The table the chart draws from. */
export const SUMMARY_TABLE = "summary";

/** How a period's column is headed wherever periods stand side by side. */
export const PERIOD_COLUMN: Readonly<Record<Period, string>> = { T1: "T1", T2: "T2", VB: "Helår (VB)" };

export function areaTitle(area: Pick<AreaSummary, "nr" | "name">): string {
  return area.nr === null ? area.name : `${area.nr}. ${area.name}`;
}

export function titleBlock(report: TertialReport): TitleBlock {
  const t = report.title;
  const parties = [
    t.district === null ? null : `Stadsdelsförvaltning: ${t.district}`,
    t.policeArea === null ? null : `Lokalpolisområde: ${t.policeArea}`,
    t.registrationNumber === null ? null : `Diarienummer: ${t.registrationNumber}`,
  ].filter((p): p is string => p !== null);
  const dates = [
    report.period === "T2" ? `Utfall hittills i år avser ${t.cumulativeStart}–${t.end}` : null,
    `Rapportdag ${t.deadline}`,
    t.createdOn === null ? null : `Skapad ${t.createdOn}`,
  ].filter((p): p is string => p !== null);
  return {
    kind: "title",
    lines: [
      { text: t.planTitle, style: "title" },
      { text: `${t.periodLabel} ${report.year}: ${t.start}–${t.end}`, style: "subheading" },
      ...(parties.length > 0 ? [{ text: parties.join(" · "), style: "subtitle" as const }] : []),
      { text: `${dates.join(" · ")}.`, style: "subtitle" },
    ],
  };
}

/** Grid columns for the activity's Nr and name in the overview. */
const ACTIVITY_SPAN = 2;

/**
 * Every activity on one row: its Nr and name, the period's deviations (one a line) and its
 * coloured status in each period so far, so that the overview stays on one page.
 */
function statusMatrix(report: TertialReport): DocBlock {
  const { periods, rows, deviations } = report.overview;
  const deviationSpan = GRID_WIDTH - ACTIVITY_SPAN - periods.length;
  const byActivity = new Map<string, string[]>();
  for (const d of deviations) byActivity.set(d.nr, [...(byActivity.get(d.nr) ?? []), d.text]);
  const header: DocRow = [
    cell("Aktivitet", "header", ACTIVITY_SPAN),
    cell(`Avvikelser ${report.period} ${report.year}`, "header", deviationSpan),
    ...periods.map((p) => cell(PERIOD_COLUMN[p], "header")),
  ];
  const body = rows.map((row): DocRow => [
    cell(`${row.nr} ${row.name}`.trim(), "text", ACTIVITY_SPAN),
    cell((byActivity.get(row.nr) ?? []).join("\n") || null, "text", deviationSpan),
    ...row.statuses.map(({ status }) => cell(STATUS_LOOKS[status].short, STATUS_LOOKS[status].style)),
  ]);
  return { kind: "table", id: "status", headerRows: 1, rows: [header, ...body], dense: true };
}

function countRow(name: string, c: StatusCounts, total: boolean): DocRow {
  const counts = [c.activities, c.reported, c.met, c.partly, c.notMet, c.notAssessed, c.missing];
  return [
    cell(name, total ? "total" : "text"),
    ...counts.map((value): DocCell => cell(value, total ? "total" : "number")),
  ];
}

/**
 * A count table's header: the status columns (from column D, in `STATUS_ORDER`) in their
 * statuses' colours, the others plain.
 */
export function statusHeaderRow(headers: readonly string[]): DocRow {
  const looks = STATUS_ORDER.map((key) => STATUS_LOOKS[key].style);
  // Columns before D have no status (a negative index) and keep the header style.
  return headers.map((value, i) => cell(value, looks[i + 1 - FIRST_STATUS_COLUMN] ?? "header"));
}

function summaryTable(report: TertialReport): DocBlock {
  const header = statusHeaderRow(SUMMARY_HEADERS);
  return {
    kind: "table",
    id: SUMMARY_TABLE,
    headerRows: 1,
    rows: [
      header,
      ...report.summary.areas.map((area) => countRow(areaTitle(area), area.counts, false)),
      countRow("Totalt", report.summary.total, true),
    ],
  };
}

/** The overview: one page that the council reads first. */
export function overviewBlocks(report: TertialReport): DocBlock[] {
  return [
    { kind: "heading", level: 1, text: "Översikt" },
    statusMatrix(report),
    {
      kind: "keep",
      withNext: false,
      blocks: [{ kind: "heading", level: 3, text: "Sammanfattning per område" }, summaryTable(report)],
    },
  ];
}

/** Bars of about 22 pt per area, with room for the axis and the legend. */
function chartHeight(areas: number): number {
  return Math.min(400, Math.max(170, 90 + 26 * areas));
}

/**
 * Stacked bars of the statuses, one per row of a count table (`table`: its name in column A
 * and the statuses from column D on, one row per category after the header row).
 */
export function statusChart(
  title: string,
  rows: readonly { readonly name: string; readonly counts: StatusCounts }[],
  height: number,
  table: string,
): ChartBlock {
  return {
    kind: "chart",
    title,
    categories: rows.map((r) => r.name),
    series: STATUS_ORDER.map((key) => ({
      name: STATUS_LOOKS[key].label,
      color: STATUS_LOOKS[key].chartColor,
      values: rows.map((r) => r.counts[key]),
    })),
    valueAxisTitle: "Antal aktiviteter",
    height,
    source: {
      table,
      firstRow: 1,
      categoryColumn: 1,
      valueColumns: STATUS_ORDER.map((_, i) => FIRST_STATUS_COLUMN + i),
    },
  };
}

/** The chart of the statuses per area, drawn from the summary table. */
export function chartBlock(report: TertialReport): ChartBlock {
  const areas = report.summary.areas;
  return statusChart(
    `Målet nått per område, ${report.period} ${report.year}`,
    areas.map((a) => ({ name: areaTitle(a), counts: a.counts })),
    chartHeight(areas.length),
    SUMMARY_TABLE,
  );
}

export function missingBlocks(report: TertialReport): DocBlock[] {
  const heading: DocBlock = { kind: "heading", level: 1, text: "Aktiviteter utan uppföljning" };
  if (report.missing.length === 0) {
    return [
      heading,
      { kind: "text", text: "Alla aktiviteter har en uppföljning för perioden.", style: "text" },
    ];
  }
  const header: DocRow = [
    cell("Nr", "header"),
    cell("Aktivitet", "header", 4),
    cell("Sammankallande", "header", 3),
  ];
  const rows = report.missing.map((m): DocRow => [
    cell(m.nr, "text"),
    cell(m.name, "text", 4),
    cell(m.convener, "text", 3),
  ]);
  return [heading, { kind: "table", headerRows: 1, rows: [header, ...rows] }];
}
