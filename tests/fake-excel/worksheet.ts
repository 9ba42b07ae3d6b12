/** `Excel.Worksheet` and `WorksheetCollection` over the fake model. */
import { parseAddress, parseAreas } from "./addresses";
import { defineProperties, FakeClientObject } from "./client-object";
import { FakeCollection } from "./collection";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { FakeEventHandlers } from "./events";
import { findSheet, MAX_COLUMNS, MAX_ROWS, newSheet, type BookModel, type SheetModel } from "./model";
import { checkSheetName } from "./naming";
import { FakeFreezePanes, FakePageLayout } from "./page-layout";
import { FakeRange } from "./range";
import { FakeRangeAreas } from "./range-extras";
import { FakeTableCollection } from "./table";
import { usedRef } from "./used-range";

const SCALARS = ["id", "name", "position", "visibility"];
const WHOLE = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  declare name: string;
  declare position: number;
  declare visibility: string;
  declare readonly id: string;

  protected readonly _scalars = SCALARS;
  private _tables?: FakeTableCollection;
  private _pageLayout?: FakePageLayout;
  private _freezePanes?: FakeFreezePanes;

  private get book(): BookModel {
    return this.context.host.book;
  }
  private sheet = (): SheetModel | null => this._target ?? null;

  get tables(): FakeTableCollection {
    return (this._tables ??= new FakeTableCollection(
      this.context,
      `${this._label}.tables`,
      this.sheet,
    )._resolveWith(() => (this._target ? this.book : null)));
  }
  get pageLayout(): FakePageLayout {
    return (this._pageLayout ??= new FakePageLayout(this.context, `${this._label}.pageLayout`, this.sheet));
  }
  get freezePanes(): FakeFreezePanes {
    return (this._freezePanes ??= new FakeFreezePanes(
      this.context,
      `${this._label}.freezePanes`,
      this.sheet,
    ));
  }
  get onChanged(): FakeEventHandlers {
    return new FakeEventHandlers(this.context, this.context.host.handlers.worksheetChanged);
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, `${this._label}.getRange(${address ?? ""})`, () => {
      if (!this._target) return null;
      const parsed = address === undefined ? { ref: WHOLE } : parseAddress(address);
      if (!parsed) throw invalidArgument("getRange", address);
      return { sheet: this._target, ref: parsed.ref };
    });
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    const ref = { top: row + 1, left: column + 1, bottom: row + rows, right: column + columns };
    return new FakeRange(this.context, `${this._label}.getRangeByIndexes`, () =>
      this._target ? { sheet: this._target, ref } : null,
    );
  }
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this._label}.getRanges`, () => {
      if (!this._target) return null;
      const parsed = parseAreas(address);
      if (!parsed) throw invalidArgument("getRanges", address.slice(0, 80));
      return { sheet: this._target, refs: parsed.map((p) => p.ref) };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, `${this._label}.usedRange`, () =>
      this._target ? usedRef(this._target, WHOLE, valuesOnly) : null,
    );
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, `${this._label}.usedRange`, () =>
      this._target
        ? (usedRef(this._target, WHOLE, valuesOnly) ?? {
            sheet: this._target,
            ref: { top: 1, left: 1, bottom: 1, right: 1 },
          })
        : null,
    );
  }

  activate(): void {
    this._call("activate", [], (sheet) => {
      if (sheet.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", "A hidden sheet can't be activated.");
      this.book.active = sheet;
    });
  }
  delete(): void {
    this._call("delete", [], (sheet) => {
      const book = this.book;
      if (!book.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep at least one visible sheet.");
      }
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
      book.tables.splice(0, book.tables.length, ...book.tables.filter((t) => t.sheet !== sheet));
      for (const name of book.names)
        if (name.sheet === sheet) Object.assign(name, { sheet: null, ref: null });
      if (book.active === sheet) book.active = book.sheets.find((s) => s.visibility === "Visible") ?? null;
      if (book.selection?.sheet === sheet) book.selection = null;
    });
  }

  protected _read(name: string, sheet: SheetModel): unknown {
    if (name === "position") return this.book.sheets.indexOf(sheet);
    return sheet[name as "name"];
  }
  protected override _write(name: string, value: unknown, sheet: SheetModel): void {
    if (name === "name") {
      checkSheetName(this.book, String(value), sheet);
      sheet.name = String(value);
    } else if (name === "position") {
      const sheets = this.book.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.max(0, Math.min(Number(value), sheets.length)), 0, sheet);
    } else sheet.visibility = value as SheetModel["visibility"];
  }
}
defineProperties(FakeWorksheet, SCALARS, ["name", "position", "visibility"]);

export class FakeWorksheetCollection extends FakeCollection<BookModel, SheetModel, FakeWorksheet> {
  protected readonly _itemScalars = SCALARS;

  protected _list(book: BookModel): SheetModel[] {
    return book.sheets;
  }
  protected _item(model: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.context, `sheet(${model.name})`)._resolved(model);
  }
  get onChanged(): FakeEventHandlers {
    return new FakeEventHandlers(this.context, this.context.host.handlers.worksheetChanged);
  }

  private lookup(key: string, orNull: boolean): FakeWorksheet {
    return new FakeWorksheet(this.context, `sheet(${key})`)._resolveWith(() => {
      const book = this.context.host.book;
      const found = findSheet(book, key) ?? book.sheets.find((s) => s.id === key) ?? null;
      if (!found && !orNull) throw itemNotFound(`worksheets.getItem(${key})`);
      return found;
    });
  }
  getItem(key: string): FakeWorksheet {
    return this.lookup(key, false);
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return this.lookup(key, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, "activeSheet")._resolveWith(() => this.context.host.book.active);
  }
  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets.add(${name ?? ""})`)._resolveWith(
      () => {
        const book = this.context.host.book;
        let chosen = name;
        for (let n = book.sheets.length + 1; chosen === undefined; n++)
          if (!findSheet(book, `Sheet${n}`)) chosen = `Sheet${n}`;
        checkSheetName(book, chosen, null);
        return newSheet(book, chosen);
      },
      100 + (name?.length ?? 0),
    );
  }
}
