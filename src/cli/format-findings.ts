/**
 * `validera`'s output: for people, findings grouped by rule and problem (each rule under its
 * Swedish title, each problem's message once with every cell it is in); for scripts, the
 * `--json` document (plan-workbook.md, "Command line"), which keeps the rule slugs.
 */
import {
  FINDING_MESSAGES_SV,
  groupFindings,
  problemCells,
  sheetOfReference,
  type FindingGroup,
  type FindingProblem,
  type FindingStats,
  type Severity,
  type ValidationReport,
} from "../plan";

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: "FEL",
  warning: "VARNING",
  info: "INFO",
};

/** "1 fel", "2 varningar", "1 upplysning" … */
export function countsText(stats: FindingStats): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    `${stats.errors} fel`,
    plural(stats.warnings, "varning", "varningar"),
    plural(stats.info, "upplysning", "upplysningar"),
  ].join(", ");
}

/** "'Uppföljning'!A2, A3, Aktiviteter!A4": the sheet named once for each run of cells on it. */
export function cellList(addresses: readonly string[]): string {
  let sheet: string | null = null;
  return addresses
    .map((address) => {
      const own = sheetOfReference(address);
      const short = own !== null && own === sheet ? address.slice(address.lastIndexOf("!") + 1) : address;
      sheet = own;
      return short;
    })
    .join(", ");
}

function problemLines(problem: FindingProblem): string[] {
  const cells = problemCells(problem);
  const message = oneLine(problem.message);
  if (cells.length === 0) return [`  ${message}`];
  if (cells.length === 1 && problem.count === 1) return [`  ${cells[0]?.address ?? ""}  ${message}`];
  const noun = cells.length === 1 ? "cell" : "celler";
  return [`  ${message}`, `    ${cells.length} ${noun}: ${cellList(cells.map((c) => c.address))}`];
}

function groupLines(group: FindingGroup): string[] {
  return [
    `${SEVERITY_LABELS[group.severity]}: ${group.title} (${group.count})`,
    ...group.problems.flatMap(problemLines),
    "",
  ];
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
  if (report.findings.length === 0) lines.push("Inga anmärkningar.", "");
  for (const group of groupFindings(report.findings)) lines.push(...groupLines(group));
  lines.push(countsText(report.stats));
  lines.push(FINDING_MESSAGES_SV.verdict(report.stats));
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
