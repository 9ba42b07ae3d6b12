/**
 * Findings as a person reads them: grouped by rule, and within a rule by the problem they
 * share. A problem is one message: the same wrong activity Nr on 15 rows says the same thing
 * 15 times, so it is one problem with 15 cells. Messages name the value or the activity they
 * concern and leave the row to the address, so the message is the problem. The CLI's text
 * output and the task pane both show these groups; `--json` lists the findings as they are.
 */
import { omittedCount } from "./cap-findings";
import type { Finding, RuleSlug, Severity } from "./finding";
import { FINDING_MESSAGES_SV as TEXT } from "./finding-messages";

export interface FindingProblem {
  /** The message every finding of the problem has. */
  readonly message: string;
  /** How many findings it stands for (a summary finding "… och N till" counts as N). */
  readonly count: number;
  /** Its findings in report order; those with an address are the cells to go to. */
  readonly findings: readonly Finding[];
}

export interface FindingGroup {
  readonly rule: RuleSlug;
  readonly severity: Severity;
  /** The rule's short Swedish title, e.g. "Måste fyllas i". */
  readonly title: string;
  /** Findings in the group, summary findings counted as the number they stand for. */
  readonly count: number;
  /** The problems in the order their first finding comes. */
  readonly problems: readonly FindingProblem[];
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

interface OpenGroup {
  readonly rule: RuleSlug;
  readonly severity: Severity;
  readonly first: number;
  count: number;
  readonly problems: Map<string, { count: number; findings: Finding[] }>;
}

/**
 * Groups findings by rule and severity (errors first, then warnings, then information; within
 * a severity in the order the rules' first findings come) and within a group by message.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, OpenGroup>();
  findings.forEach((finding, i) => {
    const key = `${finding.severity}/${finding.rule}`;
    let group = groups.get(key);
    if (!group) {
      group = { rule: finding.rule, severity: finding.severity, first: i, count: 0, problems: new Map() };
      groups.set(key, group);
    }
    const n = omittedCount(finding) ?? 1;
    group.count += n;
    const problem = group.problems.get(finding.message);
    if (problem) {
      problem.count += n;
      problem.findings.push(finding);
    } else {
      group.problems.set(finding.message, { count: n, findings: [finding] });
    }
  });
  return [...groups.values()]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.first - b.first)
    .map((g) => ({
      rule: g.rule,
      severity: g.severity,
      title: TEXT.titles[g.rule],
      count: g.count,
      problems: [...g.problems].map(([message, p]) => ({ message, count: p.count, findings: p.findings })),
    }));
}

/** The findings of a problem that have a cell, with their addresses. */
export function problemCells(problem: FindingProblem): (Finding & { readonly address: string })[] {
  return problem.findings.filter((f): f is Finding & { address: string } => f.address !== null);
}
