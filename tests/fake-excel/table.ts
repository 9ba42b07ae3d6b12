/**
 * `Excel.Table` and `TableCollection` over the fake model. A table always has a header row
 * and at least one data row, as in Excel (a table added on a header row alone gets one empty
 * data row). `rows.add` works but is recorded in `host.calls`, so tests can assert it was
 * not used.
 */
import type { RangeRef } from "../../src/plan";
import { parseAddress } from "./addresses";
import { getCell, readValue, writeText, writeValue } from "./cells";
import { defineProperties, FakeClientObject } from "./client-object";
import { FakeCollection } from "./collection";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { FakeEventHandlers } from "./events";
import { findTable, type BookModel, type RangeTarget, type SheetModel, type TableModel } from "./model";
import { checkTableName, uniqueHeaders } from "./naming";
import { FakeRange } from "./range";
import type { FakeRequestContext } from "./request-context";
import { inheritFormats } from "./table-growth";
import { FakeWorksheet } from "./worksheet";

const SCALARS = ["id", "name", "showHeaders", "showTotals", "style"];

/** The data body: between the header row and the totals row. */
export function bodyRef(table: TableModel): RangeRef {
  const top = table.showHeaders ? table.ref.top + 1 : table.ref.top;
  const bottom = table.showTotals ? table.ref.bottom - 1 : table.ref.bottom;
  return { ...table.ref, top, bottom };
}

export class FakeTable extends FakeClientObject<TableModel> {
  declare name: string;
  declare style: string;
  declare showTotals: boolean;
  declare readonly showHeaders: boolean;
  declare readonly id: string;

  protected readonly _scalars = SCALARS;
  private _worksheet?: FakeWorksheet;
  private _rows?: FakeTableRowCollection;
  private _columns?: FakeTableColumnCollection;

  get worksheet(): FakeWorksheet {
    return (this._worksheet ??= new FakeWorksheet(this.context, `${this._label}.worksheet`)._resolveWith(
      () => this._target?.sheet ?? null,
    ));
  }
  get rows(): FakeTableRowCollection {
    return (this._rows ??= new FakeTableRowCollection(this.context, `${this._label}.rows`)._resolveWith(
      () => this._target ?? null,
    ));
  }
  get columns(): FakeTableColumnCollection {
    return (this._columns ??= new FakeTableColumnCollection(
      this.context,
      `${this._label}.columns`,
    )._resolveWith(() => this._target ?? null));
  }
  get onChanged(): FakeEventHandlers {
    return new FakeEventHandlers(this.context, this.context.host.handlers.tableChanged);
  }

  private part(label: string, ref: (t: TableModel) => RangeRef): FakeRange {
    return new FakeRange(this.context, `${this._label}.${label}`, () =>
      this._target ? { sheet: this._target.sheet, ref: ref(this._target) } : null,
    );
  }
  getRange(): FakeRange {
    return this.part("getRange()", (t) => t.ref);
  }
  getHeaderRowRange(): FakeRange {
    return this.part("getHeaderRowRange()", (t) => ({ ...t.ref, bottom: t.ref.top }));
  }
  getDataBodyRange(): FakeRange {
    return this.part("getDataBodyRange()", bodyRef);
  }

  resize(address: string | FakeRange): void {
    this._call("resize", [typeof address === "string" ? address : "range"], (table) => {
      const target = typeof address === "string" ? parseAddress(address)?.ref : address._target?.ref;
      if (!target || target.top !== table.ref.top || target.left !== table.ref.left)
        throw invalidArgument("resize");
      table.ref = target;
    });
  }
  delete(): void {
    this._call("delete", [], (table) => {
      const book = this.context.host.book;
      book.tables.splice(book.tables.indexOf(table), 1);
    });
  }

  protected _read(name: string, table: TableModel): unknown {
    return table[name as "name"];
  }
  protected override _write(name: string, value: unknown, table: TableModel): void {
    if (name === "name") {
      checkTableName(this.context.host.book, String(value), table);
      table.name = String(value);
    } else if (name === "style") table.style = String(value);
    else if (name === "showTotals") table.showTotals = Boolean(value);
    else throw new FakeOfficeError("NotImplemented", `fake: Table.${name} cannot be set`);
  }
}
defineProperties(FakeTable, SCALARS, ["name", "showHeaders", "showTotals", "style"]);

export class FakeTableRowCollection extends FakeClientObject<TableModel> {
  declare readonly count: number;

  protected readonly _scalars = ["count"];
  protected _read(_name: string, table: TableModel): unknown {
    const body = bodyRef(table);
    return body.bottom - body.top + 1;
  }
  add(index?: number | null, values?: unknown[][]): void {
    this.context.host.calls.push("rows.add");
    this._call("add", [index ?? null, values ?? null], (table) => {
      const rows = values ?? [[]];
      const body = bodyRef(table);
      const at = body.bottom + 1;
      const totals = table.showTotals ? table.ref.bottom : null;
      if (totals !== null) {
        for (let c = table.ref.left; c <= table.ref.right; c++) {
          writeValue(table.sheet, totals + rows.length, c, readValue(getCell(table.sheet, totals, c)));
          writeValue(table.sheet, totals, c, "");
        }
      }
      table.ref = { ...table.ref, bottom: table.ref.bottom + rows.length };
      inheritFormats(table, body.bottom, at, at + rows.length - 1);
      rows.forEach((row, i) => row.forEach((v, j) => writeValue(table.sheet, at + i, table.ref.left + j, v)));
    });
  }
}
defineProperties(FakeTableRowCollection, ["count"]);

