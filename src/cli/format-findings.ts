/**
 * `validera`'s output: findings grouped by table for people, and the `--json` document
 * for scripts (plan-workbook.md, "Command line").
 */
import {
  omittedCount,
  type Finding,
  type FindingStats,
  type Severity,
  type TableName,
  type ValidationReport,
} from "../plan";

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: "FEL",
  warning: "VARNING",
  info: "INFO",
};
const SEVERITY_WIDTH = Math.max(...Object.values(SEVERITY_LABELS).map((l) => l.length)) + 2;

/** "1 fel", "2 varningar", "1 upplysning" … */
export function countsText(stats: FindingStats): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    `${stats.errors} fel`,
    plural(stats.warnings, "varning", "varningar"),
    plural(stats.info, "upplysning", "upplysningar"),
  ].join(", ");
}

/** Counts a table's findings, a summary finding ("… och N till") as the N it stands for. */
function groupStats(group: readonly Finding[]): FindingStats {
  const stats = { errors: 0, warnings: 0, info: 0 };
  for (const f of group) {
    const n = omittedCount(f) ?? 1;
    if (f.severity === "error") stats.errors += n;
    else if (f.severity === "warning") stats.warnings += n;
    else stats.info += n;
  }
  return stats;
}

/** Findings by table, in the order they come (the validator sorts by table). */
function groupByTable(findings: readonly Finding[]): Map<TableName, Finding[]> {
  const groups = new Map<TableName, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.table);
    if (group) group.push(f);
    else groups.set(f.table, [f]);
  }
  return groups;
}

export interface HumanReportInput {
  /** The file as the user named it. */
  readonly file: string;
  readonly checkDate: string;
  readonly report: ValidationReport;
}

/** The report as lines of text for standard output. */
export function formatFindings({ file, checkDate, report }: HumanReportInput): string {
  const lines = [`Validering av ${file} (kontrolldatum ${checkDate})`, ""];
  const { findings } = report;
  if (findings.length === 0) {
    lines.push("Inga anmärkningar.", "");
  }
  // A loop, not Math.max(...list): a spread of 100,000+ arguments overflows the stack.
  let addressWidth = 0;
  let ruleWidth = 0;
  for (const f of findings) {
    addressWidth = Math.max(addressWidth, (f.address ?? "–").length + 2);
    ruleWidth = Math.max(ruleWidth, f.rule.length + 2);
  }
  for (const [table, group] of groupByTable(findings)) {
    lines.push(`${table} (${countsText(groupStats(group))})`);
    for (const f of group) {
      const severity = SEVERITY_LABELS[f.severity].padEnd(SEVERITY_WIDTH);
      const address = (f.address ?? "–").padEnd(addressWidth);
      lines.push(`  ${severity}${address}${f.rule.padEnd(ruleWidth)}${oneLine(f.message)}`);
    }
    lines.push("");
  }
  lines.push(countsText(report.stats));
  lines.push(report.valid ? "Planen är giltig." : "Planen har fel.");
  return lines.join("\n");
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}

/** The `--json` document: exactly `{ valid, stats, findings }`, keys in contract order. */
export function findingsJson(report: ValidationReport): string {
  const document = {
    valid: report.valid,
    stats: { errors: report.stats.errors, warnings: report.stats.warnings, info: report.stats.info },
    findings: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      table: f.table,
      column: f.column,
      row: f.row,
      address: f.address,
      value: f.value,
      message: f.message,
    })),
  };
  return JSON.stringify(document, null, 2);
}
