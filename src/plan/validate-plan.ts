/**
 * The validation use case: every rule of plan-workbook.md over a workbook snapshot. All
 * findings are collected, never fail-fast; a bad plan is a normal result.
 */
import { capFindings } from "./cap-findings";
import { PLAN_TABLES } from "./contract";
import { countFindings, type Finding, type ValidationReport } from "./finding";
import { locatePlanTables, type LocatedPlan } from "./locate-tables";
import { indexPlan } from "./plan-index";
import { readPlanData } from "./read-plan";
import { columnDuplicate } from "./rules/column-duplicate";
import { columnMissing } from "./rules/column-missing";
import { columnUnknown } from "./rules/column-unknown";
import { PLAN_RULES } from "./rules";
import { mergedCells } from "./rules/merged-cells";
import { tableMissing } from "./rules/table-missing";
import type { WorkbookSnapshot } from "./workbook-port";

export interface ValidateOptions {
  /** The date follow-up is checked against, `YYYY-MM-DD` (the CLI's `--datum`, else today). */
  readonly checkDate: string;
}

function structureFindings(located: LocatedPlan): Finding[] {
  const findings: Finding[] = located.missing.map(tableMissing);
  for (const table of located.tables.values()) {
    for (const column of table.columns.missing) findings.push(columnMissing(table, column));
    for (const duplicate of table.columns.duplicates) findings.push(columnDuplicate(table, duplicate));
    for (const unknown of table.columns.unknown) findings.push(columnUnknown(table, unknown));
    for (const merge of table.merges) findings.push(mergedCells(table, merge));
  }
  return findings;
}

const TABLE_ORDER = new Map(PLAN_TABLES.map((t, i) => [t.name, i]));

/** Sorts by table (contract order), row (table-level first), column, then rule. */
export function sortFindings(findings: Finding[], located: LocatedPlan): Finding[] {
  const columnOrder = (f: Finding): number => {
    if (f.address === null || f.column === null) return -1;
    const match = /!\$?([A-Z]+)/.exec(f.address);
    const letters = match?.[1] ?? "";
    let n = 0;
    for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
    const left = located.tables.get(f.table)?.location.left ?? 1;
    return n - left;
  };
  return findings
    .map((f) => ({ f, t: TABLE_ORDER.get(f.table) ?? 99, r: f.row ?? 0, c: columnOrder(f) }))
    .sort((a, b) => a.t - b.t || a.r - b.r || a.c - b.c || a.f.rule.localeCompare(b.f.rule))
    .map((x) => x.f);
}

/**
 * Every finding, sorted, none left out: what `validatePlan` reports before capping (the
 * follow-up form picks its own rows' findings from these).
 */
export function planFindings(snapshot: WorkbookSnapshot, options: ValidateOptions): Finding[] {
  const located = locatePlanTables(snapshot);
  const findings = structureFindings(located);
  const plan = readPlanData(located, findings);
  const input = { plan, index: indexPlan(plan), tables: located.tables, checkDate: options.checkDate };
  for (const rule of PLAN_RULES) for (const f of rule.check(input)) findings.push(f);
  return sortFindings(findings, located);
}

export function validatePlan(snapshot: WorkbookSnapshot, options: ValidateOptions): ValidationReport {
  const sorted = planFindings(snapshot, options);
  // Stats count every finding; the list holds at most FINDINGS_PER_RULE of each rule.
  const stats = countFindings(sorted);
  return { valid: stats.errors === 0, stats, findings: capFindings(sorted) };
}
