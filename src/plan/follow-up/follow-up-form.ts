/**
 * "Rapportera uppföljning": the form for one activity and period, opened from a workbook
 * snapshot. It holds what the plan asks (Målet nått, Kommentar, Genomförda aktiviteter, Antal
 * möten, each indicator's Utfall, the area's Bedömning) as the workbook has it now, and the
 * rows it was read from: where they are and their cells, so that saving writes exactly those
 * rows and can tell whether a co-author changed them in between.
 */
import { GOAL_STATUSES, type GoalStatus, type Period, type TableName } from "../contract";
import { locatePlanTables, type LocatedPlan, type LocatedTable } from "../locate-tables";
import type { PlanData } from "../plan-data";
import { areaOfActivity, indexPlan } from "../plan-index";
import { PlanError } from "../plan-errors";
import { assertPlanStructure } from "../plan-structure";
import { rawToText, type RawValue } from "../raw-value";
import { readPlanData } from "../read-plan";
import { plannedForPeriod } from "../report/report-follow-up";
import { comparable } from "../text";
import type { TableLocation, WorkbookSnapshot } from "../workbook-port";
import { periodDeadline } from "./reporting-status";

export interface FollowUpKey {
  readonly nr: string;
  readonly period: Period;
  readonly year: number;
}

/** What the convener fills in, as typed (numbers as text, "" for nothing). */
export interface FollowUpEntry {
  readonly status: GoalStatus | null;
  readonly comment: string;
  readonly done: string;
  readonly meetings: string;
  /** Utfall's Värde by indicator name. */
  readonly outcomes: Readonly<Record<string, string>>;
  /** The area's Bedömning: Samlad bedömning, Analys, Åtgärder framåt. */
  readonly summary: string;
  readonly analysis: string;
  readonly nextSteps: string;
}

/** A row the form reads and writes: where it is and what it held, or that it is not there yet. */
export interface RowAsRead {
  readonly table: TableName;
  readonly location: TableLocation;
  /** The data row, 1-based; null when the workbook has no such row yet. */
  readonly row: number | null;
  /** Its cells as read; empty for a row not there yet. */
  readonly cells: readonly RawValue[];
  /** Column index (0-based) by contract key, for the columns the table has. */
  readonly columns: ReadonlyMap<string, number>;
}

export interface FormIndicator {
  readonly name: string;
  readonly unit: string | null;
  /** Målvärde. */
  readonly target: number | null;
}

export interface FollowUpForm {
  readonly key: FollowUpKey;
  readonly activity: {
    readonly nr: string;
    readonly name: string;
    readonly convener: string | null;
    readonly meetingFrequency: string | null;
    readonly measurableGoals: string | null;
  };
  /** The activity's area, when Omraden has it. */
  readonly area: { readonly nr: number; readonly name: string } | null;
  /** The period's report deadline, `YYYY-MM-DD`. */
  readonly deadline: string;
  /** Meetings Mötesfrekvens implies for the period, in whole meetings; null when it implies none. */
  readonly plannedMeetings: number | null;
  readonly indicators: readonly FormIndicator[];
  /** The entry as the workbook holds it now. */
  readonly entry: FollowUpEntry;
  /** Rapporterad av and Rapportdatum as the workbook holds them. */
  readonly reportedBy: string | null;
  readonly reportedOn: string | null;
  readonly rows: {
    readonly followUp: RowAsRead;
    /** By indicator name; absent when the plan has no Utfall table. */
    readonly outcomes: ReadonlyMap<string, RowAsRead> | null;
    /** Null when the plan has no Bedömning table or the area is unknown. */
    readonly assessment: RowAsRead | null;
  };
  /** The snapshot the form was read from: validation applies the entry to a copy of it. */
  readonly snapshot: WorkbookSnapshot;
}

/** The tables a follow-up cannot be reported without. */
const NEEDED: readonly TableName[] = ["Aktiviteter", "Uppfoljning"];

/** A number as a Swedish user writes it: "2,5". */
export function numberText(value: RawValue): string {
  const text = rawToText(value) ?? "";
  return typeof value === "number" ? text.replace(".", ",") : text;
}

function rowAsRead(table: LocatedTable, row: number | null): RowAsRead {
  return {
    table: table.def.name,
    location: table.location,
    row,
    cells: (row === null ? undefined : table.rows[row - 1]) ?? [],
    columns: table.columns.indexByKey,
  };
}

/** The cell of a row by contract key (null when absent or the row is not there). */
export function cellOf(row: RowAsRead, key: string): RawValue {
  const at = row.columns.get(key);
  return at === undefined ? null : (row.cells[at] ?? null);
}

