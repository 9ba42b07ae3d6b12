/**
 * Plan bindings in a .xlsx file. A file has no Office bindings collection that exceljs can
 * read or write, so each binding is a workbook-level defined name,
 * `_atgardsplan_bind_Aktiviteter`, that refers to the bound table's header row, e.g.
 * `'Våra aktiviteter'!$A$3:$I$3`.
 *
 * Why the header row and not `=Aktiviteter[#All]`: exceljs drops every defined name that is
 * not a plain range when it loads a file, and a structured reference would name the table,
 * which is exactly what a user may rename. A plain range survives exceljs, and Excel keeps
 * it pointing at the same cells when the sheet is renamed, rows or columns are inserted
 * above or beside the table, or the table is renamed. The binding resolves to the table
 * whose range holds those cells; when no table does (it was deleted), it is broken. A name
 * whose sheet was deleted turns into `#REF!` in Excel and is dropped on load.
 */
import type ExcelJS from "exceljs";
import { bindingIdOfName, bindingNameOf, columnLetter, parseRange, type RangeRef } from "../plan";

export interface BindingName {
  /** The binding id, e.g. `atgardsplan.Aktiviteter`. */
  readonly id: string;
  readonly sheet: string;
  readonly range: RangeRef;
}

/** `'Våra aktiviteter'!$A$3:$I$3` → the sheet and the range. */
export function splitReference(reference: string): { sheet: string; range: RangeRef } | null {
  const match = /^(?:'((?:[^']|'')*)'|([^!]*))!(.+)$/.exec(reference);
  const sheet = match?.[1]?.replace(/''/g, "'") ?? match?.[2];
  const range = match?.[3] === undefined ? null : parseRange(match[3]);
  return sheet === undefined || range === null ? null : { sheet, range };
}

/** Every plan binding the workbook's defined names hold. */
export function readBindingNames(workbook: ExcelJS.Workbook): BindingName[] {
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
  const found: BindingName[] = [];
  for (const { name, ranges } of model) {
    const id = bindingIdOfName(name);
    const reference = ranges[0] === undefined ? null : splitReference(ranges[0]);
    if (id !== null && reference !== null) found.push({ id, ...reference });
  }
  return found;
}

function removeBindingName(workbook: ExcelJS.Workbook, name: string): void {
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
  for (const entry of model) {
    if (entry.name.toLowerCase() !== name.toLowerCase()) continue;
    for (const range of entry.ranges) workbook.definedNames.remove(range, entry.name);
  }
}

/** Records the binding `id` to the header row `range` on `sheet`, replacing an earlier one. */
export function writeBindingName(
  workbook: ExcelJS.Workbook,
  id: string,
  sheet: string,
  range: RangeRef,
): void {
  const name = bindingNameOf(id);
  removeBindingName(workbook, name);
  const from = `$${columnLetter(range.left)}$${range.top}`;
  const to = `$${columnLetter(range.right)}$${range.bottom}`;
  workbook.definedNames.add(`'${sheet.replace(/'/g, "''")}'!${from}:${to}`, name);
}
