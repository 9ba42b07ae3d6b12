/**
 * Reads the located tables into typed rows. Every cell goes through its column's schema;
 * cells that break a rule become findings (required, type, enum, pattern, formula-error,
 * nr-not-text) and null values, so one bad cell never hides the rest of the plan.
 */
import type { ColumnDef, TableDef, TableName } from "./contract";
import { cellParser, CellFault, type CellProblem, type TypedValue } from "./cell-schemas";
import type { Finding } from "./finding";
import type { LocatedPlan, LocatedTable } from "./locate-tables";
import type { PlanData } from "./plan-data";
import { isPreparedOnly } from "./prepared-rows";
import { isBlank, isRawError, rawToText, type RawValue } from "./raw-value";
import { rowWhere } from "./row-subject";
import { blankRow } from "./rules/blank-row";
import { enumFinding } from "./rules/enum";
import { formulaError } from "./rules/formula-error";
import { nrNotText } from "./rules/nr-not-text";
import { pattern } from "./rules/pattern";
import { required } from "./rules/required";
import type { Target } from "./rules/rule-kit";
import { textTooLong, type as typeFinding } from "./rules/type";

type TypedRow = Record<string, TypedValue | null> & { row: number };

/** A cell that broke its column's rule, worded once the whole row is read. */
interface BrokenCell {
  readonly target: Target;
  readonly column: ColumnDef;
  readonly raw: RawValue;
  readonly problem: CellProblem;
}

function cellFinding({ target, column, raw, problem }: BrokenCell, values: TypedRow): Finding {
  const text = rawToText(raw);
  switch (problem.rule) {
    case "formula-error":
      return formulaError(target, column, isRawError(raw) ? raw.code : (text ?? ""));
    case "required":
      return required(target, column, rowWhere(target.table, values.row, values));
    case "nr-not-text":
      return nrNotText(target, column, problem.storedAs, text);
    case "type":
      return "tooLong" in problem
        ? textTooLong(target, column, problem.tooLong, text)
        : typeFinding(target, column, text);
    case "enum":
      return enumFinding(target, column, text ?? "");
    case "pattern":
      return pattern(target, column, text ?? "");
  }
}

/** A row none of whose cells holds anything. */
function isBlankRow(cells: readonly RawValue[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i] ?? null)) return false;
  return true;
}

const EMPTY_ROWS = new WeakMap<TableDef, TypedRow>();

/**
 * A row of the table with every column null. Each row is a copy of it, so it is made with
 * all its fields at once: a row grown field by field takes twice the memory, and every row
 * of a plan lives until the rules are done (made by JSON.parse, whose objects hold their
 * fields in themselves, as a literal's do).
 */
function emptyRow(def: TableDef): TypedRow {
  let row = EMPTY_ROWS.get(def);
  if (row === undefined) {
    const fields: Record<string, null | number> = { row: 0 };
    for (const column of def.columns) fields[column.key] = null;
    row = JSON.parse(JSON.stringify(fields)) as TypedRow;
    EMPTY_ROWS.set(def, row);
  }
  return row;
}

function readRows(table: LocatedTable, findings: Finding[] | null): TypedRow[] {
  const typed: TypedRow[] = [];
  const empty = emptyRow(table.def);
  const present = table.def.columns.flatMap((column) => {
    const index = table.columns.indexByKey.get(column.key);
    return index === undefined ? [] : [{ column, index, parse: cellParser(column.type, column.required) }];
  });
  const keyAt = (index: number) => table.columns.columnAt[index]?.key;
  const { rows } = table;
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    const row = i + 1;
    if (isBlankRow(cells)) {
      findings?.push(blankRow(table, row));
      continue;
    }
    const values: TypedRow = { ...empty };
    values.row = row;
    let faults: CellFault[] | null = null;
    let faultAt: number[] | null = null;
    for (let p = 0; p < present.length; p++) {
      const { column, index, parse } = present[p] as (typeof present)[number];
      const result = parse(cells[index] ?? null);
      if (result instanceof CellFault) {
        values[column.key] = result.recovered;
        (faults ??= []).push(result);
        (faultAt ??= []).push(p);
      } else {
        values[column.key] = result;
      }
    }
    typed.push(values);
    if (!findings || faults === null || faultAt === null) continue;
    // A row "Förbered uppföljning" added and nobody has filled in yet owes nothing yet.
    const waiting = isPreparedOnly(table.def.name, cells, keyAt);
    faults.forEach((result, f) => {
      if (waiting && result.problem.rule === "required") return;
      const { column, index } = present[faultAt[f] ?? 0] as (typeof present)[number];
      const target = { table, row, columnIndex: index };
      findings.push(
        cellFinding({ target, column, raw: cells[index] ?? null, problem: result.problem }, values),
      );
    });
  }
  return typed;
}

/**
 * The plan's typed rows. Pass `findings` to collect the cell and blank-row findings;
 * the report and the follow-up preparation read without them.
 */
export function readPlanData(located: LocatedPlan, findings: Finding[] | null = null): PlanData {
  const rowsOf = (name: TableName): TypedRow[] | null => {
    const table = located.tables.get(name);
    return table ? readRows(table, findings) : null;
  };
  const info = rowsOf("Plan");
  // The casts are safe: each row holds exactly its table's keys, typed by its schema.
  return {
    info: (info?.[0] ?? null) as unknown as PlanData["info"],
    areas: (rowsOf("Omraden") ?? []) as unknown as PlanData["areas"],
    activities: (rowsOf("Aktiviteter") ?? []) as unknown as PlanData["activities"],
    participants: (rowsOf("Deltagare") ?? []) as unknown as PlanData["participants"],
    indicators: rowsOf("Indikatorer") as unknown as PlanData["indicators"],
    followUps: (rowsOf("Uppfoljning") ?? []) as unknown as PlanData["followUps"],
    outcomes: rowsOf("Utfall") as unknown as PlanData["outcomes"],
    assessments: rowsOf("Bedomning") as unknown as PlanData["assessments"],
  };
}