function textOf(read: RowAsRead | null, key: string): string {
  return read === null ? "" : (rawToText(cellOf(read, key)) ?? "");
}

function goalOf(value: RawValue): GoalStatus | null {
  const text = rawToText(value);
  if (text === null) return null;
  return GOAL_STATUSES.find((s) => comparable(s) === comparable(text)) ?? null;
}

function outcomeRows(
  located: LocatedPlan,
  plan: PlanData,
  key: FollowUpKey,
  indicators: readonly FormIndicator[],
): Map<string, RowAsRead> | null {
  const table = located.tables.get("Utfall");
  if (!table) return null;
  const rows = new Map<string, RowAsRead>();
  for (const indicator of indicators) {
    const found = plan.outcomes?.find(
      (o) =>
        o.activity === key.nr &&
        o.year === key.year &&
        o.period === key.period &&
        o.indicator !== null &&
        comparable(o.indicator) === comparable(indicator.name),
    );
    rows.set(indicator.name, rowAsRead(table, found ? found.row : null));
  }
  return rows;
}

/** The activity's area as Omraden has it; null when its Nr names no area listed there. */
function areaOf(plan: PlanData, nr: string): FollowUpForm["area"] {
  const areaNr = areaOfActivity(nr);
  if (areaNr === null) return null;
  const found = plan.areas.find((a) => a.nr === areaNr);
  return found ? { nr: areaNr, name: found.name ?? "" } : null;
}

function assessmentRow(located: LocatedPlan, plan: PlanData, area: number, key: FollowUpKey) {
  const table = located.tables.get("Bedomning");
  if (!table) return null;
  const found = plan.assessments?.find(
    (a) => a.area === area && a.year === key.year && a.period === key.period,
  );
  return rowAsRead(table, found ? found.row : null);
}

/**
 * The form for `key` over `snapshot`. Throws PlanStructureError when Aktiviteter or
 * Uppföljning (or one of their required columns) is missing, PlanError when the activity is not
 * in the plan.
 */
export function openFollowUpForm(snapshot: WorkbookSnapshot, key: FollowUpKey): FollowUpForm {
  const located = locatePlanTables(snapshot);
  assertPlanStructure(located, NEEDED, "rapportera uppföljningen");
  const plan = readPlanData(located);
  const index = indexPlan(plan);
  const activity = index.activityByNr.get(key.nr);
  const followUps = located.tables.get("Uppfoljning");
  if (!activity || !followUps) {
    throw new PlanError(`Aktivitet ${key.nr} finns inte i Aktiviteter. Välj en annan aktivitet.`);
  }
  const area = areaOf(plan, key.nr);
  const indicators: FormIndicator[] = (index.indicatorsByActivity.get(key.nr) ?? []).flatMap((i) =>
    i.indicator === null ? [] : [{ name: i.indicator, unit: i.unit, target: i.target }],
  );
  const existing = plan.followUps.find(
    (f) => f.activity === key.nr && f.year === key.year && f.period === key.period,
  );
  const followUp = rowAsRead(followUps, existing ? existing.row : null);
  const outcomes = outcomeRows(located, plan, key, indicators);
  const assessment = area ? assessmentRow(located, plan, area.nr, key) : null;
  const outcomeTexts: Record<string, string> = {};
  for (const [name, row] of outcomes ?? []) outcomeTexts[name] = numberText(cellOf(row, "value"));
  return {
    key,
    activity: {
      nr: key.nr,
      name: activity.name ?? "",
      convener: activity.convener,
      meetingFrequency: activity.meetingFrequency,
      measurableGoals: activity.measurableGoals,
    },
    area,
    deadline: periodDeadline(index, key.period, key.year),
    plannedMeetings: plannedForPeriod(activity.meetingFrequency, key.period, key.year),
    indicators: outcomes === null ? [] : indicators,
    entry: {
      status: goalOf(cellOf(followUp, "status")),
      comment: textOf(followUp, "comment"),
      done: textOf(followUp, "done"),
      meetings: numberText(cellOf(followUp, "meetings")),
      outcomes: outcomeTexts,
      summary: textOf(assessment, "summary"),
      analysis: textOf(assessment, "analysis"),
      nextSteps: textOf(assessment, "nextSteps"),
    },
    reportedBy: existing?.reportedBy ?? null,
    reportedOn: existing?.reportedOn ?? null,
    rows: { followUp, outcomes, assessment },
    snapshot,
  };
}
