import type { LocatedTable } from "../locate-tables";
import type { Finding } from "../finding";
import type { RowRef } from "../plan-data";
import { comparable, listSv } from "../text";
import { makeFinding, targetAt, type PlanRule } from "./rule-kit";

function keyPart(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? comparable(value) : String(value);
}

/** Rows named in a duplicate's message; a large group lists a few, so the work stays linear. */
const LISTED_ROWS = 5;

function otherRows(group: readonly RowRef[], row: RowRef): string {
  const others: string[] = [];
  for (const r of group) {
    if (others.length === LISTED_ROWS) break;
    if (r !== row) others.push(String(r.row));
  }
  const rest = group.length - 1 - others.length;
  return rest > 0 ? `${others.join(", ")} och ${rest} rader till` : listSv(others);
}

function duplicates(table: LocatedTable, rows: readonly RowRef[]): Finding[] {
  const keys = table.def.uniqueKey;
  const last = keys[keys.length - 1];
  if (!last) return [];
  const groups = new Map<string, (RowRef & Record<string, unknown>)[]>();
  for (const row of rows as readonly (RowRef & Record<string, unknown>)[]) {
    const parts = keys.map((k) => keyPart(row[k]));
    if (parts.some((p) => p === null)) continue;
    const key = parts.join("\u0000");
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const headers = keys.map((k) => table.def.columns.find((c) => c.key === k)?.header ?? k);
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const shown = keys.map((k) => String(group[0]?.[k] ?? "")).join(", ");
    for (const row of group) {
      findings.push(
        makeFinding(
          "duplicate-key",
          "error",
          targetAt(table, row.row, last),
          String(row[last] ?? ""),
          `${listSv(headers)} (${shown}) finns flera gånger i ${table.def.name}: ` +
            `samma som rad ${otherRows(group, row)}. Slå ihop raderna eller ändra en av dem.`,
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
