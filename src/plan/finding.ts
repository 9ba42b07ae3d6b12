/** Findings are data: what the validator has to say about a plan, one per problem. */
import type { TableName } from "./contract";

export type Severity = "error" | "warning" | "info";

/** Every rule of plan-workbook.md, by its slug. */
export const RULE_SLUGS = [
  "table-missing",
  "column-missing",
  "column-duplicate",
  "column-unknown",
  "merged-cells",
  "blank-row",
  "required",
  "type",
  "enum",
  "pattern",
  "formula-error",
  "nr-not-text",
  "duplicate-key",
  "unknown-reference",
  "meeting-frequency-unset",
  "measurable-goal-missing",
  "core-party-missing",
  "area-without-activities",
  "activity-without-participants",
  "goal-comment-missing",
  "follow-up-missing",
  "report-date-range",
  "uncertain-value",
  "assessment-missing",
  "copied-follow-up",
  "meetings-below-plan",
] as const;

export type RuleSlug = (typeof RULE_SLUGS)[number];

export interface Finding {
  readonly rule: RuleSlug;
  readonly severity: Severity;
  /** The contract's table name, e.g. "Aktiviteter". */
  readonly table: TableName;
  /** The column's header (the contract's header, or the sheet's for unknown columns). */
  readonly column: string | null;
  /** 1-based row of the table's data body; null for table and column findings. */
  readonly row: number | null;
  /** The cell, e.g. `Aktiviteter!H3` or `'Uppföljning'!B4`; null when there is no cell. */
  readonly address: string | null;
  /** The cell's value as text, or null. */
  readonly value: string | null;
  /** Swedish: what is wrong and how to fix it. */
  readonly message: string;
}

export interface FindingStats {
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
}

export interface ValidationReport {
  /** True when there are no error-severity findings. */
  readonly valid: boolean;
  /** Every finding counted, including those left out of `findings`. */
  readonly stats: FindingStats;
  /**
   * Sorted by table, row and column; at most 500 per rule and severity, each capped rule
   * followed (at the end) by one summary finding "… och N till av samma slag (rule title)."
   */
  readonly findings: readonly Finding[];
}

export function countFindings(findings: readonly Finding[]): FindingStats {
  let errors = 0;
  let warnings = 0;
  let info = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else info++;
  }
  return { errors, warnings, info };
}
