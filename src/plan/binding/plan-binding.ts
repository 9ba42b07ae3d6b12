/**
 * "Koppla plan", step two: the user's choices as the operations the adapter carries out.
 * Every table keeps its place and every cell its value; ranges become tables, missing
 * required columns are added at the right edge, Nr columns are formatted as text, and each
 * table gets its binding.
 */
import { excelNameKey } from "../excel-address";
import type { TableName } from "../contract";
import { quoteSheetName } from "../excel-address";
import { PlanError } from "../plan-errors";
import { newTable } from "../template";
import { bindingId } from "./binding-id";
import type {
  BindingCandidate,
  BindingOperation,
  BindingPlan,
  BindingProposal,
  TableProposal,
} from "./binding-types";
import { overlaps } from "./candidates";

/** A choice that cannot be carried out (the CLI exits with status 2, nothing written). */
export class BindingPlanError extends PlanError {}

type Pick = { readonly proposal: TableProposal } & (
  { readonly kind: "candidate"; readonly candidate: BindingCandidate } | { readonly kind: "new" | "skip" }
);

/** The proposal as it stands: its choices, no table renamed. */
export function defaultBindingPlan(proposal: BindingProposal): BindingPlan {
  const choices: Partial<Record<TableName, string>> = {};
  for (const table of proposal.tables) choices[table.def.name] = table.chosen ?? "new";
  return { choices, allowRename: false };
}

const where = (c: BindingCandidate): string => `${quoteSheetName(c.sheet)}!${c.range}`;

function pickOf(proposal: TableProposal, plan: BindingPlan): Pick {
  const choice = plan.choices[proposal.def.name] ?? proposal.chosen ?? "new";
  if (choice === "new" || choice === "skip") return { proposal, kind: choice };
  const candidate = proposal.candidates.find((c) => c.id === choice);
  if (candidate) return { proposal, kind: "candidate", candidate };
  throw new BindingPlanError(
    `Valet för tabellen ${proposal.def.name} finns inte bland förslagen. Läs in arbetsboken igen och välj på nytt.`,
  );
}

function assertApart(picks: readonly Pick[]): void {
  const chosen = picks.flatMap((p) => (p.kind === "candidate" ? [p.candidate] : []));
  chosen.forEach((a, i) => {
    const b = chosen.slice(0, i).find((other) => overlaps(other, a));
    if (b) {
      throw new BindingPlanError(
        `Tabellerna ${b.table} och ${a.table} kan inte kopplas till samma celler (${where(b)} och ${where(a)}). ` +
          "Välj ett annat område för en av dem.",
      );
    }
  });
}

/** The Excel table's name after binding: the contract's name unless an existing table keeps its own. */
function finalName(pick: Pick, allowRename: boolean): string {
  const name = pick.proposal.def.name;
  if (pick.kind !== "candidate" || pick.candidate.excelTable === null) return name;
  return allowRename ? name : pick.candidate.excelTable;
}

function assertNameFree(pick: Pick, allowRename: boolean, existing: ReadonlySet<string>): void {
  const name = pick.proposal.def.name;
  const own = pick.kind === "candidate" ? pick.candidate.excelTable : null;
  const target = finalName(pick, allowRename);
  const taken =
    existing.has(excelNameKey(target)) && (own === null || excelNameKey(own) !== excelNameKey(target));
  if (!taken) return;
  throw new BindingPlanError(
    `Det finns redan en annan tabell som heter ${name}. Koppla ${name} till den tabellen, ` +
      "eller byt namn på den i Excel först.",
  );
}

/**
 * A candidate a binding already points to was bound before: its binding stands and its Nr
 * columns were formatted then, so only a rename or added columns are work. A workbook bound
 * as asked gets no operations at all, and nothing is written.
 */
function candidateOperations(pick: Pick & { kind: "candidate" }, allowRename: boolean): BindingOperation[] {
  const { candidate, proposal } = pick;
  const bound = candidate.source === "binding";
  const name = proposal.def.name;
  const table = finalName(pick, allowRename);
  const ops: BindingOperation[] = [];
  if (candidate.excelTable === null) {
    ops.push({ kind: "convertRangeToTable", sheet: candidate.sheet, range: candidate.range, name });
  } else if (excelNameKey(candidate.excelTable) !== excelNameKey(table)) {
    ops.push({ kind: "renameTable", from: candidate.excelTable, to: name });
  }
  const width = candidate.headers.length;
  if (candidate.missing.length > 0) {
    ops.push({ kind: "addColumns", table, headers: candidate.missing.map((c) => c.header) });
  }
  const addedNr = candidate.missing.flatMap((c, k) => (c.type === "activityNr" ? [width + k] : []));
  const columns = bound ? addedNr : [...candidate.nrColumns, ...addedNr];
  if (columns.length > 0) ops.push({ kind: "formatColumnsAsText", table, columns });
  if (!bound || ops.length > 0) ops.push({ kind: "recordBinding", id: bindingId(name), table });
  return ops;
}

/**
 * The operations for the user's choices, table by table in contract order. Throws
 * `BindingPlanError` when two tables would share cells or a table name is taken.
 */
export function planBinding(proposal: BindingProposal, plan: BindingPlan): BindingOperation[] {
  const picks = proposal.tables.map((table) => pickOf(table, plan));
  assertApart(picks);
  const existing = new Set(proposal.excelTables.map(excelNameKey));
  const ops: BindingOperation[] = [];
  for (const pick of picks) {
    if (pick.kind === "skip") continue;
    assertNameFree(pick, plan.allowRename, existing);
    const def = pick.proposal.def;
    if (pick.kind === "candidate") {
      ops.push(...candidateOperations(pick, plan.allowRename));
      continue;
    }
    ops.push({ kind: "createTable", table: { ...newTable(def), sheet: pick.proposal.newSheet } });
    ops.push({ kind: "recordBinding", id: bindingId(def.name), table: def.name });
  }
  return ops;
}
