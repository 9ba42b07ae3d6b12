import type { TableName } from "../contract";
import type { Finding } from "../finding";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import type { RowRef } from "../plan-data";
import { rowWhere } from "../row-subject";
import { columnName, makeFinding, targetAt, type PlanRule, type RuleInput } from "./rule-kit";

/** The columns where a draft leaves its open questions: who convenes, who the contact is, for how long, who pays. */
const COLUMNS: readonly (readonly [TableName, string])[] = [
  ["Aktiviteter", "convener"],
  ["Aktiviteter", "duration"],
  ["Aktiviteter", "funding"],
  ["Deltagare", "contact"],
];

function rowsOf(input: RuleInput, name: TableName): readonly (RowRef & Record<string, unknown>)[] {
  const rows = name === "Aktiviteter" ? input.plan.activities : input.plan.participants;
  return rows as unknown as readonly (RowRef & Record<string, unknown>)[];
}

/** Sammankallande, Kontakt, Löptid or Finansiering ending in "?": a question left open in the plan. */
export const uncertainValue: PlanRule = {
  slug: "uncertain-value",
  check(input) {
    const findings: Finding[] = [];
    for (const [name, key] of COLUMNS) {
      const table = input.tables.get(name);
      if (!table) continue;
      for (const row of rowsOf(input, name)) {
        const value = row[key];
        if (typeof value !== "string" || !value.trimEnd().endsWith("?")) continue;
        const target = targetAt(table, row.row, key);
        findings.push(
          makeFinding(
            "uncertain-value",
            "warning",
            target,
            value,
            TEXT.uncertainValue({
              header: columnName(table, target.columnIndex) ?? key,
              value,
              where: rowWhere(table, row.row, row),
            }),
          ),
        );
      }
    }
    return findings;
  },
};
