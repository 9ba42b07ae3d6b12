/**
 * `planNextYear`: next year's plan from this one, as the tables of a new workbook. Plan gets
 * the new År and its report days a year on; Områden go on whole; the activities whose Löptid
 * continues into the new year go on with their Deltagare and Indikatorer (each indicator's
 * baseline from this year's outcome) and every year's Utfall, so the report can show a
 * series; Uppföljning and Bedömning start empty. Cells are copied as the user wrote them.
 */
import { tableDef, type TableName } from "../contract";
import type { LocatedPlan, LocatedTable } from "../locate-tables";
import type { PlanData, PlanInfo } from "../plan-data";
import { indexPlan } from "../plan-index";
import { rawToText } from "../raw-value";
import { excelRow } from "../row-subject";
import { planTemplate } from "../template";
import { comparable } from "../text";
import type { CellInput, NewTable } from "../workbook-port";
import { nextBaseline, type NextBaseline } from "./baselines";
import { carryActivities, type LeftBehind } from "./carry-activities";
import { addYears } from "./shift-year";
import { contractCells, ownColumns } from "./table-rows";

const DEFAULT_TITLE = "Åtgärdsplan för gemensamma prioriteringar";

/** Next year's plan as tables, and what happened on the way, for the user to read. */
export interface NextYearPlan {
  /** The plan year it was made from, and the new plan's year. */
  readonly fromYear: number;
  readonly year: number;
  readonly district: string | null;
  /** Every table of the contract, in order, for a new workbook. */
  readonly tables: readonly NewTable[];
  /** Rows written per table. */
  readonly counts: Readonly<Record<TableName, number>>;
  /** The activities that went on, by Nr, in the table's order. */
  readonly carried: readonly string[];
  readonly leftBehind: readonly LeftBehind[];
  /** Every carried indicator's new baseline. */
  readonly baselines: readonly NextBaseline[];
  /** The old plan's Diarienummer, which the new plan does not take over; null when it had none. */
  readonly registrationNumber: string | null;
  /** Columns of the user's own that the new workbook does not have: sheet → headers. */
  readonly ownColumns: readonly { readonly sheet: string; readonly headers: readonly string[] }[];
}

type Rows = (readonly CellInput[])[];

function planRow(table: LocatedTable | undefined, info: PlanInfo | null, fromYear: number, year: number) {
  const shift = (date: string | null) =>
    date === null ? null : { kind: "date" as const, iso: addYears(date, year - fromYear) };
  const replace: Record<string, CellInput> = {
    year,
    registrationNumber: null,
    deadlineT1: shift(info?.deadlineT1 ?? null),
    deadlineT2: shift(info?.deadlineT2 ?? null),
    deadlineVB: shift(info?.deadlineVB ?? null),
  };
  if (table && info) return contractCells(table, info, replace);
  return tableDef("Plan").columns.map((c) => (c.key === "title" ? DEFAULT_TITLE : (replace[c.key] ?? null)));
}

/**
 * The new plan for `year` from a plan of `fromYear` (the caller has resolved both, `year`
 * after `fromYear`).
 */
export function planNextYear(
  located: LocatedPlan,
  plan: PlanData,
  fromYear: number,
  year: number,
): NextYearPlan {
  const table = (name: TableName) => located.tables.get(name);
  const copy = <T extends { readonly row: number }>(name: TableName, rows: readonly T[]): Rows => {
    const source = table(name);
    return source ? rows.map((row) => contractCells(source, row)) : [];
  };
  const activitiesTable = table("Aktiviteter");
  const durationAt = activitiesTable?.columns.indexByKey.get("duration");
  const { carried, leftBehind } = carryActivities(plan.activities, year, {
    sheetRow: (row) => (activitiesTable ? excelRow(activitiesTable, row) : row + 1),
    duration: (activity) =>
      durationAt === undefined
        ? null
        : rawToText(activitiesTable?.rows[activity.row - 1]?.[durationAt] ?? null),
  });
  const nrs = new Set(carried.map((a) => a.nr));
  const index = indexPlan(plan);

  const baselines: NextBaseline[] = [];
  const indicatorKeys = new Set<string>();
  const indicatorRows: Rows = [];
  const indicators = table("Indikatorer");
  // Without an Indikatorer table there are no indicators (null) to carry.
  plan.indicators?.forEach((indicator) => {
    if (indicator.activity === null || !nrs.has(indicator.activity) || !indicators) return;
    if (indicator.indicator === null) {
      indicatorRows.push(contractCells(indicators, indicator));
      return;
    }
    indicatorKeys.add(`${indicator.activity}\u0000${comparable(indicator.indicator)}`);
    const outcomes = index.outcomesByActivity.get(indicator.activity) ?? [];
    const next = nextBaseline(
      indicator.activity,
      { ...indicator, indicator: indicator.indicator },
      outcomes,
      fromYear,
    );
    baselines.push(next);
    const replace: Record<string, CellInput> =
      next.source === "outcome" ? { baseline: next.baseline, baselineYear: next.baselineYear } : {};
    indicatorRows.push(contractCells(indicators, indicator, replace));
  });
  const outcomes = (plan.outcomes ?? []).filter(
    (o) =>
      o.activity !== null &&
      o.indicator !== null &&
      indicatorKeys.has(`${o.activity}\u0000${comparable(o.indicator)}`),
  );

  const rows: Partial<Record<TableName, Rows>> = {
    Plan: [planRow(table("Plan"), plan.info, fromYear, year)],
    Omraden: copy("Omraden", plan.areas),
    Aktiviteter: copy("Aktiviteter", carried),
    Deltagare: copy(
      "Deltagare",
      plan.participants.filter((p) => p.activity !== null && nrs.has(p.activity)),
    ),
    Indikatorer: indicatorRows,
    Utfall: copy("Utfall", outcomes),
  };
  const tables = planTemplate(rows);
  return {
    fromYear,
    year,
    district: plan.info?.district ?? null,
    tables,
    counts: Object.fromEntries(tables.map((t) => [t.name, t.rows.length])) as Record<TableName, number>,
    carried: [...nrs],
    leftBehind,
    baselines,
    registrationNumber: plan.info?.registrationNumber ?? null,
    ownColumns: [...located.tables.values()].flatMap((t) => {
      const headers = ownColumns(t);
      return headers.length === 0 ? [] : [{ sheet: t.location.sheet, headers }];
    }),
  };
}
