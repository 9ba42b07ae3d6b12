/** `Excel.Workbook` with its worksheets, tables and workbook-level defined names. */
import { quoteSheetName, rangeA1 } from "../../src/plan";
import { parseAddress } from "./addresses";
import { FakeBindingCollection } from "./binding";
import { defineProperties, FakeClientObject } from "./client-object";
import { FakeCollection } from "./collection";
import { invalidArgument, itemNotFound } from "./errors";
import { findSheet, sameName, type BookModel, type NameModel } from "./model";
import { checkDefinedName } from "./naming";
import { FakeRange } from "./range";
import type { FakeRequestContext } from "./request-context";
import { FakeTableCollection } from "./table";
import { FakeWorksheetCollection } from "./worksheet";

export class FakeWorkbook extends FakeClientObject<BookModel> {
  protected readonly _scalars = [];
  private _worksheets?: FakeWorksheetCollection;
  private _tables?: FakeTableCollection;
  private _names?: FakeNamedItemCollection;
  private _bindings?: FakeBindingCollection;

  constructor(context: FakeRequestContext) {
    super(context, "workbook");
  }

  get worksheets(): FakeWorksheetCollection {
    return (this._worksheets ??= new FakeWorksheetCollection(this.context, "worksheets")._resolved(
      this.context.host.book,
    ));
  }
  get tables(): FakeTableCollection {
    return (this._tables ??= new FakeTableCollection(this.context, "tables", null)._resolved(
      this.context.host.book,
    ));
  }
  get names(): FakeNamedItemCollection {
    return (this._names ??= new FakeNamedItemCollection(this.context, "names")._resolved(
      this.context.host.book,
    ));
  }

  get bindings(): FakeBindingCollection {
    return (this._bindings ??= new FakeBindingCollection(this.context, "bindings")._resolved(
      this.context.host.book,
    ));
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, "selectedRange", () => this.context.host.book.selection);
  }

  protected _read(): unknown {
    return undefined;
  }
}

const NAME_SCALARS = ["name", "type", "value", "formula", "visible", "comment"];

/** `='Rapport T1 2026'!$A$1`, or `=#REF!` for a broken reference. */
export function nameFormula(name: NameModel): string {
  if (!name.sheet || !name.ref) return "=#REF!";
  const absolute = rangeA1(name.ref).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `=${quoteSheetName(name.sheet.name)}!${absolute}`;
}

export class FakeNamedItem extends FakeClientObject<NameModel> {
  declare readonly name: string;
  declare readonly type: string;
  declare readonly value: unknown;
  declare readonly formula: string;
  declare readonly visible: boolean;
  declare readonly comment: string;

  protected readonly _scalars = NAME_SCALARS;

  protected _read(name: string, item: NameModel): unknown {
    const formula = nameFormula(item);
    if (name === "formula") return formula;
    if (name === "value") return formula.slice(1);
    if (name === "type") return item.sheet ? "Range" : "Error";
    return item[name as "name"];
  }

  private range(orNull: boolean): FakeRange {
    return new FakeRange(this.context, `${this._label}.getRange()`, () => {
      const item = this._target;
      if (item?.sheet && item.ref) return { sheet: item.sheet, ref: item.ref };
      if (orNull) return null;
      throw itemNotFound(`${this._label}.getRange`);
    });
  }
  getRange(): FakeRange {
    return this.range(false);
  }
  getRangeOrNullObject(): FakeRange {
    return this.range(true);
  }
  delete(): void {
    this._call("delete", [], (item) => {
      const names = this.context.host.book.names;
      names.splice(names.indexOf(item), 1);
    });
  }
}
defineProperties(FakeNamedItem, NAME_SCALARS);

export class FakeNamedItemCollection extends FakeCollection<BookModel, NameModel, FakeNamedItem> {
  protected readonly _itemScalars = NAME_SCALARS;

  protected _list(book: BookModel): NameModel[] {
    return book.names;
  }
  protected _item(model: NameModel): FakeNamedItem {
    return new FakeNamedItem(this.context, `name(${model.name})`)._resolved(model);
  }

  private lookup(key: string, orNull: boolean): FakeNamedItem {
    return new FakeNamedItem(this.context, `name(${key})`)._resolveWith(() => {
      const found = this.context.host.book.names.find((n) => sameName(n.name, key)) ?? null;
      if (!found && !orNull) throw itemNotFound(`names.getItem(${key})`);
      return found;
    });
  }
  getItem(key: string): FakeNamedItem {
    return this.lookup(key, false);
  }
  getItemOrNullObject(key: string): FakeNamedItem {
    return this.lookup(key, true);
  }

  add(name: string, reference: string | FakeRange, comment = ""): FakeNamedItem {
    const label = typeof reference === "string" ? reference : "range";
    return new FakeNamedItem(this.context, `names.add(${name})`)._resolveWith(
      () => {
        const book = this.context.host.book;
        checkDefinedName(book, name);
        let target = typeof reference === "string" ? null : reference._target;
        if (typeof reference === "string") {
          const parsed = parseAddress(reference.replace(/^=/, ""));
          const sheet = parsed?.sheet ? findSheet(book, parsed.sheet) : null;
          if (parsed && sheet) target = { sheet, ref: parsed.ref };
        }
        if (!target) throw invalidArgument("names.add", label);
        const model: NameModel = { name, sheet: target.sheet, ref: target.ref, comment, visible: true };
        book.names.push(model);
        return model;
      },
      100 + name.length + label.length,
    );
  }
}
