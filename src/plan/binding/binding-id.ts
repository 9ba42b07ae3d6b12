/**
 * The ids of the plan's persistent bindings (`atgardsplan.Aktiviteter`) and what the bindings
 * in a snapshot point to: the Excel table bound to each plan table, and the broken ones.
 */
import { excelNameKey } from "../excel-address";
import { PLAN_TABLES, type TableName } from "../contract";
import type { WorkbookSnapshot } from "../workbook-port";

const PREFIX = "atgardsplan.";

/** A binding whose table has been deleted (or that no longer resolves to a table). */
export interface BrokenBinding {
  /** The binding's id, e.g. `atgardsplan.Aktiviteter`. */
  readonly id: string;
  /** The plan table it was for. */
  readonly table: TableName;
}

export interface ResolvedBindings {
  /** Plan table → the name of the Excel table bound to it, as the snapshot spells it. */
  readonly bound: ReadonlyMap<TableName, string>;
  readonly broken: readonly BrokenBinding[];
}

/** `atgardsplan.Aktiviteter` for Aktiviteter. */
export function bindingId(table: TableName): string {
  return `${PREFIX}${table}`;
}

/** The plan table a binding id is for (case-insensitive), or null for someone else's binding. */
export function tableOfBindingId(id: string): TableName | null {
  if (id.slice(0, PREFIX.length).toLowerCase() !== PREFIX) return null;
  const rest = id.slice(PREFIX.length).toLowerCase();
  return PLAN_TABLES.find((t) => t.name.toLowerCase() === rest)?.name ?? null;
}

/**
 * The workbook-level defined names that keep the bindings in the file, one per plan table
 * (`_atgardsplan_bind_Aktiviteter`), written and read by both workbook adapters.
 */
export const BINDING_NAME_PREFIX = "_atgardsplan_bind_";

/** `_atgardsplan_bind_Aktiviteter` for the binding `atgardsplan.Aktiviteter`. */
export function bindingNameOf(id: string): string {
  const table = tableOfBindingId(id);
  if (table === null) throw new Error(`Not a plan binding id: ${id}`);
  return `${BINDING_NAME_PREFIX}${table}`;
}

/** The binding id a defined name keeps (case-insensitive), or null for another name. */
export function bindingIdOfName(name: string): string | null {
  if (name.slice(0, BINDING_NAME_PREFIX.length).toLowerCase() !== BINDING_NAME_PREFIX) return null;
  const table = tableOfBindingId(`${PREFIX}${name.slice(BINDING_NAME_PREFIX.length)}`);
  return table === null ? null : bindingId(table);
}

/** What the snapshot's bindings point to; a binding to a table that is gone is broken. */
export function resolveBindings(snapshot: WorkbookSnapshot): ResolvedBindings {
  const bound = new Map<TableName, string>();
  const broken: BrokenBinding[] = [];
  const bindings = snapshot.bindings ?? [];
  if (bindings.length === 0) return { bound, broken };
  const names = new Map<string, string>();
  for (const sheet of snapshot.sheets) for (const t of sheet.tables) names.set(excelNameKey(t.name), t.name);
  for (const binding of bindings) {
    const table = tableOfBindingId(binding.id);
    if (table === null || bound.has(table)) continue;
    const name = binding.table === null ? undefined : names.get(excelNameKey(binding.table));
    if (name === undefined) broken.push({ id: binding.id, table });
    else bound.set(table, name);
  }
  return { bound, broken: broken.filter((b) => !bound.has(b.table)) };
}
