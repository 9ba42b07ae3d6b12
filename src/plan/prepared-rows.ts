/**
 * Rows "Förbered uppföljning" adds hold only their key (Aktivitet, År and Period in
 * Uppföljning; Område, År and Period in Bedömning). Such a row is **not yet reported**: it gets no `required` findings, and once
 * the period's deadline has passed it counts as missing (plan-workbook.md).
 */
import type { TableName } from "./contract";
import type { Assessment } from "./plan-data";
import { isBlank, type RawValue } from "./raw-value";

/** The columns (by key) the preparation fills in, per table whose rows it prepares. */
export const PREPARED_COLUMNS: Partial<Record<TableName, readonly string[]>> = {
  Uppfoljning: ["activity", "year", "period"],
  Bedomning: ["area", "year", "period"],
};

/**
 * Whether a row holds its prepared key, every column of it filled in, and nothing else.
 * `cells` are the row's cells and `keyAt` each sheet column's contract key (undefined for an
 * unknown column). A row with part of its key missing is not prepared: it owes the rest.
 */
export function isPreparedOnly(
  table: TableName,
  cells: readonly RawValue[],
  keyAt: (index: number) => string | undefined,
): boolean {
  const prepared = PREPARED_COLUMNS[table];
  if (prepared === undefined) return false;
  const filled = new Set<string>();
  const onlyKey = cells.every((cell, i) => {
    if (isBlank(cell)) return true;
    const key = keyAt(i);
    if (key === undefined || !prepared.includes(key)) return false;
    filled.add(key);
    return true;
  });
  return onlyKey && filled.size === prepared.length;
}

function hasText(value: string | null): boolean {
  return value !== null && value.trim() !== "";
}

/** Whether an assessment row has been written: anything beyond Område, År and Period. */
export function isAssessed(row: Assessment): boolean {
  return hasText(row.summary) || hasText(row.analysis) || hasText(row.nextSteps);
}
