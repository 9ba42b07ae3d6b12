/** `Worksheet.pageLayout` (ExcelApi 1.9) with its print titles and footers, and `freezePanes`. */
import { defineProperties, FakeClientObject } from "./client-object";
import { invalidArgument } from "./errors";
import type { SheetModel } from "./model";
import type { FakeRange } from "./range";
import type { FakeRequestContext } from "./request-context";

const LAYOUT = ["paperSize", "orientation", "zoom"] as const;

abstract class SheetPart extends FakeClientObject<SheetModel> {
  constructor(context: FakeRequestContext, label: string, sheet: () => SheetModel | null) {
    super(context, label);
    this._resolveWith(sheet);
  }
}

export class FakePageLayout extends SheetPart {
  declare paperSize: string;
  declare orientation: string;
  declare zoom: Record<string, number>;

  protected readonly _scalars = [...LAYOUT];
  private _headersFooters?: FakeHeaderFooterGroup;

  get headersFooters(): FakeHeaderFooterGroup {
    return (this._headersFooters ??= new FakeHeaderFooterGroup(
      this.context,
      `${this._label}.headersFooters`,
      () => this._target ?? null,
    ));
  }

  protected _read(name: string, sheet: SheetModel): unknown {
    return sheet.pageLayout[name as (typeof LAYOUT)[number]];
  }

  protected override _write(name: string, value: unknown, sheet: SheetModel): void {
    if (name === "zoom") sheet.pageLayout.zoom = { ...(value as Record<string, number>) };
    else if (name === "paperSize") sheet.pageLayout.paperSize = String(value);
    else sheet.pageLayout.orientation = String(value);
  }

  setPrintTitleRows(rows: string | FakeRange): void {
    const label = typeof rows === "string" ? rows : "range";
    this._call("setPrintTitleRows", [label], (sheet) => {
      const text =
        typeof rows === "string"
          ? rows
          : rows._target
            ? `${rows._target.ref.top}:${rows._target.ref.bottom}`
            : null;
      if (text === null || !/^\$?\d+:\$?\d+$/.test(text.replace(/^.*!/, "")))
        throw invalidArgument("setPrintTitleRows", String(text));
      sheet.pageLayout.printTitleRows = text.replace(/^.*!/, "");
    });
  }
}
defineProperties(FakePageLayout, LAYOUT, LAYOUT);

class FakeHeaderFooterGroup extends SheetPart {
  protected readonly _scalars = [];
  private _default?: FakeHeaderFooter;
  get defaultForAllPages(): FakeHeaderFooter {
    return (this._default ??= new FakeHeaderFooter(
      this.context,
      `${this._label}.defaultForAllPages`,
      () => this._target ?? null,
    ));
  }
  protected _read(): unknown {
    return undefined;
  }
}

class FakeHeaderFooter extends SheetPart {
  declare centerFooter: string;

  protected readonly _scalars = ["centerFooter"];
  protected _read(_name: string, sheet: SheetModel): unknown {
    return sheet.pageLayout.centerFooter;
  }
  protected override _write(_name: string, value: unknown, sheet: SheetModel): void {
    sheet.pageLayout.centerFooter = String(value);
  }
}
defineProperties(FakeHeaderFooter, ["centerFooter"], ["centerFooter"]);

export class FakeFreezePanes extends SheetPart {
  protected readonly _scalars = [];
  protected _read(): unknown {
    return undefined;
  }
  freezeRows(count = 1): void {
    this._call("freezeRows", [count], (sheet) => {
      sheet.frozenRows = count;
    });
  }
  unfreeze(): void {
    this._call("unfreeze", [], (sheet) => {
      sheet.frozenRows = 0;
    });
  }
}
