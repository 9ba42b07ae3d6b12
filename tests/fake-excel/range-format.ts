/**
 * `Range.format` and `RangeAreas.format` with font, fill and borders: formatting is stored
 * per cell (column widths and row heights per sheet), over one or more rectangles.
 */
import type { RangeRef } from "../../src/plan";
import { formatCells, getCell, setBorder } from "./cells";
import { defineProperties, FakeClientObject } from "./client-object";
import { FakeOfficeError, invalidArgument } from "./errors";
import { MAX_ROWS, type CellFormat, type SheetModel } from "./model";
import type { FakeRequestContext } from "./request-context";

/** One or more rectangles on a sheet. */
export interface AreasTarget {
  readonly sheet: SheetModel;
  readonly refs: readonly RangeRef[];
}

/** The shared value of a cell format property over the areas, or null when they differ. */
function common(target: AreasTarget, read: (f: CellFormat | undefined) => unknown): unknown {
  let value: unknown = undefined;
  for (const ref of target.refs) {
    for (let r = ref.top; r <= Math.min(ref.bottom, ref.top + 1000); r++) {
      for (let c = ref.left; c <= Math.min(ref.right, ref.left + 100); c++) {
        const v = read(getCell(target.sheet, r, c)?.format) ?? null;
        if (value === undefined) value = v;
        else if (value !== v) return null;
      }
    }
  }
  return value ?? null;
}

function eachRef(target: AreasTarget, apply: (ref: RangeRef) => void): void {
  for (const ref of target.refs) apply(ref);
}

export type ResolveAreas = () => AreasTarget | null;

/** The areas of a parent proxy, once the batch has resolved it. */
const areasOf =
  (parent: FakeClientObject<AreasTarget>): ResolveAreas =>
  () =>
    parent._target ?? null;

abstract class AreasPart extends FakeClientObject<AreasTarget> {
  constructor(context: FakeRequestContext, label: string, resolve: ResolveAreas) {
    super(context, label);
    this._resolveWith(resolve);
  }

  protected setCells<K extends keyof CellFormat>(target: AreasTarget, key: K, value: CellFormat[K]): void {
    eachRef(target, (ref) => formatCells(target.sheet, ref, key, value));
  }
}

export class FakeRangeFormat extends AreasPart {
  declare columnWidth: number;
  declare rowHeight: number;
  declare wrapText: boolean;
  declare horizontalAlignment: string;
  declare verticalAlignment: string;

  protected readonly _scalars = [
    "columnWidth",
    "rowHeight",
    "wrapText",
    "horizontalAlignment",
    "verticalAlignment",
  ];
  private _font?: FakeRangeFont;
  private _fill?: FakeRangeFill;
  private _borders?: FakeRangeBorderCollection;

  get font(): FakeRangeFont {
    return (this._font ??= new FakeRangeFont(this.context, `${this._label}.font`, areasOf(this)));
  }
  get fill(): FakeRangeFill {
    return (this._fill ??= new FakeRangeFill(this.context, `${this._label}.fill`, areasOf(this)));
  }
  get borders(): FakeRangeBorderCollection {
    return (this._borders ??= new FakeRangeBorderCollection(
      this.context,
      `${this._label}.borders`,
      areasOf(this),
    ));
  }

  autofitRows(): void {
    this._call("autofitRows", [], () => {});
  }

  protected _read(name: string, target: AreasTarget): unknown {
    const first = target.refs[0];
    if (name === "columnWidth") return first ? (target.sheet.columnWidths.get(first.left) ?? 48) : null;
    if (name === "rowHeight") return first ? (target.sheet.rowHeights.get(first.top) ?? 15) : null;
    if (name === "wrapText") return common(target, (f) => f?.wrap ?? false);
    return common(target, (f) => f?.[name as "horizontalAlignment"] ?? "General");
  }

  protected override _write(name: string, value: unknown, target: AreasTarget): void {
    if (name === "columnWidth") {
      eachRef(target, (ref) => {
        for (let c = ref.left; c <= ref.right; c++) target.sheet.columnWidths.set(c, Number(value));
      });
    } else if (name === "rowHeight") {
      eachRef(target, (ref) => {
        if (ref.bottom - ref.top >= MAX_ROWS / 2)
          throw new FakeOfficeError("GeneralException", "fake: too many rows");
        for (let r = ref.top; r <= ref.bottom; r++) target.sheet.rowHeights.set(r, Number(value));
      });
    } else if (name === "wrapText") this.setCells(target, "wrap", Boolean(value));
    else this.setCells(target, name as "horizontalAlignment", String(value));
  }
}
defineProperties(
  FakeRangeFormat,
  ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"],
  ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"],
);

