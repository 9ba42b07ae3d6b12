/** Workbook-level defined names in the model: their formula and adding one. */
import { rangeA1 } from "../../../src/plan";
import { sheetInAddress } from "./addresses";
import type { BookModel, NameModel, RangeTarget } from "./model";
import { checkDefinedName } from "./naming";

/** `='Rapport T1 2026'!$A$1`, or `=#REF!` for a broken reference. */
export function nameFormula(name: NameModel): string {
  if (!name.sheet || !name.ref) return "=#REF!";
  const absolute = rangeA1(name.ref).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `=${sheetInAddress(name.sheet.name)}!${absolute}`;
}

export function addName(book: BookModel, name: string, target: RangeTarget, comment: string): NameModel {
  checkDefinedName(book, name);
  const model: NameModel = { name, sheet: target.sheet, ref: target.ref, comment, visible: true };
  book.names.push(model);
  return model;
}
