/**
 * `layoutTertialReport`: the report model → a print-ready `SheetLayout` (A4 portrait, one
 * page wide, title rows repeated, wrapped text). Decides only where things go and how they look.
 */
import type { SheetLayout } from "../sheet-layout";
import { LayoutBuilder, type Span } from "./layout-builder";
import { activityBlock, REPORT_COLUMN_WIDTHS } from "./report-layout-activity";
import { reportMarkerName, reportSheetName } from "./report-sheet-name";
import type { AreaSummary, StatusCounts, TertialReport } from "./report-types";

const WIDTH = REPORT_COLUMN_WIDTHS.length;

/** Rows 1–2 (the plan's title and the period) repeat at the top of every printed page. */
export const REPEATED_TITLE_ROWS = { first: 1, last: 2 } as const;

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

function full(value: string, style: Span["style"]): Span[] {
  return [{ value, style, span: WIDTH }];
}

function titleBlock(b: LayoutBuilder, report: TertialReport): void {
  const t = report.title;
  b.add(full(t.planTitle, "title"));
  b.add(full(`${t.periodLabel} ${report.year}: ${t.start}–${t.end}`, "subheading"));
  const parties = [
    t.district === null ? null : `Stadsdelsförvaltning: ${t.district}`,
    t.policeArea === null ? null : `Lokalpolisområde: ${t.policeArea}`,
    t.registrationNumber === null ? null : `Diarienummer: ${t.registrationNumber}`,
  ].filter((p): p is string => p !== null);
  if (parties.length > 0) b.add(full(parties.join(" · "), "subtitle"));
  const dates = [
    report.period === "T2" ? `Utfall hittills i år avser ${t.cumulativeStart}–${t.end}` : null,
    `Rapportdag ${t.deadline}`,
    t.createdOn === null ? null : `Skapad ${t.createdOn}`,
  ].filter((p): p is string => p !== null);
  b.add(full(`${dates.join(" · ")}.`, "subtitle"));
}

function countRow(name: string, c: StatusCounts, total: boolean): Span[] {
  const counts = [c.activities, c.reported, c.met, c.partly, c.notMet, c.notAssessed, c.missing];
  const first: Span = { value: name, style: total ? "total" : "text" };
  return [first, ...counts.map((value): Span => ({ value, style: total ? "total" : "number" }))];
}

export function areaTitle(area: Pick<AreaSummary, "nr" | "name">): string {
  return area.nr === null ? area.name : `${area.nr}. ${area.name}`;
}

function summary(b: LayoutBuilder, report: TertialReport): void {
  b.add(full("Sammanfattning per område", "heading"));
  const statusLook = ["header", "header", "header", "status-met", "status-partly", "status-not-met"] as const;
  const looks = [...statusLook, "status-not-assessed", "status-missing"] as const;
  b.add(SUMMARY_HEADERS.map((value, i) => ({ value, style: looks[i] ?? "header" })));
  for (const area of report.summary.areas) b.add(countRow(areaTitle(area), area.counts, false));
  b.add(countRow("Totalt", report.summary.total, true));
}

function missingList(b: LayoutBuilder, report: TertialReport): void {
  b.add(full("Aktiviteter utan uppföljning", "heading"));
  if (report.missing.length === 0) {
    b.add(full("Alla aktiviteter har en uppföljning för perioden.", "text"));
    return;
  }
  b.add([
    { value: "Nr", style: "header" },
    { value: "Aktivitet", style: "header", span: 4 },
    { value: "Sammankallande", style: "header", span: 3 },
  ]);
  for (const m of report.missing) {
    b.add([
      { value: m.nr, style: "text" },
      { value: m.name, style: "text", span: 4 },
      { value: m.convener, style: "text", span: 3 },
    ]);
  }
}

/** Footer text is an Excel header/footer format: a literal `&` is written `&&`. */
function footerText(text: string): string {
  return text.replace(/&/g, "&&");
}

export function layoutTertialReport(report: TertialReport): SheetLayout {
  const name = reportSheetName(report.period, report.year);
  const b = new LayoutBuilder(REPORT_COLUMN_WIDTHS);
  titleBlock(b, report);
  b.blank();
  summary(b, report);
  for (const area of report.areas) {
    b.blank();
    b.add(full(areaTitle(area), "heading"));
    if (area.activities.length === 0) b.add(full("Området har inga aktiviteter.", "text"));
    for (const activity of area.activities) {
      b.blank();
      activityBlock(b, activity, report.period === "VB");
    }
  }
  b.blank();
  missingList(b, report);
  const { rows, merges } = b.build();
  return {
    name,
    markerName: reportMarkerName(report.period, report.year),
    columnWidths: REPORT_COLUMN_WIDTHS,
    rows,
    merges,
    print: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      repeatRows: REPEATED_TITLE_ROWS,
      footer: `${footerText(`${report.title.periodLabel} ${report.year}`)} – sida &P av &N`,
    },
  };
}