export class FakeRangeFont extends AreasPart {
  declare bold: boolean;
  declare size: number;

  protected readonly _scalars = ["bold", "size", "color", "name", "italic"];
  protected _read(name: string, target: AreasTarget): unknown {
    if (name === "bold") return common(target, (f) => f?.bold ?? false);
    if (name === "size") return common(target, (f) => f?.size ?? 11);
    return null;
  }
  protected override _write(name: string, value: unknown, target: AreasTarget): void {
    if (name === "bold") this.setCells(target, "bold", Boolean(value));
    else if (name === "size") this.setCells(target, "size", Number(value));
  }
}
defineProperties(
  FakeRangeFont,
  ["bold", "size", "color", "name", "italic"],
  ["bold", "size", "color", "name", "italic"],
);

export class FakeRangeFill extends AreasPart {
  declare color: string;

  protected readonly _scalars = ["color"];
  protected _read(_name: string, target: AreasTarget): unknown {
    return common(target, (f) => f?.fill ?? "#FFFFFF");
  }
  protected override _write(_name: string, value: unknown, target: AreasTarget): void {
    const color = String(value).replace(/^#/, "").toUpperCase();
    if (!/^[0-9A-F]{6}$/.test(color)) throw invalidArgument(`${this._label}.color`, String(value));
    this.setCells(target, "fill", color);
  }
  clear(): void {
    this._call("clear", [], (target) => this.setCells(target, "fill", undefined));
  }
}
defineProperties(FakeRangeFill, ["color"], ["color"]);

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"];

export class FakeRangeBorderCollection extends AreasPart {
  protected readonly _scalars = [];
  protected _read(): unknown {
    return undefined;
  }
  getItem(index: string): FakeRangeBorder {
    if (!EDGES.includes(index) && !index.startsWith("Diagonal"))
      throw invalidArgument("borders.getItem", index);
    return new FakeRangeBorder(this.context, `${this._label}(${index})`, areasOf(this), index);
  }
}

export class FakeRangeBorder extends AreasPart {
  declare style: string;

  protected readonly _scalars = ["style", "color", "weight"];
  constructor(
    context: FakeRequestContext,
    label: string,
    resolve: ResolveAreas,
    readonly edge: string,
  ) {
    super(context, label, resolve);
  }
  protected _read(name: string, target: AreasTarget): unknown {
    return name === "style" ? common(target, (f) => f?.borders?.[this.edge] ?? "None") : null;
  }
  protected override _write(name: string, value: unknown, target: AreasTarget): void {
    if (name !== "style") return;
    const style = String(value);
    eachRef(target, (ref) => {
      const { top, bottom, left, right } = ref;
      const row = (r: number) => ({ top: r, bottom: r, left, right });
      const col = (c: number) => ({ top, bottom, left: c, right: c });
      if (this.edge === "EdgeTop") setBorder(target.sheet, row(top), "EdgeTop", style);
      if (this.edge === "EdgeBottom") setBorder(target.sheet, row(bottom), "EdgeBottom", style);
      if (this.edge === "EdgeLeft") setBorder(target.sheet, col(left), "EdgeLeft", style);
      if (this.edge === "EdgeRight") setBorder(target.sheet, col(right), "EdgeRight", style);
      if (this.edge === "InsideHorizontal" && bottom > top) {
        setBorder(target.sheet, { ...ref, bottom: bottom - 1 }, "EdgeBottom", style);
        setBorder(target.sheet, { ...ref, top: top + 1 }, "EdgeTop", style);
      }
      if (this.edge === "InsideVertical" && right > left) {
        setBorder(target.sheet, { ...ref, right: right - 1 }, "EdgeRight", style);
        setBorder(target.sheet, { ...ref, left: left + 1 }, "EdgeLeft", style);
      }
    });
  }
}
defineProperties(FakeRangeBorder, ["style", "color", "weight"], ["style", "color", "weight"]);
