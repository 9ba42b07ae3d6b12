/** Excel's rules for sheet, table and defined names, as the simulated Excel enforces them. */
import { invalidArgument } from "../host-error";
import { sameName, type BookModel, type TableModel } from "./model";

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const LOOKS_LIKE_CELL = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

function checkName(book: BookModel, name: string, location: string, self: object | null): void {
  if (!NAME.test(name) || LOOKS_LIKE_CELL.test(name) || name.length > 255)
    throw invalidArgument(location, name);
  const taken =
    book.tables.some((t) => t !== self && sameName(t.name, name)) ||
    book.names.some((n) => n !== self && sameName(n.name, name));
  if (taken) throw invalidArgument(location, `The name "${name}" already exists.`);
}

export function checkTableName(book: BookModel, name: string, self: TableModel | null): void {
  checkName(book, name, "Table.name", self);
}

export function checkDefinedName(book: BookModel, name: string): void {
  checkName(book, name, "names.add", null);
}

export function checkSheetName(book: BookModel, name: string, self: object | null): void {
  const bad = name.trim() === "" || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name);
  if (bad) throw invalidArgument("Worksheet.name", name);
  if (book.sheets.some((s) => s !== self && sameName(s.name, name))) {
    throw invalidArgument("Worksheet.name", `A sheet named "${name}" already exists.`);
  }
}

/** Header texts as a new table gets them: empty ones "Column1", "Column2", …, duplicates numbered. */
export function uniqueHeaders(values: readonly (string | number | boolean)[]): string[] {
  const used = new Set<string>();
  return values.map((value, i) => {
    let text = String(value).trim() === "" ? `Column${i + 1}` : String(value);
    for (let n = 2; used.has(text.toLowerCase()); n++) text = `${String(value) || "Column"}${n}`;
    used.add(text.toLowerCase());
    return text;
  });
}
