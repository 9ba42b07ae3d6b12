/** Rows keyed by the contract's column keys, written in the contract's column order. */
import type { CellInput, TableDef } from "../plan";

export function tableRow(
  def: TableDef,
  values: Readonly<Record<string, CellInput | undefined>>,
): CellInput[] {
  for (const key of Object.keys(values)) {
    if (!def.columns.some((c) => c.key === key)) throw new Error(`Unknown column ${def.name}.${key}`);
  }
  return def.columns.map((c) => values[c.key] ?? null);
}

/** A field's paragraphs as one cell: paragraphs on their own lines, null when empty. */
export function cellText(paragraphs: readonly string[] | undefined): string | null {
  const text = (paragraphs ?? []).join("\n").trim();
  return text === "" ? null : text;
}