interface ColumnModel {
  readonly table: TableModel;
  readonly index: number;
}

class FakeTableColumn extends FakeClientObject<ColumnModel> {
  declare readonly name: string;
  declare readonly index: number;

  protected readonly _scalars = ["name", "index", "id"];
  protected _read(name: string, { table, index }: ColumnModel): unknown {
    if (name === "name")
      return String(readValue(getCell(table.sheet, table.ref.top, table.ref.left + index)));
    return name === "index" ? index : index + 1;
  }
}
defineProperties(FakeTableColumn, ["name", "index", "id"]);

/** A table's columns, named by its header cells. */
export class FakeTableColumnCollection extends FakeCollection<TableModel, ColumnModel, FakeTableColumn> {
  protected readonly _itemScalars = ["name", "index", "id"];
  protected _list(table: TableModel): ColumnModel[] {
    return Array.from({ length: table.ref.right - table.ref.left + 1 }, (_, index) => ({ table, index }));
  }
  protected _item(model: ColumnModel): FakeTableColumn {
    return new FakeTableColumn(this.context, `column(${model.index})`)._resolved(model);
  }
}

/** The workbook's tables (`sheet` null) or one sheet's. */
export class FakeTableCollection extends FakeCollection<BookModel | SheetModel, TableModel, FakeTable> {
  protected readonly _itemScalars = SCALARS;

  constructor(
    context: FakeRequestContext,
    label: string,
    private readonly sheet: (() => SheetModel | null) | null,
  ) {
    super(context, label);
  }

  private get book(): BookModel {
    return this.context.host.book;
  }
  protected _list(): TableModel[] {
    const sheet = this.sheet?.();
    return this.book.tables.filter((t) => sheet === undefined || t.sheet === sheet);
  }
  protected _item(model: TableModel): FakeTable {
    return new FakeTable(this.context, `table(${model.name})`)._resolved(model);
  }
  get onChanged(): FakeEventHandlers {
    return new FakeEventHandlers(this.context, this.context.host.handlers.tableChanged);
  }

  private lookup(key: string, orNull: boolean): FakeTable {
    return new FakeTable(this.context, `table(${key})`)._resolveWith(() => {
      const found = this._list().find((t) => t === findTable(this.book, key) || t.id === key) ?? null;
      if (!found && !orNull) throw itemNotFound(`tables.getItem(${key})`);
      return found;
    });
  }
  getItem(key: string): FakeTable {
    return this.lookup(key, false);
  }
  getItemOrNullObject(key: string): FakeTable {
    return this.lookup(key, true);
  }

  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    const label = typeof address === "string" ? address : "range";
    const table = new FakeTable(this.context, `tables.add(${label})`);
    table._resolveWith(() => this.create(address, hasHeaders), 100 + label.length);
    return table;
  }

  private create(address: string | FakeRange, hasHeaders: boolean): TableModel {
    if (!hasHeaders)
      throw new FakeOfficeError("NotImplemented", "fake: tables without headers are not modelled");
    const target = this.targetOf(address);
    const { sheet } = target;
    const ref =
      target.ref.bottom === target.ref.top ? { ...target.ref, bottom: target.ref.top + 1 } : target.ref;
    const overlaps = this.book.tables.some(
      (t) =>
        t.sheet === sheet &&
        t.ref.left <= ref.right &&
        ref.left <= t.ref.right &&
        t.ref.top <= ref.bottom &&
        ref.top <= t.ref.bottom,
    );
    if (overlaps) throw invalidArgument("tables.add", "A table can't overlap another table.");
    const headers = uniqueHeaders(
      Array.from({ length: ref.right - ref.left + 1 }, (_, i) =>
        readValue(getCell(sheet, ref.top, ref.left + i)),
      ),
    );
    headers.forEach((h, i) => writeText(sheet, ref.top, ref.left + i, h));
    let n = this.book.tables.length + 1;
    while (findTable(this.book, `Table${n}`)) n++;
    const model: TableModel = {
      id: `{table-${this.book.nextId++}}`,
      name: `Table${n}`,
      sheet,
      ref,
      showHeaders: true,
      showTotals: false,
      style: "TableStyleMedium2",
    };
    this.book.tables.push(model);
    return model;
  }

  private targetOf(address: string | FakeRange): RangeTarget {
    if (typeof address !== "string") {
      if (!address._target) throw invalidArgument("tables.add");
      return address._target;
    }
    const parsed = parseAddress(address);
    const own = this.sheet?.();
    const sheet = parsed?.sheet
      ? this.book.sheets.find((s) => s.name === parsed.sheet)
      : (own ?? this.book.active);
    if (!parsed || !sheet) throw invalidArgument("tables.add", address);
    return { sheet, ref: parsed.ref };
  }
}
