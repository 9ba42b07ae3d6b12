/**
 * Each area of the report: its goal, lägesbild and the period's assessment, then each of its
 * activities as one block that is printed on one page: fields, follow-up (T1, T2 and
 * helår side by side in the VB), meetings and indicators.
 */
import type { Period } from "../contract";
import { rawDate } from "../raw-value";
import type { CellStyleName } from "../sheet-layout";
import { cell, fieldRow, GRID_WIDTH, type DocBlock, type DocCell, type DocRow } from "./report-document";
import { areaTitle, PERIOD_COLUMN } from "./report-document-overview";
import type {
  ActivityReport,
  AreaSection,
  IndicatorOutcome,
  PeriodEntry,
  ReportFollowUp,
  TertialReport,
} from "./report-types";

const VALUE_SPAN = GRID_WIDTH - 1;

const STATUS_STYLE: Record<ReportFollowUp["status"], CellStyleName> = {
  Uppfyllt: "status-met",
  "Delvis uppfyllt": "status-partly",
  "Ej uppfyllt": "status-not-met",
  "Ej bedömt": "status-not-assessed",
};

export const MISSING_TEXT = "Uppföljning saknas";

/** What the VB's side-by-side columns cover, under the activity's tables. */
export const VB_COLUMNS_NOTE =
  "T1 avser januari–april, T2 maj–augusti och Helår (VB) hela året: lägg inte ihop kolumnerna.";

const PERIOD_SPAN: Readonly<Record<Period, string>> = { T1: "jan–apr", T2: "maj–aug", VB: "helår" };

/** The Målet nått cell: the status as text (it prints in black and white) and its colour. */
export function statusCell(entry: PeriodEntry, span: number): DocCell {
  const f = entry.followUp;
  if (f === null) return cell(MISSING_TEXT, "status-missing", span);
  return cell(f.statusGiven ? f.status : `${f.status} (Målet nått saknas)`, STATUS_STYLE[f.status], span);
}

function text(value: string | null | undefined, span = 1): DocCell {
  return cell(value ?? null, "text", span);
}

function dateCell(iso: string | null | undefined, span: number): DocCell {
  return cell(iso ? rawDate(iso) : null, "text", span);
}

/** An area's heading, goal, lägesbild and the period's assessment. */
function areaIntro(area: AreaSection, period: Period, year: number): DocBlock[] {
  const blocks: DocBlock[] = [{ kind: "heading", level: 1, text: areaTitle(area) }];
  if (area.nr === null) return blocks;
  blocks.push({
    kind: "table",
    headerRows: 0,
    rows: [fieldRow("Övergripande mål och syfte", area.goal), fieldRow("Lägesbild", area.situation ?? "–")],
  });
  blocks.push({ kind: "heading", level: 3, text: `Bedömning ${period} ${year}` });
  const a = area.assessment;
  if (a === null) {
    blocks.push({
      kind: "text",
      text: `Ingen bedömning för ${period} ${year}: skriv den i bladet Bedömning.`,
      style: "text",
    });
  } else {
    blocks.push({
      kind: "table",
      headerRows: 0,
      rows: [
        fieldRow("Samlad bedömning", a.summary),
        fieldRow("Analys", a.analysis ?? "–"),
        fieldRow("Åtgärder framåt", a.nextSteps ?? "–"),
      ],
    });
  }
  return blocks;
}

/** The periods' fields side by side: one column group per period across B–H. */
function followUpRows(entries: readonly PeriodEntry[]): DocRow[] {
  const spans = entries.length === 1 ? [VALUE_SPAN] : [2, 2, 3];
  const row = (label: string, pick: (e: PeriodEntry, span: number) => DocCell): DocRow => [
    cell(label, "label"),
    ...entries.map((e, i) => pick(e, spans[i] ?? 1)),
  ];
  const single = entries.length === 1 ? entries[0] : undefined;
  const rows: DocRow[] = [
    row("Målet nått", statusCell),
    row("Kommentar", (e, span) => text(e.followUp?.comment, span)),
    row("Genomförda aktiviteter", (e, span) => text(e.followUp?.done, span)),
    row(single ? `Möten ${single.period} (${PERIOD_SPAN[single.period]})` : "Antal möten", (e, span) =>
      text(e.followUp ? e.meetings.text : null, span),
    ),
  ];
  if (single?.meetingsSoFar && single.followUp) {
    rows.push(fieldRow("Möten hittills i år", single.meetingsSoFar.text));
  }
  rows.push(row("Rapporterad av", (e, span) => text(e.followUp?.reportedBy, span)));
  rows.push(row("Rapportdatum", (e, span) => dateCell(e.followUp?.reportedOn, span)));
  return rows;
}

