/**
 * A plan too broken to work with: a required table or a required column is missing. The
 * report and the follow-up preparation stop with this error; ordinary findings (a bad cell,
 * a missing follow-up) never stop them.
 */
import { PLAN_TABLES, type TableName } from "./contract";
import type { LocatedPlan } from "./locate-tables";
import { PlanError } from "./plan-errors";
import { listSv } from "./text";

export type PlanStructureProblem =
  /** Tables or required columns are missing. */
  | "structure"
  /** No year was given and the Plan table has no År. */
  | "year-missing";

/** A fault with a Swedish message for the user (the CLI exits with status 2). */
export class PlanStructureError extends PlanError {
  readonly problem: PlanStructureProblem;

  constructor(problem: PlanStructureProblem, userMessage: string) {
    super(userMessage);
    this.problem = problem;
  }
}

/**
 * What is missing for `needed` tables: tables that cannot be found and, for every located
 * table (needed or not), its required columns without a header. Empty when all is there.
 */
export function structureProblems(located: LocatedPlan, needed: readonly TableName[]): string[] {
  const problems: string[] = [];
  for (const def of PLAN_TABLES) {
    const table = located.tables.get(def.name);
    if (!table) {
      if (needed.includes(def.name)) problems.push(`tabellen ${def.sheet} saknas`);
      continue;
    }
    const missing = table.columns.missing.map((c) => `"${c.header}"`);
    if (missing.length > 0) {
      const noun = missing.length === 1 ? "kolumnen" : "kolumnerna";
      problems.push(`tabellen ${def.sheet} saknar ${noun} ${listSv(missing)}`);
    }
  }
  return problems;
}

/** Throws `PlanStructureError` when a needed table or a required column is missing. */
export function assertPlanStructure(located: LocatedPlan, needed: readonly TableName[], task: string): void {
  const problems = structureProblems(located, needed);
  if (problems.length === 0) return;
  throw new PlanStructureError(
    "structure",
    `Det går inte att ${task}: ${problems.join("; ")}. ` +
      "Rätta planen (valideringen visar var) och försök igen.",
  );
}

/** The year to work with: the one given, else the Plan table's År. */
export function resolvePlanYear(given: number | undefined, planYear: number | null): number {
  if (given !== undefined) return given;
  if (planYear !== null) return planYear;
  throw new PlanStructureError(
    "year-missing",
    "Året saknas: tabellen Plan har inget År. Fyll i År i tabellen Plan eller ange året.",
  );
}
