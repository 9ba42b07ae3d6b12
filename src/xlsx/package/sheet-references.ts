/** References to a sheet as defined names hold them. */
import { columnLetter, sheetOfReference, type RangeRef } from "../../plan";
import type { DefinedName } from "./defined-names";

/** `'Rapport T1 2026'!$A$1`: the sheet name always quoted, inner quotes doubled. */
export function sheetReference(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}

/** The sheets the names spelled `name` (any case) refer to. */
export function sheetsNamedBy(names: readonly DefinedName[], name: string): string[] {
  const key = name.toLocaleLowerCase("sv-SE");
  return names
    .filter((n) => n.name.toLocaleLowerCase("sv-SE") === key)
    .flatMap((n) => sheetOfReference(n.value) ?? []);
}

/** `$A$3:$I$3`: a range with both corners absolute. */
export function absoluteRange(range: RangeRef): string {
  return `$${columnLetter(range.left)}$${range.top}:$${columnLetter(range.right)}$${range.bottom}`;
}
