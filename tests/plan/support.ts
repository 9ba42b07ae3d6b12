/** Small helpers shared by the plan tests: run the validator and pick findings apart. */
import {
  validatePlan,
  type Finding,
  type RuleSlug,
  type ValidationReport,
  type WorkbookSnapshot,
} from "../../src/plan";

/** Before the T1 deadline (15 May 2026), so the valid plan owes no follow-up yet. */
export const BEFORE_T1_DEADLINE = "2026-05-10";

export function validate(
  snapshot: WorkbookSnapshot,
  checkDate: string = BEFORE_T1_DEADLINE,
): ValidationReport {
  return validatePlan(snapshot, { checkDate });
}

export function findingsOf(report: ValidationReport, rule: RuleSlug): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

/** A finding without its message: the fields a test states exactly. */
export type FindingFields = Omit<Finding, "message">;

export function fieldsOf(finding: Finding): FindingFields {
  const { message: _message, ...fields } = finding;
  return fields;
}

/** Every finding's fields, in report order. */
export function allFields(report: ValidationReport): FindingFields[] {
  return report.findings.map(fieldsOf);
}

/** The single finding of a rule; fails the test when there are none or several. */
export function onlyFinding(report: ValidationReport, rule: RuleSlug): Finding {
  const found = findingsOf(report, rule);
  if (found.length !== 1) {
    throw new Error(`expected one ${rule} finding, got ${found.length}: ${JSON.stringify(report.findings)}`);
  }
  return found[0] as Finding;
}

/** A required-rule finding at Uppföljning's Målet nått, row 1, with `overrides`. */
export function finding(overrides: Partial<Finding>): Finding {
  return {
    rule: "required",
    severity: "error",
    table: "Uppfoljning",
    column: "Målet nått",
    row: 1,
    address: "'Uppföljning'!D2",
    value: null,
    message: '"Målet nått" måste fyllas i för aktivitet 1.1, T1 2026.',
    ...overrides,
  };
}
