/**
 * Reads the located tables into typed rows. Every cell goes through its column's schema;
 * cells that break a rule become findings (required, type, enum, pattern, formula-error,
 * nr-not-text) and null values, so one bad cell never hides the rest of the plan.
 */
import type { ColumnDef, TableName } from "./contract";
import { parseCell, type CellProblem, type TypedValue } from "./cell-schemas";
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
interface CellFault {
  readonly target: Target;
  readonly column: ColumnDef;
  readonly raw: RawValue;
  readonly problem: CellProblem;
}

function cellFinding({ target, column, raw, problem }: CellFault, values: TypedRow): Finding {
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

function readRows(table: LocatedTable, findings: Finding[] | null): TypedRow[] {
  const typed: TypedRow[] = [];
  const present = table.def.columns.flatMap((column) => {
    const index = table.columns.indexByKey.get(column.key);
    return index === undefined ? [] : [{ column, index }];
  });
  const absent = table.def.columns.filter((c) => !table.columns.indexByKey.has(c.key));
  table.rows.forEach((cells, i) => {
    const row = i + 1;
    if (cells.every(isBlank)) {
      findings?.push(blankRow(table, row));
      return;
    }
    const values: TypedRow = { row };
    let faults: CellFault[] | null = null;
    for (const { column, index } of present) {
      const raw = cells[index] ?? null;
      const result = parseCell(column.type, column.required, raw);
      values[column.key] = result.ok ? result.value : result.recovered;
      if (!result.ok) {
        faults ??= [];
        faults.push({ target: { table, row, columnIndex: index }, column, raw, problem: result.problem });
      }
    }
    for (const column of absent) values[column.key] = null;
    typed.push(values);
    if (!findings || faults === null) return;
    // A row "Förbered uppföljning" added and nobody has filled in yet owes nothing yet.
    const waiting = isPreparedOnly(table.def.name, cells, (i) => table.columns.columnAt[i]?.key);
    for (const fault of faults) {
      if (waiting && fault.problem.rule === "required") continue;
      findings.push(cellFinding(fault, values));
    }
  });
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
