/**
 * The form validates as the validator does: the entry is applied to a copy of the snapshot
 * (the rows as saving would write them) and the plan's own rules run over it. The findings
 * on those rows are the form's, each on the field it concerns; nothing is checked twice.
 */
import { tableDef, type TableName } from "../contract";
import type { Finding } from "../finding";
import { columnForHeader } from "../headers";
import { planFindings } from "../validate-plan";
import { applyRowEdits } from "./edited-snapshot";
import type { FollowUpEntry, FollowUpForm } from "./follow-up-form";
import { plannedRows, type Reporter } from "./form-rows";

/** A field of the form: a column of the follow-up, an indicator's Utfall, or the Bedömning. */
export type FormField =
  | "status"
  | "comment"
  | "done"
  | "meetings"
  | "reportedBy"
  | "reportedOn"
  | "summary"
  | "analysis"
  | "nextSteps"
  | `outcome:${string}`;

export interface FormFinding {
  /** The field it is about; null for a finding on another cell of the row (its key, say). */
  readonly field: FormField | null;
  readonly finding: Finding;
}

export interface FormCheck {
  /** The findings on the rows the entry would write, in the validator's order. */
  readonly findings: readonly FormFinding[];
  /** Whether saving must wait: an error on one of the form's fields. */
  readonly blocked: boolean;
}

const FOLLOW_UP_FIELDS: ReadonlySet<string> = new Set([
  "status",
  "comment",
  "done",
  "meetings",
  "reportedBy",
  "reportedOn",
]);
const ASSESSMENT_FIELDS: ReadonlySet<string> = new Set(["summary", "analysis", "nextSteps"]);

function keyOf(table: TableName, header: string | null): string | null {
  return header === null ? null : (columnForHeader(tableDef(table), header)?.key ?? null);
}

function fieldOf(finding: Finding, indicator: string | null): FormField | null {
  const key = keyOf(finding.table, finding.column);
  if (key === null) return null;
  if (finding.table === "Uppfoljning" && FOLLOW_UP_FIELDS.has(key)) return key as FormField;
  if (finding.table === "Bedomning" && ASSESSMENT_FIELDS.has(key)) return key as FormField;
  if (finding.table === "Utfall" && key === "value" && indicator !== null) return `outcome:${indicator}`;
  return null;
}

/**
 * The findings the validator would have on the rows saving `entry` writes, checked on
 * `checkDate` (today), with Rapporterad av and Rapportdatum as saving sets them.
 */
export function checkFollowUpEntry(
  form: FollowUpForm,
  entry: FollowUpEntry,
  reporter: Reporter,
  checkDate: string,
): FormCheck {
  const planned = plannedRows(form, entry, reporter);
  const edited = applyRowEdits(form.snapshot, planned);
  // Each written row, and the indicator of the Utfall rows.
  const rows = new Map<string, string | null>();
  planned.forEach((p, i) => {
    const indicator =
      p.read.table === "Utfall"
        ? ([...(form.rows.outcomes ?? [])].find(([, r]) => r === p.read)?.[0] ?? null)
        : null;
    rows.set(`${p.read.table}\u0000${edited.rows[i] ?? 0}`, indicator);
  });
  // An Uppföljning row not written (nothing to save) is still the one the form is about.
  const followUp = form.rows.followUp;
  if (followUp.row !== null && !rows.has(`Uppfoljning\u0000${followUp.row}`)) {
    rows.set(`Uppfoljning\u0000${followUp.row}`, null);
  }
  const findings: FormFinding[] = [];
  for (const finding of planFindings(edited.snapshot, { checkDate })) {
    if (finding.row === null) continue;
    const key = `${finding.table}\u0000${finding.row}`;
    if (!rows.has(key)) continue;
    findings.push({ field: fieldOf(finding, rows.get(key) ?? null), finding });
  }
  return {
    findings,
    blocked: findings.some((f) => f.field !== null && f.finding.severity === "error"),
  };
}
