/**
 * The summary's lists, each a sheet whose header row repeats on every printed page:
 * "Alla aktiviteter" (every activity of every district with its status in each period so
 * far) and "Avvikelser" (the period's deviations of every district, as their reports list
 * them).
 */
import { PERIOD_COLUMN } from "../report/report-document-overview";
import { cell, type DocBlock, type DocRow, type ReportDocument } from "../report/report-document";
import { periodsSoFar } from "../report/report-overview";
import { STATUS_LOOKS } from "../report/report-statuses";
import type { DeviationKind } from "../report/report-types";
import { countSv } from "../text";
import { summaryFooter, summaryPeriodText } from "./summary-districts";
import type { PlansSummary } from "./summary-types";

const LIST_TABLE = "list";

/** What kind of deviation, as the Avvikelser sheet's column says it. */
export const DEVIATION_LABELS: Readonly<Record<DeviationKind, string>> = {
  missing: "Uppföljning saknas",
  late: "Sen rapport",
  "not-met": "Ej uppfyllt",
  "not-assessed-without-comment": "Ej bedömt utan kommentar",
  "meetings-below-plan": "Färre möten än planerat",
  worse: "Sämre än förra perioden",
};

function listDocument(
  summary: PlansSummary,
  sheet: { name: string; marker: string; widths: readonly number[]; subtitle: string },
  rows: readonly DocRow[],
  empty: string,
): ReportDocument {
  const title: DocBlock = {
    kind: "title",
    lines: [
      { text: `${sheet.name} · Sammanställning`, style: "title" },
      { text: `${summaryPeriodText(summary)} · ${sheet.subtitle}`, style: "subheading" },
    ],
  };
  const body: DocBlock =
    rows.length > 1
      ? { kind: "table", id: LIST_TABLE, headerRows: 1, rows }
      : { kind: "text", text: empty, style: "text" };
  return {
    name: sheet.name,
    markerName: sheet.marker,
    footer: summaryFooter(summary),
    columnWidths: sheet.widths,
    ...(rows.length > 1 ? { repeatHeaderOf: LIST_TABLE } : {}),
    blocks: [title, body],
  };
}

/** The sheet "Alla aktiviteter". */
export function activitiesDocument(summary: PlansSummary): ReportDocument {
  const periods = periodsSoFar(summary.period);
  const header: DocRow = [
    cell("Stadsdel", "header"),
    cell("Nr", "header"),
    cell("Aktivitet", "header"),
    cell("Sammankallande", "header"),
    ...periods.map((p) => cell(PERIOD_COLUMN[p], "header")),
  ];
  const rows = summary.districts.flatMap((d) =>
    d.activities.map((a): DocRow => [
      cell(d.district, "text"),
      cell(a.nr, "text"),
      cell(a.name, "text"),
      cell(a.convener, "text"),
      ...a.statuses.map(({ status }) => cell(STATUS_LOOKS[status].short, STATUS_LOOKS[status].style)),
    ]),
  );
  const count = countSv(rows.length, "aktivitet", "aktiviteter");
  return listDocument(
    summary,
    {
      name: "Alla aktiviteter",
      marker: "atgardsplan_sammanstallning_aktiviteter",
      widths: [22, 6, 32, 26, ...periods.map(() => 13)],
      subtitle: `${count} i ${countSv(summary.districts.length, "stadsdel", "stadsdelar")}`,
    },
    [header, ...rows],
    "Planerna har inga aktiviteter.",
  );
}

/** The sheet "Avvikelser". */
export function deviationsDocument(summary: PlansSummary): ReportDocument {
  const header: DocRow = ["Stadsdel", "Nr", "Aktivitet", "Avvikelse", "Beskrivning"].map((h) =>
    cell(h, "header"),
  );
  const rows = summary.districts.flatMap((d) =>
    d.deviations.map((v): DocRow => [
      cell(d.district, "text"),
      cell(v.nr, "text"),
      cell(v.name, "text"),
      cell(DEVIATION_LABELS[v.kind], "text"),
      cell(v.text, "text"),
    ]),
  );
  const count = countSv(rows.length, "avvikelse", "avvikelser");
  return listDocument(
    summary,
    {
      name: "Avvikelser",
      marker: "atgardsplan_sammanstallning_avvikelser",
      widths: [22, 6, 28, 26, 40],
      subtitle: `${count} i ${countSv(summary.districts.length, "stadsdel", "stadsdelar")}`,
    },
    [header, ...rows],
    "Inga avvikelser för perioden.",
  );
}
