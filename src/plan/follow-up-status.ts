/**
 * A follow-up row "not yet reported" (plan-workbook.md, Uppfoljning): only Aktivitet, År and
 * Period filled in, as "Förbered uppföljning" leaves it. Such a row owes no required cells;
 * once the period's deadline has passed it counts as missing follow-up.
 */
import type { LocatedTable } from "./locate-tables";
import type { FollowUp } from "./plan-data";
import { isBlank, type RawValue } from "./raw-value";

/** The columns "Förbered uppföljning" fills in. */
const PREPARED_KEYS = ["activity", "year", "period"] as const;

/**
 * Whether a row of the Uppfoljning table, as its raw cells, is not yet reported: every one
 * of Aktivitet, År and Period filled in and every other cell of the row empty.
 */
export function awaitsReport(table: LocatedTable, cells: readonly RawValue[]): boolean {
  if (table.def.name !== "Uppfoljning") return false;
  const keyIndexes = new Set<number>();
  for (const key of PREPARED_KEYS) {
    const index = table.columns.indexByKey.get(key);
    if (index === undefined || isBlank(cells[index] ?? null)) return false;
    keyIndexes.add(index);
  }
  return cells.every((cell, i) => keyIndexes.has(i) || isBlank(cell));
}

function hasText(value: string | null): boolean {
  return value !== null && value.trim() !== "";
}

/**
 * Whether a follow-up counts as reported: anything beyond its key is filled in. The report
 * and the validator (`follow-up-missing`) both go by this.
 */
export function isReported(row: FollowUp): boolean {
  return (
    row.status !== null ||
    hasText(row.comment) ||
    hasText(row.done) ||
    row.meetings !== null ||
    hasText(row.reportedBy) ||
    row.reportedOn !== null
  );
}
