/**
 * What a report made from a plan with errors had to leave out, and why: an activity whose Nr
 * cannot be read or is used twice, a follow-up row for an activity that does not exist or
 * for a period it already has, a Målet nått that cannot be read. The report itself shows the
 * plan as it can be read; this says, in Swedish, what it could not show, so nothing silently
 * disappears. The command line prints it on standard error, the task pane in its message bar.
 */
import type { Period, TableName } from "../contract";
import { locatePlanTables, type LocatedTable } from "../locate-tables";
import type { Activity, FollowUp } from "../plan-data";
import { followUpKey, indexPlan } from "../plan-index";
import { isBlank, rawToText } from "../raw-value";
import { readPlanData } from "../read-plan";
import { excelRow, rowSubject } from "../row-subject";
import { validatePlan } from "../validate-plan";
import type { WorkbookSnapshot } from "../workbook-port";

export interface ReportCheckRequest {
  readonly period: Period;
  /** The report year; defaults to the Plan table's År. */
  readonly year?: number;
  /** The date the plan is checked against, `YYYY-MM-DD`. */
  readonly checkDate: string;
}

export interface ReportCheck {
  /** The plan's error-severity findings (what `validera` counts as fel). */
  readonly errors: number;
  /** What the report left out and why, one Swedish sentence each, in table and row order. */
  readonly omissions: readonly string[];
}

const TEXT = {
  activity: (row: number, name: string | null) =>
    `Aktiviteten på rad ${row} i Aktiviteter${name ? ` ("${name}")` : ""}`,
  nrMissing: "saknar Nr och kom inte med.",
  nrUnreadable: (nr: string) => `Nr "${nr}" är inget aktivitetsnummer, så aktiviteten kom inte med.`,
  nrTaken: (nr: string, first: number) =>
    `Nr ${nr} finns redan på rad ${first}; bara den aktiviteten kom med.`,
  followUp: (row: number, subject: string | null) =>
    `Uppföljningen på rad ${row} i Uppföljning${subject ? ` (${subject})` : ""}`,
  unknownActivity: (nr: string) => `aktivitet ${nr} finns inte i Aktiviteter, så uppföljningen kom inte med.`,
  keyUnreadable: "Aktivitet, År eller Period går inte att läsa, så raden kom inte med i någon rapport.",
  followUpTaken: (first: number) => `perioden har redan en uppföljning på rad ${first}; bara den kom med.`,
  statusUnreadable: (value: string) => `Målet nått "${value}" går inte att läsa och visas som Ej bedömt.`,
  summary: (errors: number, omitted: boolean) =>
    omitted
      ? `Planen har ${errors} fel, och rapporten fick lämna ute det här:`
      : `Planen har ${errors} fel; rapporten visar planen så som den går att läsa.`,
  fix: "Rätta felen (valideringen visar var de finns) och skapa rapporten igen.",
} as const;

function rawText(table: LocatedTable, row: number, key: string): string | null {
  const index = table.columns.indexByKey.get(key);
  const raw = index === undefined ? null : (table.rows[row - 1]?.[index] ?? null);
  return isBlank(raw) ? null : rawToText(raw);
}

function activityOmissions(table: LocatedTable, activities: readonly Activity[]): string[] {
  const firstRow = new Map<string, number>();
  const lines: string[] = [];
  for (const a of activities) {
    const where = TEXT.activity(excelRow(table, a.row), a.name);
    if (a.nr === null) {
      const raw = rawText(table, a.row, "nr");
      lines.push(raw === null ? `${where} ${TEXT.nrMissing}` : `${where}: ${TEXT.nrUnreadable(raw)}`);
      continue;
    }
    const first = firstRow.get(a.nr);
    if (first === undefined) firstRow.set(a.nr, excelRow(table, a.row));
    else lines.push(`${where}: ${TEXT.nrTaken(a.nr, first)}`);
  }
  return lines;
}

function followUpOmissions(
  table: LocatedTable,
  followUps: readonly FollowUp[],
  known: ReadonlySet<string>,
  periods: readonly Period[],
  year: number,
): string[] {
  const firstRow = new Map<string, number>();
  const lines: string[] = [];
  for (const f of followUps) {
    const where = TEXT.followUp(excelRow(table, f.row), rowSubject("Uppfoljning", f));
    if (f.activity === null || f.year === null || f.period === null) {
      lines.push(`${where}: ${TEXT.keyUnreadable}`);
      continue;
    }
    if (f.year !== year || !periods.includes(f.period)) continue;
    if (!known.has(f.activity)) {
      lines.push(`${where}: ${TEXT.unknownActivity(f.activity)}`);
      continue;
    }
    const key = followUpKey(f.activity, f.year, f.period);
    const first = firstRow.get(key);
    if (first !== undefined) {
      lines.push(`${where}: ${TEXT.followUpTaken(first)}`);
      continue;
    }
    firstRow.set(key, excelRow(table, f.row));
    const status = f.status === null ? rawText(table, f.row, "status") : null;
    if (status !== null) lines.push(`${where}: ${TEXT.statusUnreadable(status)}`);
  }
  return lines;
}

/**
 * The plan's errors and what a report for `request.period` would leave out. Pure: the same
 * snapshot the report is made from.
 */
export function checkReportInput(snapshot: WorkbookSnapshot, request: ReportCheckRequest): ReportCheck {
  const errors = validatePlan(snapshot, { checkDate: request.checkDate }).stats.errors;
  if (errors === 0) return { errors, omissions: [] };
  const located = locatePlanTables(snapshot);
  const plan = readPlanData(located);
  const tableOf = (name: TableName) => located.tables.get(name);
  const activities = tableOf("Aktiviteter");
  const followUps = tableOf("Uppfoljning");
  const omissions = activities ? activityOmissions(activities, plan.activities) : [];
  const year = request.year ?? plan.info?.year ?? null;
  if (followUps && year !== null) {
    const known = new Set(indexPlan(plan).activityByNr.keys());
    const periods: readonly Period[] = request.period === "VB" ? ["T1", "T2", "VB"] : [request.period];
    omissions.push(...followUpOmissions(followUps, plan.followUps, known, periods, year));
  }
  return { errors, omissions };
}

export interface ReportCheckText {
  /** "Planen har 3 fel, och rapporten fick lämna ute det här:" */
  readonly summary: string;
  /** The omissions, one sentence each (may be empty). */
  readonly omissions: readonly string[];
  /** What to do about it. */
  readonly advice: string;
}

/** What the user is told after a report from a plan with errors; null when it has none. */
export function describeReportCheck(check: ReportCheck): ReportCheckText | null {
  return check.errors > 0
    ? {
        summary: TEXT.summary(check.errors, check.omissions.length > 0),
        omissions: check.omissions,
        advice: TEXT.fix,
      }
    : null;
}