function number(v: number | null): DocCell {
  return cell(v ?? "–", "number");
}

function baseline(i: IndicatorOutcome): DocCell {
  if (i.baseline === null) return cell("–", "number");
  return i.baselineYear === null ? number(i.baseline) : cell(`${i.baseline} (${i.baselineYear})`, "number");
}

function earlier(i: IndicatorOutcome, span: number): DocCell {
  const text = i.earlier.map((e) => `${e.year}: ${e.value}`).join("; ");
  return cell(text === "" ? "–" : text, "text", span);
}

/** Utgångsvärde → Målvärde → outcome (the period and the year so far) and earlier years. */
function indicatorRows(indicators: readonly IndicatorOutcome[], period: Period): DocRow[] {
  if (indicators.length === 0) return [];
  const header = (v: string, span = 1): DocCell => cell(v, "header", span);
  const lead = [header("Indikator"), header("Utgångsvärde (år)"), header("Målvärde"), header("Enhet")];
  const annual = period === "VB";
  const heads = annual
    ? [header(PERIOD_COLUMN.T1), header(PERIOD_COLUMN.T2), header(PERIOD_COLUMN.VB), header("Tidigare år")]
    : [
        header(`Utfall ${period} (${PERIOD_SPAN[period]})`),
        header(`Hittills i år (jan–${period === "T1" ? "apr" : "aug"})`),
        header("Tidigare år", 2),
      ];
  const rows: DocRow[] = [[...lead, ...heads]];
  for (const i of indicators) {
    const first = [text(i.indicator), baseline(i), number(i.target), text(i.unit)];
    const outcomes = annual
      ? [number(i.byPeriod.T1), number(i.byPeriod.T2), number(i.byPeriod.VB), earlier(i, 1)]
      : [number(i.periodValue), number(i.cumulativeValue), earlier(i, 2)];
    rows.push([...first, ...outcomes]);
    if (i.comment) rows.push([text(null), text(`Kommentar ${period}: ${i.comment}`, VALUE_SPAN)]);
  }
  return rows;
}

/** One activity: heading, fields, follow-up and indicators, kept on one page. */
function activityBlock(activity: ActivityReport, period: Period): DocBlock {
  const annual = period === "VB";
  const rows: DocRow[] = [
    fieldRow("Sammankallande", activity.convener),
    fieldRow("Mätbara mål", activity.measurableGoals),
  ];
  if (annual) {
    rows.push([
      cell("Uppföljning", "header"),
      ...activity.periods.map((e, i) => cell(PERIOD_COLUMN[e.period], "header", i === 2 ? 3 : 2)),
    ]);
    rows.push(...followUpRows(activity.periods));
  } else if (activity.current.followUp === null) {
    rows.push([cell("Målet nått", "label"), statusCell(activity.current, VALUE_SPAN)]);
  } else {
    rows.push(...followUpRows([activity.current]));
  }
  const blocks: DocBlock[] = [
    { kind: "heading", level: 2, text: `${activity.nr} ${activity.name}`.trim() },
    { kind: "table", headerRows: 0, rows },
  ];
  const indicators = indicatorRows(activity.indicators, period);
  if (indicators.length > 0) blocks.push({ kind: "table", headerRows: 1, rows: indicators });
  if (annual) blocks.push({ kind: "text", text: VB_COLUMNS_NOTE, style: "note" });
  return { kind: "keep", blocks, withNext: false };
}

/** Every area: its intro kept with its first activity, then each activity on one page. */
export function areaBlocks(report: TertialReport): DocBlock[] {
  return report.areas.flatMap((area): DocBlock[] => {
    const intro: DocBlock = {
      kind: "keep",
      blocks: areaIntro(area, report.period, report.year),
      withNext: true,
    };
    if (area.activities.length === 0) {
      return [intro, { kind: "text", text: "Området har inga aktiviteter.", style: "text" }];
    }
    return [intro, ...area.activities.map((a) => activityBlock(a, report.period))];
  });
}
