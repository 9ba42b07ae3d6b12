import type { LocatedTable } from "../locate-tables";
import type { Finding } from "../finding";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import type { RowRef } from "../plan-data";
import { excelRow } from "../row-subject";
import { comparable } from "../text";
import { makeFinding, sheetOf, targetAt, type PlanRule } from "./rule-kit";

/**
 * A key column's value as its group is found: free text compared as `comparable` (case and
 * whitespace aside), a typed value (a number, a canonical period or Nr) as it is read.
 */
function keyPart(value: unknown, text: boolean): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  const string = String(value);
  return text ? comparable(string) : string;
}

/** Rows named in a duplicate's message; a large group lists a few, so the work stays linear. */
const LISTED_ROWS = 6;

/** "rad 5 och 6": the group's rows as Excel numbers them, the same text for every row of it. */
function groupRows(table: LocatedTable, group: readonly RowRef[]): string {
  const listed = group.slice(0, LISTED_ROWS).map((r) => excelRow(table, r.row));
  return TEXT.rows(listed, group.length - listed.length);
}

function duplicates(table: LocatedTable, rows: readonly RowRef[]): Finding[] {
  const keys = table.def.uniqueKey;
  const last = keys[keys.length - 1];
  if (!last) return [];
  // Rows grouped by their key, one level of maps per key column: every row of every table
  // passes here, and no key string is built for it.
  type Row = RowRef & Record<string, unknown>;
  const isText = keys.map((k) => table.def.columns.find((c) => c.key === k)?.type === "text");
  const lastIsText = isText[isText.length - 1] ?? true;
  const root = new Map<string | number, unknown>();
  const groups: Row[][] = [];
  rows: for (const row of rows as readonly Row[]) {
    let level = root;
    for (let i = 0; i < keys.length - 1; i++) {
      const part = keyPart(row[keys[i] as string], isText[i] ?? true);
      if (part === null) continue rows;
      let next = level.get(part) as Map<string | number, unknown> | undefined;
      if (next === undefined) {
        next = new Map<string | number, unknown>();
        level.set(part, next);
      }
      level = next;
    }
    const part = keyPart(row[last], lastIsText);
    if (part === null) continue;
    // A key's first row is kept as it is; a group is made only when a second row has it.
    const found = level.get(part) as Row | Row[] | undefined;
    if (found === undefined) level.set(part, row);
    else if (Array.isArray(found)) found.push(row);
    else {
      const group = [found, row];
      level.set(part, group);
      groups.push(group);
    }
  }
  // Groups come in the order their second row does; validatePlan sorts every finding by row.
  const headers = keys.map((k) => table.def.columns.find((c) => c.key === k)?.header ?? k);
  const findings: Finding[] = [];
  for (const group of groups) {
    // One message for the whole group: it is one problem, however many rows it spans.
    const message = TEXT.duplicateKey({
      headers,
      key: keys.map((k) => String(group[0]?.[k] ?? "")).join(", "),
      sheet: sheetOf(table),
      rows: groupRows(table, group),
    });
    for (const row of group) {
      findings.push(
        makeFinding(
          "duplicate-key",
          "error",
          targetAt(table, row.row, last),
          String(row[last] ?? ""),
          message,
        ),
      );
    }
  }
  return findings;
}

/** A key that must be unique appears twice: every row of the group is reported. */
export const duplicateKey: PlanRule = {
  slug: "duplicate-key",
  check({ plan, tables }) {
    const sources: [LocatedTable | undefined, readonly RowRef[] | null][] = [
      [tables.get("Omraden"), plan.areas],
      [tables.get("Aktiviteter"), plan.activities],
      [tables.get("Deltagare"), plan.participants],
      [tables.get("Indikatorer"), plan.indicators],
      [tables.get("Uppfoljning"), plan.followUps],
      [tables.get("Utfall"), plan.outcomes],
      [tables.get("Bedomning"), plan.assessments],
    ];
    return sources.flatMap(([table, rows]) => (table && rows ? duplicates(table, rows) : []));
  },
};
