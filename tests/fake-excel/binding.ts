/**
 * `Excel.Binding` and `BindingCollection` over the fake model (ExcelApi 1.1/1.3). A table
 * binding holds the table itself, so it follows the table's and its sheet's renames. Once
 * the table or the range's sheet is gone the binding is invalid and, as in Excel
 * (office-js issues #804 and #6122), every access to it fails with InvalidBinding: loading
 * it or the collection, `getItem`, `getItemOrNullObject`, `getTable`, `delete`, and adding
 * another binding with its id.
 */
import { parseAddress } from "./addresses";
import { defineProperties, FakeClientObject } from "./client-object";
import { FakeCollection } from "./collection";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { findSheet, findTable, sameName, type BindingModel, type BookModel, type RangeTarget } from "./model";
import { FakeRange } from "./range";
import { FakeTable } from "./table";

const SCALARS = ["id", "type"];

type BindingType = BindingModel["type"];

function invalidBinding(): FakeOfficeError {
  return new FakeOfficeError("InvalidBinding", "The binding is no longer valid.", "Binding._OnAccess");
}

export function isValidBinding(book: BookModel, binding: BindingModel): boolean {
  if (binding.table) return book.tables.includes(binding.table);
  return binding.range !== null && book.sheets.includes(binding.range.sheet);
}

/** The binding as Excel hands it out: an invalid one fails the whole batch. */
function accessible(book: BookModel, binding: BindingModel): BindingModel {
  if (!isValidBinding(book, binding)) throw invalidBinding();
  return binding;
}

export class FakeBinding extends FakeClientObject<BindingModel> {
  declare readonly id: string;
  declare readonly type: string;

  protected readonly _scalars = SCALARS;

  private get book(): BookModel {
    return this.context.host.book;
  }

  getTable(): FakeTable {
    return new FakeTable(this.context, `${this._label}.getTable()`)._resolveWith(() => {
      const binding = accessible(this.book, this._live("getTable"));
      if (!binding.table) throw invalidArgument(`${this._label}.getTable`, "Not a table binding.");
      return binding.table;
    });
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, `${this._label}.getRange()`, () => {
      const binding = accessible(this.book, this._live("getRange"));
      return binding.table ? { sheet: binding.table.sheet, ref: binding.table.ref } : binding.range;
    });
  }

  delete(): void {
    this._call("delete", [], (binding) => {
      accessible(this.book, binding);
      this.book.bindings.splice(this.book.bindings.indexOf(binding), 1);
    });
  }

  protected _read(name: string, binding: BindingModel): unknown {
    accessible(this.book, binding);
    return binding[name as "id"];
  }
}
defineProperties(FakeBinding, SCALARS);

export class FakeBindingCollection extends FakeCollection<BookModel, BindingModel, FakeBinding> {
  protected readonly _itemScalars = SCALARS;

  private get book(): BookModel {
    return this.context.host.book;
  }

  protected _list(book: BookModel): BindingModel[] {
    return book.bindings.map((binding) => accessible(book, binding));
  }
  protected _item(model: BindingModel): FakeBinding {
    return new FakeBinding(this.context, `binding(${model.id})`)._resolved(model);
  }

  private lookup(id: string, orNull: boolean): FakeBinding {
    return new FakeBinding(this.context, `binding(${id})`)._resolveWith(() => {
      const found = this.book.bindings.find((b) => b.id === id);
      if (found) return accessible(this.book, found);
      if (!orNull) throw itemNotFound(`bindings.getItem(${id})`);
      return null;
    });
  }
  getItem(id: string): FakeBinding {
    return this.lookup(id, false);
  }
  getItemOrNullObject(id: string): FakeBinding {
    return this.lookup(id, true);
  }

  /** Records the binding, replacing a valid one with the same id; an invalid one refuses. */
  private record(id: string, location: string, make: () => Omit<BindingModel, "id">): FakeBinding {
    return new FakeBinding(this.context, `binding(${id})`)._resolveWith(() => {
      const book = this.book;
      const old = book.bindings.find((b) => b.id === id);
      if (old && !isValidBinding(book, old)) {
        throw new FakeOfficeError("InvalidBinding", "The binding is no longer valid.", location);
      }
      const model: BindingModel = { id, ...make() };
      if (old) book.bindings.splice(book.bindings.indexOf(old), 1, model);
      else book.bindings.push(model);
      return model;
    }, 120 + id.length);
  }

  add(range: FakeRange | string, type: BindingType, id: string): FakeBinding {
    return this.record(id, "BindingCollection.add", () => {
      let target: RangeTarget | null = typeof range === "string" ? null : (range._target ?? null);
      if (typeof range === "string") {
        const parsed = parseAddress(range);
        const sheet = parsed?.sheet ? findSheet(this.book, parsed.sheet) : null;
        if (parsed && sheet) target = { sheet, ref: parsed.ref };
      }
      if (!target) throw invalidArgument("BindingCollection.add", String(range));
      const table = this.book.tables.find(
        (t) => t.sheet === target.sheet && JSON.stringify(t.ref) === JSON.stringify(target.ref),
      );
      if (type === "Table" && !table) throw invalidArgument("BindingCollection.add", "Not a table.");
      return { type, table: type === "Table" ? (table ?? null) : null, range: target };
    });
  }

  addFromNamedItem(name: string, type: BindingType, id: string): FakeBinding {
    return this.record(id, "BindingCollection.addFromNamedItem", () => {
      const table = findTable(this.book, name);
      if (table)
        return {
          type,
          table: type === "Table" ? table : null,
          range: { sheet: table.sheet, ref: table.ref },
        };
      const named = this.book.names.find((n) => sameName(n.name, name));
      if (!named) throw itemNotFound(`BindingCollection.addFromNamedItem(${name})`);
      if (type === "Table" || !named.sheet || !named.ref)
        throw invalidArgument("BindingCollection.addFromNamedItem", name);
      return { type, table: null, range: { sheet: named.sheet, ref: named.ref } };
    });
  }
}
