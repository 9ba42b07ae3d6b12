/** Worksheets in the workbook model: adding, deleting, renaming, moving, activating. */
import { invalidOperation } from "../host-error";
import { findSheet, newSheet, type BookModel, type SheetModel } from "./model";
import { checkSheetName } from "./naming";

/** `worksheets.add(name?)`: without a name the first free "SheetN". */
export function addSheet(book: BookModel, name?: string): SheetModel {
  let chosen = name;
  for (let n = book.sheets.length + 1; chosen === undefined; n++)
    if (!findSheet(book, `Sheet${n}`)) chosen = `Sheet${n}`;
  checkSheetName(book, chosen, null);
  return newSheet(book, chosen);
}

/** `worksheet.delete()`: its tables go with it and names referring to it break (#REF!). */
export function deleteSheet(book: BookModel, sheet: SheetModel): void {
  if (!book.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
    throw invalidOperation("Worksheet.delete", "A workbook must keep at least one visible sheet.");
  }
  book.sheets.splice(book.sheets.indexOf(sheet), 1);
  book.tables.splice(0, book.tables.length, ...book.tables.filter((t) => t.sheet !== sheet));
  for (const name of book.names) if (name.sheet === sheet) Object.assign(name, { sheet: null, ref: null });
  if (book.active === sheet) book.active = book.sheets.find((s) => s.visibility === "Visible") ?? null;
  if (book.selection?.sheet === sheet) book.selection = null;
}

export function renameSheet(book: BookModel, sheet: SheetModel, name: string): void {
  checkSheetName(book, name, sheet);
  sheet.name = name;
}

export function moveSheet(book: BookModel, sheet: SheetModel, position: number): void {
  const sheets = book.sheets;
  sheets.splice(sheets.indexOf(sheet), 1);
  sheets.splice(Math.max(0, Math.min(position, sheets.length)), 0, sheet);
}

export function activateSheet(book: BookModel, sheet: SheetModel): void {
  if (sheet.visibility !== "Visible")
    throw invalidOperation("Worksheet.activate", "A hidden sheet can't be activated.");
  book.active = sheet;
}
