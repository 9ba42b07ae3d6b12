/** One activity's block in the report sheet: its fields, follow-up(s) and indicators. */
import type { CellStyleName } from "../sheet-layout";
import type { CellInput } from "../workbook-port";
import type { LayoutBuilder, Span } from "./layout-builder";
import type { ActivityReport, IndicatorOutcome, PeriodEntry, ReportFollowUp } from "./report-types";

/** The report sheet's columns (A–H); A holds labels, B–H values. */
export const REPORT_COLUMN_WIDTHS: readonly number[] = [24, 12, 12, 12, 12, 12, 12, 12];
const VALUE_SPAN = 7;

const STATUS_STYLE: Record<ReportFollowUp["status"], CellStyleName> = {
  Uppfyllt: "status-met",
  "Delvis uppfyllt": "status-partly",
  "Ej uppfyllt": "status-not-met",
  "Ej bedömt": "status-not-assessed",
};

export const MISSING_TEXT = "Uppföljning saknas";

/** The Målet nått cell: the status as text (it prints in black and white) and its colour. */
export function statusSpan(entry: PeriodEntry, span: number): Span {
  const f = entry.followUp;
  if (f === null) return { value: MISSING_TEXT, style: "status-missing", span };
  const value = f.statusGiven ? f.status : `${f.status} (Målet nått saknas)`;
  return { value, style: STATUS_STYLE[f.status], span };
}

function text(value: string | null | undefined, span = 1): Span {
  return { value: value ?? null, style: "text", span };
}

function reported(f: ReportFollowUp | null): string | null {
  if (f === null) return null;
  const parts = [f.reportedBy, f.reportedOn].filter((p): p is string => p !== null && p.trim() !== "");
  return parts.length === 0 ? null : parts.join(", ");
}

function labelled(b: LayoutBuilder, label: string, values: readonly Span[]): void {
  b.add([{ value: label, style: "label" }, ...values]);
}

/** The periods' fields side by side: one column group per period across B–H. */
function followUpRows(b: LayoutBuilder, entries: readonly PeriodEntry[]): void {
  const spans = entries.length === 1 ? [VALUE_SPAN] : [2, 2, 3];
  const row = (pick: (e: PeriodEntry, span: number) => Span): Span[] =>
    entries.map((e, i) => pick(e, spans[i] ?? 1));
  labelled(b, "Målet nått", row(statusSpan));
  labelled(
    b,
    "Kommentar",
    row((e, span) => text(e.followUp?.comment, span)),
  );
  labelled(
    b,
    "Genomförda aktiviteter",
    row((e, span) => text(e.followUp?.done, span)),
  );
  labelled(
    b,
    "Antal möten",
    row((e, span) => text(e.followUp ? e.meetings.text : null, span)),
  );
  labelled(
    b,
    "Rapporterad av, datum",
    row((e, span) => text(reported(e.followUp), span)),
  );
}

function value(v: number | null): Span {
  return { value: v ?? "–", style: "number" };
}

function indicatorRows(b: LayoutBuilder, indicators: readonly IndicatorOutcome[], annual: boolean): void {
  if (indicators.length === 0) return;
  const header = (v: string, span = 1): Span => ({ value: v, style: "header", span });
  if (annual) {
    b.add(
      [
        header("Indikator"),
        header("Målvärde"),
        header("Enhet"),
        header("Utfall T1"),
        header("Utfall T2"),
      ].concat([header("Utfall VB"), header("Utfall helår"), header("Kommentar")]),
    );
  } else {
    b.add(
      [header("Indikator"), header("Målvärde"), header("Enhet"), header("Utfall perioden")].concat([
        header("Utfall hittills i år"),
        header("Kommentar", 3),
      ]),
    );
  }
  for (const i of indicators) {
    const lead: Span[] = [text(i.indicator), value(i.target), text(i.unit)];
    const outcomes = annual
      ? [
          value(i.byPeriod.T1),
          value(i.byPeriod.T2),
          value(i.byPeriod.VB),
          value(i.cumulativeValue),
          text(i.comment),
        ]
      : [value(i.periodValue), value(i.cumulativeValue), text(i.comment, 3)];
    b.add([...lead, ...outcomes]);
  }
}

/** Writes one activity: heading, fields, follow-up (T1, T2 and VB side by side in the VB) and indicators. */
export function activityBlock(b: LayoutBuilder, activity: ActivityReport, annual: boolean): void {
  b.add([{ value: `${activity.nr} ${activity.name}`.trim(), style: "subheading", span: 8 }]);
  labelled(b, "Sammankallande", [text(activity.convener, VALUE_SPAN)]);
  labelled(b, "Mätbara mål", [text(activity.measurableGoals, VALUE_SPAN)]);
  if (annual) {
    const heads: CellInput[] = ["Tertial 1", "Tertial 2", "Verksamhetsberättelse"];
    b.add([
      { value: "Uppföljning", style: "header" },
      ...heads.map((h, i) => ({ value: h, style: "header" as const, span: i === 2 ? 3 : 2 })),
    ]);
    followUpRows(b, activity.periods);
  } else if (activity.current.followUp === null) {
    labelled(b, "Målet nått", [statusSpan(activity.current, VALUE_SPAN)]);
  } else {
    followUpRows(b, [activity.current]);
  }
  indicatorRows(b, activity.indicators, annual);
}
