/**
 * Rows "Förbered uppföljning" adds hold only their key (e.g. Område, År and Period in
 * Bedömning). Such a row is **not yet reported**: it gets no `required` findings, and once
 * the period's deadline has passed it counts as missing (plan-workbook.md).
 */
import type { TableName } from "./contract";
import type { Assessment } from "./plan-data";
import { isBlank, type RawValue } from "./raw-value";

/** The columns (by key) the preparation fills in, per table whose rows it prepares. */
export const PREPARED_COLUMNS: Partial<Record<TableName, readonly string[]>> = {
  Bedomning: ["area", "year", "period"],
};

/**
 * Whether a row holds nothing beyond the columns the preparation fills in. `cells` are the
 * row's cells and `keyAt` each sheet column's contract key (undefined for an unknown column).
 */
export function isPreparedOnly(
  table: TableName,
  cells: readonly RawValue[],
  keyAt: (index: number) => string | undefined,
): boolean {
  const prepared = PREPARED_COLUMNS[table];
  if (prepared === undefined) return false;
  return cells.every((cell, i) => {
    const key = keyAt(i);
    return isBlank(cell) || (key !== undefined && prepared.includes(key));
  });
}

function hasText(value: string | null): boolean {
  return value !== null && value.trim() !== "";
}

/** Whether an assessment row has been written: anything beyond Område, År and Period. */
export function isAssessed(row: Assessment): boolean {
  return hasText(row.summary) || hasText(row.analysis) || hasText(row.nextSteps);
}
