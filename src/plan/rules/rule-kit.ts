/** What every rule module needs: where a finding points, and how it is built. */
import type { TableName } from "../contract";
import { cellAddress } from "../excel-address";
import type { Finding, RuleSlug, Severity } from "../finding";
import type { LocatedTable } from "../locate-tables";
import type { PlanData } from "../plan-data";
import type { PlanIndex } from "../plan-index";

/** A place in a located table: a data row (1-based) and/or a column (0-based in the sheet). */
export interface Target {
  readonly table: LocatedTable;
  readonly row: number | null;
  readonly columnIndex: number | null;
}

/** The input of a rule that looks at the plan as a whole. */
export interface RuleInput {
  readonly plan: PlanData;
  readonly index: PlanIndex;
  readonly tables: ReadonlyMap<TableName, LocatedTable>;
  /** The date follow-up is checked against, `YYYY-MM-DD`. */
  readonly checkDate: string;
}

/** A rule over the whole plan: its slug and the findings it has. */
export interface PlanRule {
  readonly slug: RuleSlug;
  check(input: RuleInput): Finding[];
}

export function addressOf(target: Target): string | null {
  const { table, row, columnIndex } = target;
  if (row === null && columnIndex === null) return null;
  const { sheet, top, left } = table.location;
  return cellAddress(sheet, top + (row ?? 0), left + (columnIndex ?? 0));
}

/** The header a finding names: the contract's header where the column is known. */
export function columnName(table: LocatedTable, columnIndex: number | null): string | null {
  if (columnIndex === null) return null;
  const column = table.columns.columnAt[columnIndex];
  if (column) return column.header;
  return table.location.headers[columnIndex] ?? null;
}

export function makeFinding(
  rule: RuleSlug,
  severity: Severity,
  target: Target,
  value: string | null,
  message: string,
): Finding {
  return {
    rule,
    severity,
    table: target.table.def.name,
    column: columnName(target.table, target.columnIndex),
    row: target.row,
    address: addressOf(target),
    value,
    message,
  };
}

/** A target at a column of a row, found by the column's key; null if the column is absent. */
export function targetAt(table: LocatedTable, row: number | null, key: string): Target {
  return { table, row, columnIndex: table.columns.indexByKey.get(key) ?? null };
}

/**
 * The table, when it is present and has every one of the columns (by key); undefined
 * otherwise. Rules that compare tables need the compared columns: a missing column already
 * has its own finding and must not make every row look wrong.
 */
export function withColumns(
  tables: ReadonlyMap<TableName, LocatedTable>,
  name: TableName,
  ...keys: readonly string[]
): LocatedTable | undefined {
  const table = tables.get(name);
  return table && keys.every((k) => table.columns.indexByKey.has(k)) ? table : undefined;
}

/** The table as messages name it: by its sheet's name in the contract ("Uppföljning"). */
export function sheetOf(table: LocatedTable): string {
  return table.def.sheet;
}

/**
 * The findings `check` makes of each row (null: none), in row order. Rules over every row
 * of a table use this rather than flatMap, which makes an array for every row.
 */
export function findingsOf<T>(rows: readonly T[], check: (row: T) => Finding | null): Finding[] {
  const findings: Finding[] = [];
  for (const row of rows) {
    const finding = check(row);
    if (finding !== null) findings.push(finding);
  }
  return findings;
}
