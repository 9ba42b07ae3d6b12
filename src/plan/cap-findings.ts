/**
 * A workbook with 200,000 bad rows must still give a list a person can read: at most
 * `FINDINGS_PER_RULE` findings of each rule and severity are listed, and one summary finding
 * per capped rule says how many more there are (named by the rule's title, never its slug). The report's stats still count every finding.
 */
import type { Finding, RuleSlug, Severity } from "./finding";
import { FINDING_MESSAGES_SV as TEXT } from "./finding-messages";

/** How many findings of one rule (and severity) are listed. */
export const FINDINGS_PER_RULE = 500;

const SUMMARY = /^… och (\d+) till av samma slag \((.+)\)\.$/;

/** The summary finding's message: "… och 1234 till av samma slag (Måste fyllas i)." */
export function omittedMessage(count: number, rule: RuleSlug): string {
  return TEXT.omitted(count, TEXT.titles[rule]);
}

/** How many findings a summary finding stands for; null for an ordinary finding. */
export function omittedCount(finding: Finding): number | null {
  if (finding.row !== null || finding.address !== null || finding.value !== null) return null;
  const match = SUMMARY.exec(finding.message);
  return match && match[2] === TEXT.titles[finding.rule] ? Number(match[1]) : null;
}

interface Omitted {
  readonly first: Finding;
  count: number;
}

/**
 * The first `limit` findings of each rule and severity, in the given order, followed by one
 * summary finding per capped rule (its rule and severity, the table of the first finding
 * left out, no cell, and the number left out).
 */
export function capFindings(findings: readonly Finding[], limit = FINDINGS_PER_RULE): Finding[] {
  const listed = new Map<string, number>();
  const omitted = new Map<string, Omitted>();
  const kept: Finding[] = [];
  for (const f of findings) {
    const key = `${f.rule}/${f.severity}`;
    const count = listed.get(key) ?? 0;
    if (count < limit) {
      listed.set(key, count + 1);
      kept.push(f);
      continue;
    }
    const entry = omitted.get(key);
    if (entry) entry.count++;
    else omitted.set(key, { first: f, count: 1 });
  }
  for (const { first, count } of omitted.values()) kept.push(summaryFinding(first, count));
  return kept;
}

function summaryFinding(first: Finding, count: number): Finding {
  const severity: Severity = first.severity;
  return {
    rule: first.rule,
    severity,
    table: first.table,
    column: null,
    row: null,
    address: null,
    value: null,
    message: omittedMessage(count, first.rule),
  };
}
