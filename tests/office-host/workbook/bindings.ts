/**
 * Excel's bindings collection in the model (ExcelApi 1.1/1.3). A table binding holds the
 * table itself, so it follows renames of the table and its sheet. Once the table (or a range
 * binding's sheet) is gone the binding is invalid, and Excel fails every access to it with
 * InvalidBinding: loading it or the collection, `getItem`, `getItemOrNullObject`, `delete`, and
 * adding another binding with its id (office-js issues 804 and 6122:
 * https://github.com/OfficeDev/office-js/issues/804, https://github.com/OfficeDev/office-js/issues/6122).
 */
import { HostError } from "../host-error";
import type { BindingModel, BookModel } from "./model";

export function isValidBinding(book: BookModel, binding: BindingModel): boolean {
  if (binding.table) return book.tables.includes(binding.table);
  return binding.range !== null && book.sheets.includes(binding.range.sheet);
}

export function invalidBinding(location: string): HostError {
  return new HostError("InvalidBinding", "The binding is no longer valid.", 400, location);
}

/** The binding as Excel hands it out: an invalid one fails the whole batch. */
export function accessibleBinding(book: BookModel, binding: BindingModel, location: string): BindingModel {
  if (!isValidBinding(book, binding)) throw invalidBinding(location);
  return binding;
}

/** Records a binding, replacing a valid one with the same id; an invalid one refuses. */
export function recordBinding(
  book: BookModel,
  id: string,
  location: string,
  make: () => Omit<BindingModel, "id">,
): BindingModel {
  const old = book.bindings.find((b) => b.id === id);
  if (old && !isValidBinding(book, old)) throw invalidBinding(location);
  const model: BindingModel = { id, ...make() };
  if (old) book.bindings.splice(book.bindings.indexOf(old), 1, model);
  else book.bindings.push(model);
  return model;
}
