/**
 * The use case "Ny plan för nästa år": reads the plan through the workbook port and gives
 * next year's plan as the tables of a new workbook, checked as that workbook will be
 * (`validatePlan` over the new tables). The workbook read is never written: the front end
 * writes the tables into a new workbook (a file, a download, a new window in Excel).
 */
import { PLAN_TABLES, type TableName } from "../contract";
import type { FindingStats } from "../finding";
import { locatePlanTables } from "../locate-tables";
import { PlanError } from "../plan-errors";
import { assertPlanStructure, PlanStructureError } from "../plan-structure";
import { readPlanData } from "../read-plan";
import { validatePlan } from "../validate-plan";
import type { NewTable, WorkbookPort, WorkbookSnapshot } from "../workbook-port";
import { planNextYear, type NextYearPlan } from "./next-year-plan";

export interface NextYearRequest {
  /** The new plan's year; the plan's År + 1 when not given. */
  readonly year?: number;
  /** The date the new plan is checked against (today), `YYYY-MM-DD`. */
  readonly checkDate: string;
}

export interface NextYearResult extends NextYearPlan {
  /** The new plan's findings as `validatePlan` counts them on `checkDate`. */
  readonly check: FindingStats;
}

const REQUIRED: readonly TableName[] = PLAN_TABLES.filter((t) => t.required).map((t) => t.name);

/** The new tables as a workbook snapshot, each an Excel table on its sheet from A1. */
export function snapshotOfTables(tables: readonly NewTable[]): WorkbookSnapshot {
  return {
    sheets: tables.map((t) => ({
      name: t.sheet,
      visibility: "visible",
      usedRange: null,
      merges: [],
      tables: [{ name: t.name, sheet: t.sheet, top: 1, left: 1, headers: t.headers, rows: t.rows }],
    })),
  };
}

function years(planYear: number | null, requested: number | undefined): { from: number; to: number } {
  const from = planYear ?? (requested === undefined ? null : requested - 1);
  if (from === null) {
    throw new PlanStructureError(
      "year-missing",
      "Året saknas: tabellen Plan har inget År. Fyll i År i tabellen Plan eller ange den nya planens år.",
    );
  }
  const to = requested ?? from + 1;
  if (to <= from) {
    throw new PlanError(
      `Den nya planens år måste komma efter planens eget år, ${from}: ${to} går inte. ` +
        `Ange till exempel ${from + 1}.`,
    );
  }
  return { from, to };
}

/**
 * Next year's plan from the plan `port` reads. Throws `PlanStructureError` when a required
 * table or column is missing or no year can be found, `PlanError` for a year not after
 * the plan's own.
 */
export async function createNextYearPlan(
  port: WorkbookPort,
  request: NextYearRequest,
): Promise<NextYearResult> {
  const located = locatePlanTables(await port.readSnapshot());
  assertPlanStructure(located, REQUIRED, "skapa nästa års plan");
  const plan = readPlanData(located);
  const { from, to } = years(plan.info?.year ?? null, request.year);
  const next = planNextYear(located, plan, from, to);
  const check = validatePlan(snapshotOfTables(next.tables), { checkDate: request.checkDate }).stats;
  return { ...next, check };
}
